/**
 * How outcomes cross every boundary (IPC, the loopback HTTP bridge, the CLI's --json):
 * as data, never as thrown exceptions, because Electron's IPC and JSON both lose an Error's
 * class and fields. The renderer turns an `ok: false` back into a {@link DeskError}.
 */
export interface ErrorData {
  /** Stable machine code: an IRP code such as "2150", or a local one such as "NOT_FOUND". */
  code: string;
  /** Plain words for an accounts clerk; never a stack trace. */
  message: string;
  /** JSON path or form field the message is about, e.g. `ItemList[2].HsnCd`. */
  field?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** Codes the app itself raises (IRP codes are passed through as they come). */
export const LocalErrorCode = {
  UnknownChannel: 'UNKNOWN_CHANNEL',
  BadRequest: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Unauthorized: 'UNAUTHORIZED',
  Internal: 'INTERNAL',
  Transport: 'TRANSPORT',
} as const;

export class DeskError extends Error {
  override readonly name = 'DeskError';
  readonly code: string;
  readonly field: string | undefined;

  constructor(code: string, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }

  toData(): ErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }

  static fromData(data: ErrorData): DeskError {
    return new DeskError(data.code, data.message, data.field);
  }
}

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(error: ErrorData): Envelope<never> {
  return { ok: false, error };
}

/** Unwraps an envelope, rethrowing its error as a typed {@link DeskError}. */
export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw DeskError.fromData(envelope.error);
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'value' in value;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.message === 'string';
}
