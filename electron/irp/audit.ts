/**
 * Writes every IRP call to the ledger's audit trail. The client's call record carries no secret
 * by construction (a hash of the request, never the request); `maskSecrets` is the second
 * line of defence for anything placed in `details`.
 */
import type { AuditOutcome, Ledger } from '../ledger';
import type { CallOutcome, IrpCallRecord } from './client';

const SECRET_KEY = /pass(word)?|secret|token|^sek$|app_?key|authori[sz]ation|^data$/i;
export const MASK = '••••';

/** Deep copy with the value of every secret-looking key replaced by a mask. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? MASK : maskSecrets(inner);
  }
  return out;
}

const OUTCOMES: Record<CallOutcome, AuditOutcome> = {
  ok: 'ok',
  'business-error': 'refused',
  'auth-error': 'refused',
  'not-sent': 'error',
  'unknown-outcome': 'unknown',
  'protocol-error': 'error',
};

export function auditIrpCall(ledger: Ledger, record: IrpCallRecord, actor = 'system'): void {
  ledger.audit.append({
    at: record.startedAt,
    actor,
    action: `irp-${record.api}`,
    gstin: record.gstin,
    api: record.api,
    outcome: OUTCOMES[record.outcome],
    durationMs: record.durationMs,
    errorCodes: record.errorCodes,
    requestHash: record.requestHash,
    details: maskSecrets({
      environment: record.environment,
      httpStatus: record.httpStatus,
      attempt: record.attempt,
    }),
  });
}
