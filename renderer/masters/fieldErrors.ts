import { DeskError } from '../../shared/api/result';

/** A DeskError that names a field becomes `{ [field]: message }` for the form; others are null. */
export function fieldErrorOf(error: unknown): Record<string, string> | null {
  if (error instanceof DeskError && error.field) return { [error.field]: error.message };
  return null;
}
