/**
 * Field readers for master records arriving from the renderer or the CLI. Requests cross IPC as
 * plain JSON, so every value is checked for its type as well as its limits, and every refusal is
 * a DeskError that names the field (the form puts the message beside it).
 */
import { DeskError, LocalErrorCode } from '../../shared/api';

export function badRequest(field: string, message: string): DeskError {
  return new DeskError(LocalErrorCode.BadRequest, message, field);
}

export interface TextRule {
  /** What the user sees the field called, e.g. "Legal name". */
  label: string;
  min: number;
  max: number;
}

/**
 * Optional text: trimmed, empty becomes null. The IRP's schema refuses a double quote in every
 * text field (`^([^\"])*$`), so one is refused here rather than at generation time.
 */
export function optionalText(value: unknown, field: string, rule: TextRule): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badRequest(field, `${rule.label} must be text.`);
  const text = value.trim();
  if (text === '') return null;
  if (text.includes('"')) {
    throw badRequest(
      field,
      `${rule.label} cannot contain a double quote ("); the IRP refuses it. Use a single quote instead.`,
    );
  }
  if (text.length < rule.min || text.length > rule.max) {
    throw badRequest(
      field,
      rule.min === rule.max
        ? `${rule.label} must be ${rule.min} characters.`
        : `${rule.label} must be ${rule.min} to ${rule.max} characters (it has ${text.length}).`,
    );
  }
  return text;
}

export function requiredText(value: unknown, field: string, rule: TextRule): string {
  const text = optionalText(value, field, rule);
  if (text === null) throw badRequest(field, `${rule.label} is required.`);
  return text;
}

/** A whole number (money in paise, prices and rates in thousandths) within bounds. */
export function integer(value: unknown, field: string, label: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw badRequest(field, `${label} must be a whole number in the app's units (send integers, not text).`);
  }
  if (value < min) throw badRequest(field, `${label} cannot be less than ${min}.`);
  if (value > max) throw badRequest(field, `${label} cannot be more than ${max}.`);
  return value;
}

export function optionalInteger(
  value: unknown,
  field: string,
  label: string,
  min: number,
  max: number,
): number | null {
  return value === undefined || value === null ? null : integer(value, field, label, min, max);
}

export function booleanField(value: unknown, field: string, label: string): boolean {
  if (typeof value !== 'boolean') throw badRequest(field, `${label} must be yes or no (true or false).`);
  return value;
}

/** A record id from a request: a positive integer. */
export function recordId(value: unknown, field = 'id'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw badRequest(field, 'The record id must be a positive whole number.');
  }
  return value;
}

/** Upper-cased, trimmed code text (GSTIN, state, country, unit); empty becomes null. */
export function codeText(value: unknown, field: string, label: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') throw badRequest(field, `${label} must be text.`);
  const text = value.trim().toUpperCase();
  return text === '' ? null : text;
}

export function asObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest(field, 'The request is missing its details.');
  }
  return value as Record<string, unknown>;
}

const MAX_SEARCH = 100;

/** `{ search, limit }` of a list request, as the repositories take them. */
export function listQuery(request: unknown): { search: string | undefined; limit: number | undefined } {
  const req = request === undefined || request === null ? {} : asObject(request, 'search');
  if (req.search !== undefined && req.search !== null && typeof req.search !== 'string') {
    throw badRequest('search', 'Search must be text.');
  }
  const search = typeof req.search === 'string' ? req.search.trim() : '';
  if (search.length > MAX_SEARCH) {
    throw badRequest('search', `Search text can be at most ${MAX_SEARCH} characters.`);
  }
  const limit = optionalInteger(req.limit, 'limit', 'Limit', 1, 1000) ?? undefined;
  return { search: search || undefined, limit };
}
