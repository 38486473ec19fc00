import type { Environment } from '../../shared/api/types';
import { ENVIRONMENTS } from '../../shared/irp/environments';

/** One name per environment everywhere: the labels the main process also uses. */
export function environmentName(environment: Environment | null): string {
  return environment ? ENVIRONMENTS[environment].label : 'Not connected yet';
}
