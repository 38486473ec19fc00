/**
 * Checks and normalises what the wizard or the CLI hands the vault. Every refusal names its field
 * and says what is wrong in plain words; none quotes a secret.
 */
import crypto from 'node:crypto';
import net from 'node:net';
import type { Environment } from '../../shared/api';
import { IRP_GSTIN_SHAPE } from '../../shared/gstin';
import { ENVIRONMENTS } from '../irp/environments';
import { invalid } from './errors';
import type { ApiProfileInput, Integration, Secrets } from './types';

export const MAX_PRODUCTION_IPS = 4;
const MAX_NOTES = 2000;
const MAX_NAME = 100;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function normalizeGstin(value: unknown, field = 'gstin'): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, 'Enter the GSTIN.');
  const gstin = value.trim().toUpperCase();
  if (!IRP_GSTIN_SHAPE.test(gstin)) {
    throw invalid(field, 'The GSTIN must be 15 characters: two digits, then ten letters or digits.');
  }
  return gstin;
}

function requiredText(value: unknown, field: string, label: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, `Enter the ${label}.`);
  const text = value.trim();
  if (text.length > MAX_NAME) throw invalid(field, `The ${label} is longer than ${MAX_NAME} characters.`);
  return text;
}

function environmentOf(value: unknown): Environment {
  if (typeof value === 'string' && Object.hasOwn(ENVIRONMENTS, value)) return value as Environment;
  throw invalid('environment', `Choose an environment: ${Object.keys(ENVIRONMENTS).join(', ')}.`);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || (net.isIPv4(host) && host.startsWith('127.'));
}

/** A GSP's endpoint must be https; plain http only on this computer (a local proxy or sandbox). */
export function normalizeBaseUrl(value: unknown, field = 'baseUrl'): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(field, 'A custom environment needs the base URL of the GSP or IRP endpoint.');
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalid(field, 'The base URL is not a web address (it should look like https://gsp.example.com).');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw invalid(
      field,
      'The base URL must start with https:// (plain http is allowed only for this computer).',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(field, 'The base URL must start with https://.');
  }
  if (url.username || url.password) {
    throw invalid(field, 'The base URL must not contain a user name or password; enter those separately.');
  }
  if (url.search || url.hash) throw invalid(field, 'The base URL must not contain ? or # parts.');
  return url.toString().replace(/\/+$/, '');
}

function integrationOf(value: unknown): Integration {
  if (!isObject(value)) throw invalid('integration', 'Choose direct integration or a GSP, and the API mode.');
  const { mode, gspName, sync } = value;
  if (mode !== 'direct' && mode !== 'gsp') {
    throw invalid('integration.mode', 'Choose how you connect: directly to the IRP, or through a GSP.');
  }
  if (sync !== 'synchronous' && sync !== 'asynchronous') {
    throw invalid('integration.sync', 'Choose the API mode: synchronous or asynchronous.');
  }
  if (mode === 'direct') return { mode, sync };
  return { mode, gspName: requiredText(gspName, 'integration.gspName', "GSP's name"), sync };
}

/** Private, loopback, link-local, multicast and reserved ranges: never a whitelistable public address. */
function isPublicIpv4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  return true;
}

function whitelistedIpsOf(value: unknown, environment: Environment): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid('whitelistedIps', 'The whitelisted IP addresses must be a list.');
  const production = ENVIRONMENTS[environment].needsWhitelistedIps;
  const ips: string[] = [];
  value.forEach((entry, i) => {
    const field = `whitelistedIps[${i}]`;
    const ip = typeof entry === 'string' ? entry.trim() : '';
    // net.isIPv4 refuses leading zeros, which the portal would read differently anyway.
    if (!net.isIPv4(ip)) throw invalid(field, `"${String(entry)}" is not an IPv4 address like 203.0.113.10.`);
    if (ips.includes(ip)) throw invalid(field, `${ip} is listed twice.`);
    if (production && !isPublicIpv4(ip)) {
      throw invalid(
        field,
        `${ip} is a private or reserved address; the production IRP whitelists only the public static ` +
          'addresses your internet connection has.',
      );
    }
    ips.push(ip);
  });
  if (production && ips.length > MAX_PRODUCTION_IPS) {
    throw invalid(
      'whitelistedIps',
      `The production IRP accepts at most ${MAX_PRODUCTION_IPS} whitelisted IP addresses per API user; ` +
        `${ips.length} are listed.`,
    );
  }
  return ips;
}

function notesOf(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw invalid('notes', 'The notes must be text.');
  if (value.length > MAX_NOTES) throw invalid('notes', `The notes are longer than ${MAX_NOTES} characters.`);
  return value;
}

function pemOf(value: unknown, field: string, kind: 'publicKey' | 'certificate'): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return undefined;
  const label = kind === 'publicKey' ? "IRP's encryption public key" : 'signing certificate';
  if (typeof value !== 'string' || !value.includes('-----BEGIN ')) {
    throw invalid(field, `The ${label} must be a PEM text starting with -----BEGIN.`);
  }
  const pem = value.trim();
  try {
    if (kind === 'publicKey') {
      if (crypto.createPublicKey(pem).asymmetricKeyType !== 'rsa') throw new Error('not RSA');
    } else {
      new crypto.X509Certificate(pem);
    }
  } catch {
    throw invalid(
      field,
      kind === 'publicKey'
        ? "The IRP's encryption public key could not be read as an RSA public key; import the .pem file NIC published."
        : 'The signing certificate could not be read as an X.509 certificate.',
    );
  }
  return `${pem}\n`;
}

/** The validated, normalised non-secret part of a profile; clientId stays optional (kept on update). */
export type ValidProfileInput = Omit<ApiProfileInput, 'whitelistedIps' | 'notes'> & {
  whitelistedIps: string[];
  notes: string;
};

export function validateProfileInput(input: unknown): ValidProfileInput {
  if (!isObject(input)) throw invalid('profile', 'The API profile is missing.');
  const gstin = normalizeGstin(input.gstin);
  const environment = environmentOf(input.environment);
  const out: ValidProfileInput = {
    gstin,
    environment,
    userName: requiredText(input.userName, 'userName', 'API user name'),
    integration: integrationOf(input.integration),
    whitelistedIps: whitelistedIpsOf(input.whitelistedIps, environment),
    notes: notesOf(input.notes),
  };
  // Other environments carry their own URL; a stray one would only mislead later readers.
  if (environment === 'custom') out.baseUrl = normalizeBaseUrl(input.baseUrl);
  if (input.clientId !== undefined) {
    out.clientId = requiredText(input.clientId, 'clientId', 'client id');
    if (/\s/.test(out.clientId)) throw invalid('clientId', 'The client id must not contain spaces.');
  }
  const key = pemOf(input.encryptionPublicKeyPem, 'encryptionPublicKeyPem', 'publicKey');
  if (key !== undefined) out.encryptionPublicKeyPem = key;
  const cert = pemOf(input.signingCertPem, 'signingCertPem', 'certificate');
  if (cert !== undefined) out.signingCertPem = cert;
  return out;
}

function hasControlChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

const SECRET_LABELS: Record<keyof Secrets, string> = { password: 'password', clientSecret: 'client secret' };

/** Secrets are stored exactly as typed; only empties and pasted line breaks are refused. */
export function validateSecrets(secrets: unknown, required: boolean): Partial<Secrets> {
  if (secrets === undefined || secrets === null) secrets = {};
  if (!isObject(secrets))
    throw invalid('secrets', 'The secrets must be given as a password and a client secret.');
  const out: Partial<Secrets> = {};
  for (const field of ['password', 'clientSecret'] as const) {
    const value = secrets[field];
    const label = SECRET_LABELS[field];
    if (value === undefined || value === null || value === '') {
      if (required)
        throw invalid(
          field,
          `Enter the ${label}; a new GSTIN needs both the password and the client secret.`,
        );
      continue;
    }
    if (typeof value !== 'string') throw invalid(field, `The ${label} must be text.`);
    if (value.trim() === '') throw invalid(field, `The ${label} is only spaces.`);
    // A pasted trailing newline is the commonest cause of "invalid password" that looks right.
    if (hasControlChar(value)) {
      throw invalid(
        field,
        `The ${label} contains a line break or another control character; enter it again.`,
      );
    }
    if (value.length > 1000) throw invalid(field, `The ${label} is too long.`);
    out[field] = value;
  }
  return out;
}
