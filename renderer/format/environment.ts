import type { Environment } from '../../shared/api/types';

const NAMES: Record<Environment, string> = {
  builtin: 'Built-in practice IRP',
  'nic-sandbox': 'NIC sandbox',
  'nic-irp1': 'NIC IRP 1 (production)',
  'nic-irp2': 'NIC IRP 2 (production)',
  custom: 'Custom IRP address',
};

export function environmentName(environment: Environment | null): string {
  return environment ? NAMES[environment] : 'Not connected yet';
}
