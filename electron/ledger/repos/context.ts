import type { Db } from '../open';

/** What every repository needs: the connection and the clock (injected so tests pin time). */
export interface RepoContext {
  db: Db;
  now: () => Date;
  /** This process, recorded on the outbox requests it claims. */
  processId: number;
}

type Runner = ReturnType<Db['transaction']>;
const runners = new WeakMap<Db, Runner>();

/**
 * `db.transaction(fn)` with one better-sqlite3 wrapper per connection instead of a new one per
 * call (building it was a measurable share of a 10,000-invoice batch). Nested calls become
 * savepoints, as with `db.transaction`.
 *
 * The outermost transaction begins IMMEDIATE: it takes the ledger's write lock before its first
 * read. The app and the command may write the same ledger at once, and in WAL mode a DEFERRED
 * transaction that has read and then writes after the other process committed fails at once
 * with SQLITE_BUSY_SNAPSHOT, without waiting out the busy timeout. Taking the lock first makes
 * the second writer wait (up to the busy timeout) instead, and what a transaction read stays
 * true until it commits. Every transaction here writes, so nothing takes the lock needlessly.
 */
export function transactional<T>(ctx: Pick<RepoContext, 'db'>, fn: () => T): () => T {
  let run = runners.get(ctx.db);
  if (!run) {
    run = ctx.db.transaction((inner: () => unknown) => inner());
    runners.set(ctx.db, run);
  }
  const wrapper = run;
  return () => wrapper.immediate(fn) as T;
}

/**
 * The `SET` list of an UPDATE for the fields a patch carries, ending in `updated_at = @at`, and
 * the parameters named after their columns; `convert` turns each value into what its column
 * stores. The caller adds `@id` and `@at`.
 */
export function patchAssignments<P extends object>(
  columns: Record<keyof P & string, string>,
  patch: P,
  convert: (key: keyof P & string, value: unknown) => unknown = (_key, value) => value,
): { set: string; params: Record<string, unknown> } {
  const sets: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns) as Array<[keyof P & string, string]>) {
    const value: unknown = patch[key];
    if (value === undefined) continue;
    sets.push(`${column} = @${column}`);
    params[column] = convert(key, value);
  }
  return { set: [...sets, 'updated_at = @at'].join(', '), params };
}

/**
 * `'a', 'b'` for a SQL `IN (…)`: the states a change is allowed from, written into statements
 * built once each. Only the code's own state literals go in, never input.
 */
export function sqlLiterals(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

export function nowIso(ctx: RepoContext): string {
  return ctx.now().toISOString();
}

/** For `LIKE ? ESCAPE '\'`: a search for "50%" must not match everything. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function toFlag(value: boolean | undefined): 0 | 1 {
  return value ? 1 : 0;
}

/** Comma-joined text column ↔ list: error codes are few and never contain commas. */
export function joinCodes(codes: readonly string[] | undefined): string | null {
  return codes && codes.length > 0 ? codes.join(',') : null;
}

export function splitCodes(text: string | null): string[] {
  return text ? text.split(',').filter((c) => c !== '') : [];
}

export function clampLimit(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(Math.max(1, Math.trunc(limit)), max);
}

export function clampOffset(offset: number | undefined): number {
  return offset === undefined || !Number.isFinite(offset) ? 0 : Math.max(0, Math.trunc(offset));
}
