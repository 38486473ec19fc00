/**
 * What can go wrong talking to the IRP, sorted by what the caller may do next:
 * - `business`: the IRP refused the request (codes in ErrorDetails). Never retried blindly.
 * - `auth`: credentials or client registration are wrong. Retrying will not help.
 * - `not-sent`: the request provably never reached the IRP (refused connection, DNS, connect
 *   timeout, circuit open). Safe to send again, even for generate.
 * - `unknown-outcome`: the request may have been carried out (timeout or cut connection after
 *   sending, 5xx on a write). For writes, reconcile with the IRP before any retry.
 * - `protocol`: the answer could not be understood (bad JSON, undecryptable Data).
 */
import { DeskError } from '../../shared/api';
import { describeIrpCode } from '../../shared/irp/error-messages';
import type { InfoDetail, IrpApi } from './types';

export type IrpFailureKind = 'business' | 'auth' | 'not-sent' | 'unknown-outcome' | 'protocol';

export interface IrpErrorDetail {
  code: string;
  /** The IRP's own text, kept for support and the audit trail. */
  irpMessage: string;
}

const AUTH_CODES = new Set([
  '1004',
  '1005',
  '1006',
  '1007',
  '1008',
  '1010',
  '1011',
  '1012',
  '1013',
  '1014',
  '1015',
  '1016',
  '1017',
  '1018',
  '1019',
  '1020',
]);

export class IrpError extends DeskError {
  readonly kind: IrpFailureKind;
  readonly api: IrpApi;
  readonly details: IrpErrorDetail[];
  readonly info: InfoDetail[];
  readonly httpStatus: number | undefined;

  constructor(init: {
    kind: IrpFailureKind;
    api: IrpApi;
    code: string;
    message: string;
    details?: IrpErrorDetail[];
    info?: InfoDetail[];
    httpStatus?: number;
    field?: string;
  }) {
    super(init.code, init.message, init.field);
    this.kind = init.kind;
    this.api = init.api;
    this.details = init.details ?? [];
    this.info = init.info ?? [];
    this.httpStatus = init.httpStatus;
  }

  get codes(): string[] {
    return this.details.map((d) => d.code);
  }

  hasCode(code: string): boolean {
    return this.details.some((d) => d.code === code);
  }
}

/** Builds the error for a `Status: 0` envelope: every reported code, in plain words. */
export function businessError(
  api: IrpApi,
  details: IrpErrorDetail[],
  info: InfoDetail[],
  httpStatus?: number,
): IrpError {
  const first = details[0] ?? { code: '5001', irpMessage: 'The IRP reported a failure without a code.' };
  const auth = details.length > 0 && details.every((d) => AUTH_CODES.has(d.code));
  const lines = details.map((d) => describeIrpCode(d.code, d.irpMessage).message);
  return new IrpError({
    kind: auth ? 'auth' : 'business',
    api,
    code: first.code,
    message: [...new Set(lines)].join(' '),
    details,
    info,
    ...(httpStatus === undefined ? {} : { httpStatus }),
  });
}

export const LocalIrpCode = {
  NotSent: 'IRP_UNREACHABLE',
  Timeout: 'IRP_TIMEOUT',
  ConnectionCut: 'IRP_CONNECTION_CUT',
  ServerError: 'IRP_SERVER_ERROR',
  CircuitOpen: 'IRP_DOWN',
  Protocol: 'IRP_BAD_ANSWER',
} as const;
