/**
 * The IRPs the app can talk to. Base URLs are NIC's published hosts (REFERENCE §0); the IRP-2
 * API host is inferred from its portal's name and may need the custom option if NIC differs.
 * Keys and certificates are per environment and imported by the user, except for the built-in
 * sandbox, which supplies its own.
 */
import type { Environment } from '../api/types';

export interface EnvironmentInfo {
  id: Environment;
  label: string;
  /** null: the base URL comes from elsewhere (the embedded sandbox, or the user for custom). */
  baseUrl: string | null;
  isSandbox: boolean;
  /** Production IRPs accept calls only from up to four whitelisted static Indian IP addresses. */
  needsWhitelistedIps: boolean;
}

export const ENVIRONMENTS: Readonly<Record<Environment, EnvironmentInfo>> = {
  builtin: {
    id: 'builtin',
    label: 'Built-in practice sandbox',
    baseUrl: null,
    isSandbox: true,
    needsWhitelistedIps: false,
  },
  'nic-sandbox': {
    id: 'nic-sandbox',
    label: 'NIC sandbox',
    baseUrl: 'https://einv-apisandbox.nic.in',
    isSandbox: true,
    needsWhitelistedIps: false,
  },
  'nic-irp1': {
    id: 'nic-irp1',
    label: 'NIC IRP-1 production',
    baseUrl: 'https://api.einvoice1.gst.gov.in',
    isSandbox: false,
    needsWhitelistedIps: true,
  },
  'nic-irp2': {
    id: 'nic-irp2',
    label: 'NIC IRP-2 production',
    baseUrl: 'https://api.einvoice2.gst.gov.in',
    isSandbox: false,
    needsWhitelistedIps: true,
  },
  custom: {
    id: 'custom',
    label: 'Custom base URL (GSP)',
    baseUrl: null,
    isSandbox: false,
    needsWhitelistedIps: false,
  },
};

export function isSandboxEnvironment(env: Environment): boolean {
  return ENVIRONMENTS[env].isSandbox;
}
