import { translateSqliteError } from '../errors';
import type { AuditEntry, AuditOutcome } from '../types';
import { clampLimit, clampOffset, joinCodes, nowIso, splitCodes, type RepoContext } from './context';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  gstin: string | null;
  entity: string | null;
  entity_id: string | null;
  api: string | null;
  outcome: AuditOutcome;
  duration_ms: number | null;
  error_codes: string | null;
  request_hash: string | null;
  details_json: string | null;
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    gstin: r.gstin,
    entity: r.entity,
    entityId: r.entity_id,
    api: r.api,
    outcome: r.outcome,
    durationMs: r.duration_ms,
    errorCodes: splitCodes(r.error_codes),
    requestHash: r.request_hash,
    details: r.details_json === null ? null : (JSON.parse(r.details_json) as unknown),
  };
}

export type AuditInput = Pick<AuditEntry, 'actor' | 'action' | 'outcome'> &
  Partial<Omit<AuditEntry, 'id' | 'actor' | 'action' | 'outcome' | 'at'>> & { at?: Date };

export interface AuditQuery {
  gstin?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  limit?: number;
  offset?: number;
}

/**
 * What was done, by whom, against which API, with what result. Append-only (the schema's
 * triggers refuse updates and deletes). Never put secrets or full payloads in `details`:
 * `requestHash` ties an entry to its request instead.
 */
export class AuditRepo {
  constructor(private readonly ctx: RepoContext) {}

  append(input: AuditInput): AuditEntry {
    const row: Omit<AuditRow, 'id'> = {
      at: input.at?.toISOString() ?? nowIso(this.ctx),
      actor: input.actor,
      action: input.action,
      gstin: input.gstin ?? null,
      entity: input.entity ?? null,
      entity_id: input.entityId ?? null,
      api: input.api ?? null,
      outcome: input.outcome,
      duration_ms: input.durationMs ?? null,
      error_codes: joinCodes(input.errorCodes),
      request_hash: input.requestHash ?? null,
      details_json: input.details === undefined ? null : JSON.stringify(input.details),
    };
    let id: number;
    try {
      id = Number(
        this.ctx.db
          .prepare(
            `INSERT INTO audit_log (at, actor, action, gstin, entity, entity_id, api, outcome, duration_ms, error_codes,
               request_hash, details_json)
             VALUES (@at, @actor, @action, @gstin, @entity, @entity_id, @api, @outcome, @duration_ms, @error_codes,
               @request_hash, @details_json)`,
          )
          .run(row).lastInsertRowid,
      );
    } catch (error) {
      throw translateSqliteError(error, 'audit entry');
    }
    // The entry as written, without reading it back (IRP calls are audited by the thousand).
    return toEntry({ id, ...row });
  }

  /** Newest first. */
  list(query: AuditQuery = {}): AuditEntry[] {
    const rows = this.ctx.db
      .prepare(
        `SELECT * FROM audit_log
         WHERE (@gstin IS NULL OR gstin = @gstin) AND (@action IS NULL OR action = @action)
           AND (@entity IS NULL OR entity = @entity) AND (@entity_id IS NULL OR entity_id = @entity_id)
         ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`,
      )
      .all({
        gstin: query.gstin?.toUpperCase() ?? null,
        action: query.action ?? null,
        entity: query.entity ?? null,
        entity_id: query.entityId ?? null,
        limit: clampLimit(query.limit, 100, 1000),
        offset: clampOffset(query.offset),
      }) as AuditRow[];
    return rows.map(toEntry);
  }
}
