import { LedgerError, LedgerErrorCode, translateSqliteError } from '../errors';
import type { AttemptOutcome, OutboxAttempt, OutboxEntry, OutboxKind, OutboxState } from '../types';
import {
  clampLimit,
  joinCodes,
  nowIso,
  splitCodes,
  sqlLiterals,
  type RepoContext,
  transactional,
} from './context';

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  invoice_id: number;
  business_gstin: string;
  state: OutboxState;
  request_hash: string;
  payload_json: string;
  next_attempt_at: string;
  attempts: number;
  last_error_code: string | null;
  last_error_message: string | null;
  created_at: string;
  updated_at: string;
}

interface AttemptRow {
  id: number;
  outbox_id: number;
  started_at: string;
  finished_at: string | null;
  outcome: AttemptOutcome;
  http_status: number | null;
  error_codes: string | null;
  duration_ms: number | null;
}

function toEntry(r: OutboxRow): OutboxEntry {
  return entryWith(r, JSON.parse(r.payload_json));
}

/**
 * The entry as a state change leaves it. Its payload (the whole request) is parsed only when read:
 * the outbox's own callers never read it after a state change, and a batch makes thousands.
 */
function movedEntry(r: OutboxRow): OutboxEntry {
  let payload: { value: unknown } | null = null;
  return {
    ...entryWith(r, null),
    get payload() {
      payload ??= { value: JSON.parse(r.payload_json) as unknown };
      return payload.value;
    },
  };
}

/** The entry with its payload given: a request just written passes the object it stored. */
function entryWith(r: OutboxRow, payload: unknown): OutboxEntry {
  return {
    id: r.id,
    kind: r.kind,
    invoiceId: r.invoice_id,
    businessGstin: r.business_gstin,
    state: r.state,
    requestHash: r.request_hash,
    payload,
    nextAttemptAt: r.next_attempt_at,
    attempts: r.attempts,
    lastErrorCode: r.last_error_code,
    lastErrorMessage: r.last_error_message,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toAttempt(r: AttemptRow): OutboxAttempt {
  return {
    id: r.id,
    outboxId: r.outbox_id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    httpStatus: r.http_status,
    errorCodes: splitCodes(r.error_codes),
    durationMs: r.duration_ms,
  };
}

export interface EnqueueInput {
  kind: OutboxKind;
  invoiceId: number;
  businessGstin: string;
  /** Hash of the request body: tells a reconciler whether a found IRN answers this very request. */
  requestHash: string;
  payload: unknown;
  /** `JSON.stringify(payload)` when the caller has already written it. */
  payloadJson?: string;
  /** Defaults to now. */
  nextAttemptAt?: Date;
  /**
   * Written already claimed by this process (`in-flight`, first attempt), for a sender that
   * sends it next: one write instead of a queued row and then its claim. Ignored when the
   * invoice already has an open request, which is returned as it is.
   */
  claimed?: boolean;
}

export interface AttemptInput {
  startedAt: Date;
  finishedAt?: Date | null;
  outcome: AttemptOutcome;
  httpStatus?: number | null;
  errorCodes?: string[];
  durationMs?: number | null;
}

export interface OutboxError {
  code: string;
  message: string;
}

/** States from which each move is allowed; anything else is a bug in the sender and is refused. */
const FROM: Record<'done' | 'failed' | 'unknown' | 'queued' | 'needs-attention', readonly OutboxState[]> = {
  done: ['in-flight', 'unknown', 'needs-attention'],
  failed: ['in-flight', 'unknown', 'needs-attention', 'queued'],
  unknown: ['in-flight'],
  queued: ['in-flight', 'unknown', 'needs-attention'],
  'needs-attention': ['in-flight', 'unknown', 'queued'],
};

/**
 * For each move, its UPDATE: the state check and the change in one statement, so no other
 * writer comes between them, with the states allowed as literals of the text.
 */
const MOVE_TO = Object.fromEntries(
  (Object.keys(FROM) as Array<keyof typeof FROM>).map((to) => [
    to,
    `UPDATE outbox SET state = @to, updated_at = @at, next_attempt_at = coalesce(@next, next_attempt_at),
       last_error_code = CASE WHEN @to = 'done' THEN NULL ELSE coalesce(@code, last_error_code) END,
       last_error_message = CASE WHEN @to = 'done' THEN NULL ELSE coalesce(@message, last_error_message) END
     WHERE id = @id AND state IN (${sqlLiterals(FROM[to])})
     RETURNING *`,
  ]),
) as Record<keyof typeof FROM, string>;

/**
 * IRP requests written before they are sent (the transactional outbox). The life of an entry:
 * queued → (claim) in-flight → done | failed | unknown | queued again (retry later) |
 * needs-attention (a person must decide). `unknown` means the request may have reached the IRP;
 * it is reconciled (asked about) before anything is sent again.
 */
export class OutboxRepo {
  constructor(private readonly ctx: RepoContext) {}

  /**
   * Adds a request. While the invoice already has an open request of this kind, that one is
   * returned instead: one open request per document and kind is what prevents a double IRN.
   */
  enqueue(input: EnqueueInput): OutboxEntry {
    const run = transactional(this.ctx, (): OutboxEntry => {
      const open = this.openFor(input.invoiceId, input.kind);
      if (open) return open;
      const at = nowIso(this.ctx);
      const row: Omit<OutboxRow, 'id'> = {
        kind: input.kind,
        invoice_id: input.invoiceId,
        business_gstin: input.businessGstin.toUpperCase(),
        state: input.claimed ? 'in-flight' : 'queued',
        request_hash: input.requestHash,
        payload_json: input.payloadJson ?? JSON.stringify(input.payload ?? null),
        next_attempt_at: (input.nextAttemptAt ?? this.ctx.now()).toISOString(),
        attempts: input.claimed ? 1 : 0,
        last_error_code: null,
        last_error_message: null,
        created_at: at,
        updated_at: at,
      };
      const result = this.ctx.db
        .prepare(
          `INSERT INTO outbox (kind, invoice_id, business_gstin, state, request_hash, payload_json, next_attempt_at,
             attempts, created_at, updated_at, claimed_by_pid)
           VALUES (@kind, @invoice_id, @business_gstin, @state, @request_hash, @payload_json, @next_attempt_at,
             @attempts, @created_at, @updated_at, @claimed_by_pid)`,
        )
        .run({ ...row, claimed_by_pid: input.claimed ? this.ctx.processId : null });
      // What was just written, without reading it back (a batch enqueues thousands).
      return entryWith({ id: Number(result.lastInsertRowid), ...row }, input.payload ?? null);
    });
    try {
      return run();
    } catch (error) {
      throw translateSqliteError(error, `${input.kind} request for invoice ${input.invoiceId}`);
    }
  }

  /**
   * Takes up to `limit` due entries in state `from` (queued by default; unknown for the
   * reconciler), marks them in-flight and counts the attempt. Oldest due first.
   */
  claim(
    options: { now?: Date; limit?: number; from?: 'queued' | 'unknown'; businessGstin?: string } = {},
  ): OutboxEntry[] {
    const now = (options.now ?? this.ctx.now()).toISOString();
    const run = transactional(this.ctx, (): OutboxEntry[] => {
      const rows = this.ctx.db
        .prepare(
          `UPDATE outbox SET state = 'in-flight', attempts = attempts + 1, updated_at = @now, claimed_by_pid = @pid
           WHERE id IN (
             SELECT id FROM outbox
             WHERE state = @from AND next_attempt_at <= @now
               AND (@business IS NULL OR business_gstin = @business)
             ORDER BY next_attempt_at, id LIMIT @limit)
           RETURNING *`,
        )
        .all({
          now,
          pid: this.ctx.processId,
          from: options.from ?? 'queued',
          business: options.businessGstin?.toUpperCase() ?? null,
          limit: clampLimit(options.limit, 10, 1000),
        }) as OutboxRow[];
      return rows.map(toEntry).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id);
    });
    return run();
  }

  /**
   * Claims one entry by id when it is queued or unknown (due or not: the user asked for it now).
   * Null when it is in flight elsewhere, finished, or waiting for a person.
   */
  claimById(id: number): OutboxEntry | null {
    const row = this.ctx.db
      .prepare(
        `UPDATE outbox SET state = 'in-flight', attempts = attempts + 1, updated_at = ?, claimed_by_pid = ?
         WHERE id = ? AND state IN ('queued', 'unknown')
         RETURNING *`,
      )
      .get(nowIso(this.ctx), this.ctx.processId, id) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  }

  /**
   * Renews this process's claim on an in-flight entry: the lease runs from the last renewal.
   * False when the entry is no longer this process's (another one took it back as abandoned).
   */
  renewClaim(id: number): boolean {
    return (
      this.ctx.db
        .prepare(
          `UPDATE outbox SET updated_at = ? WHERE id = ? AND state = 'in-flight' AND claimed_by_pid = ?`,
        )
        .run(nowIso(this.ctx), id, this.ctx.processId).changes === 1
    );
  }

  /** Logs one exchange with the IRP for the entry (the entry's state is changed separately). */
  recordAttempt(outboxId: number, attempt: AttemptInput): OutboxAttempt {
    const row: Omit<AttemptRow, 'id'> = {
      outbox_id: outboxId,
      started_at: attempt.startedAt.toISOString(),
      finished_at: attempt.finishedAt?.toISOString() ?? null,
      outcome: attempt.outcome,
      http_status: attempt.httpStatus ?? null,
      error_codes: joinCodes(attempt.errorCodes),
      duration_ms: attempt.durationMs ?? null,
    };
    let id: number;
    try {
      id = Number(
        this.ctx.db
          .prepare(
            `INSERT INTO outbox_attempts (outbox_id, started_at, finished_at, outcome, http_status, error_codes, duration_ms)
             VALUES (@outbox_id, @started_at, @finished_at, @outcome, @http_status, @error_codes, @duration_ms)`,
          )
          .run(row).lastInsertRowid,
      );
    } catch (error) {
      throw translateSqliteError(error, `attempt for request ${outboxId}`);
    }
    // The attempt as written, without reading it back (one per IRP call of a batch).
    return toAttempt({ id, ...row });
  }

  markDone(id: number): OutboxEntry {
    return this.move(id, 'done', null);
  }

  /** The IRP refused the request: it will not be sent again as it is. */
  markFailed(id: number, error: OutboxError): OutboxEntry {
    return this.move(id, 'failed', error);
  }

  /** No answer after sending: ask the IRP what happened (from `nextAttemptAt`) before sending again. */
  markUnknown(id: number, error: OutboxError, nextAttemptAt?: Date): OutboxEntry {
    return this.move(id, 'unknown', error, nextAttemptAt);
  }

  /** Certainly not processed (IRP down, refused connection): send again from `nextAttemptAt`. */
  reschedule(id: number, nextAttemptAt: Date, error: OutboxError | null = null): OutboxEntry {
    return this.move(id, 'queued', error, nextAttemptAt);
  }

  /** Neither retrying nor giving up is safe without a person (e.g. a duplicate IRN whose totals differ). */
  markNeedsAttention(id: number, error: OutboxError): OutboxEntry {
    return this.move(id, 'needs-attention', error);
  }

  /**
   * Entries still in-flight that no live run is sending belong to a run that died mid-request:
   * their outcome is unknown, never "not sent". Without options, every in-flight entry is taken.
   * With `claimedBefore`, an entry is taken when it was claimed before then, or, at once, when
   * `isAlive` says the process that claimed it has ended: another process on the same ledger
   * (the desktop app and the command at once) may be sending a fresh claim right now. Claims of
   * this very process are left to the lease. Returns how many were moved.
   */
  recoverInFlight(options: { claimedBefore?: Date; isAlive?: (pid: number) => boolean } = {}): number {
    const candidates = this.ctx.db
      .prepare(`SELECT id, updated_at, claimed_by_pid FROM outbox WHERE state = 'in-flight'`)
      .all() as Array<{ id: number; updated_at: string; claimed_by_pid: number | null }>;
    const before = options.claimedBefore?.toISOString();
    const abandoned = candidates.filter((c) => {
      if (before === undefined) return true;
      if (c.updated_at < before) return true;
      const pid = c.claimed_by_pid;
      return (
        pid !== null && pid !== this.ctx.processId && options.isAlive !== undefined && !options.isAlive(pid)
      );
    });
    // Only if the claim is still the one looked at: a claim renewed (or taken afresh) by its
    // process since is not abandoned.
    const mark = this.ctx.db.prepare(
      `UPDATE outbox SET state = 'unknown', updated_at = ?,
         last_error_code = 'INTERRUPTED', last_error_message = 'eInvoice Desk stopped while this request was being sent.'
       WHERE id = ? AND state = 'in-flight' AND updated_at = ? AND claimed_by_pid IS ?`,
    );
    const at = nowIso(this.ctx);
    return transactional(this.ctx, () =>
      abandoned.reduce((moved, c) => moved + mark.run(at, c.id, c.updated_at, c.claimed_by_pid).changes, 0),
    )();
  }

  get(id: number): OutboxEntry | null {
    const row = this.ctx.db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  }

  require(id: number): OutboxEntry {
    const found = this.get(id);
    if (!found) throw new LedgerError(LedgerErrorCode.NotFound, `Outbox request ${id} does not exist.`, 'id');
    return found;
  }

  /** The open (not done, not failed) request of this kind for the invoice, if any. */
  openFor(invoiceId: number, kind: OutboxKind): OutboxEntry | null {
    const row = this.ctx.db
      .prepare(`SELECT * FROM outbox WHERE invoice_id = ? AND kind = ? AND state NOT IN ('done', 'failed')`)
      .get(invoiceId, kind) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  }

  list(query: { state?: OutboxState; invoiceId?: number; limit?: number } = {}): OutboxEntry[] {
    const rows = this.ctx.db
      .prepare(
        `SELECT * FROM outbox
         WHERE (@state IS NULL OR state = @state) AND (@invoice IS NULL OR invoice_id = @invoice)
         ORDER BY id LIMIT @limit`,
      )
      .all({
        state: query.state ?? null,
        invoice: query.invoiceId ?? null,
        limit: clampLimit(query.limit, 100, 10000),
      }) as OutboxRow[];
    return rows.map(toEntry);
  }

  counts(): Record<OutboxState, number> {
    const result: Record<OutboxState, number> = {
      queued: 0,
      'in-flight': 0,
      unknown: 0,
      done: 0,
      failed: 0,
      'needs-attention': 0,
    };
    const rows = this.ctx.db
      .prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state')
      .all() as Array<{
      state: OutboxState;
      n: number;
    }>;
    for (const row of rows) result[row.state] = row.n;
    return result;
  }

  attempts(outboxId: number): OutboxAttempt[] {
    const rows = this.ctx.db
      .prepare('SELECT * FROM outbox_attempts WHERE outbox_id = ? ORDER BY id')
      .all(outboxId) as AttemptRow[];
    return rows.map(toAttempt);
  }

  private move(
    id: number,
    to: keyof typeof FROM,
    error: OutboxError | null,
    nextAttemptAt?: Date,
  ): OutboxEntry {
    const row = this.ctx.db.prepare(MOVE_TO[to]).get({
      id,
      to,
      at: nowIso(this.ctx),
      next: nextAttemptAt?.toISOString() ?? null,
      code: error?.code ?? null,
      message: error?.message ?? null,
    }) as OutboxRow | undefined;
    if (row) return movedEntry(row);
    const current = this.require(id);
    throw new LedgerError(
      LedgerErrorCode.Conflict,
      `Outbox request ${id} is ${current.state} and cannot become ${to}.`,
      'state',
    );
  }
}
