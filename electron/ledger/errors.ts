import { DeskError, LocalErrorCode } from '../../shared/api';

/** Codes the ledger raises besides the shared NOT_FOUND / CONFLICT / BAD_REQUEST. */
export const LedgerErrorCode = {
  /** The file failed SQLite's integrity check or is not a database at all. */
  Corrupt: 'LEDGER_CORRUPT',
  /** Applied migrations are not a prefix of the ones this build knows. */
  OutOfSync: 'LEDGER_OUT_OF_SYNC',
  /** A SQLite file that was not made by eInvoice Desk. */
  Foreign: 'LEDGER_FOREIGN',
  /** The migration files themselves are missing or malformed (a packaging mistake). */
  Migrations: 'LEDGER_MIGRATIONS',
  /** A value the schema refuses (CHECK constraint, bad date): a bug upstream or bad input. */
  Invalid: LocalErrorCode.BadRequest,
  NotFound: LocalErrorCode.NotFound,
  Conflict: LocalErrorCode.Conflict,
} as const;

/**
 * Everything the ledger throws on purpose. It is a {@link DeskError}, so the IPC router passes
 * its plain message to the user instead of the generic "something went wrong".
 */
export class LedgerError extends DeskError {
  constructor(code: string, message: string, field?: string) {
    super(code, message, field);
  }
}

interface SqliteErrorLike {
  code?: unknown;
  message?: unknown;
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as SqliteErrorLike | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True for better-sqlite3's SqliteError with the given code (e.g. SQLITE_CONSTRAINT_UNIQUE). */
export function isSqliteError(error: unknown, code: string): boolean {
  return sqliteCode(error) === code;
}

/**
 * Turns a constraint failure into a LedgerError with plain words. Repositories check the
 * common cases first and say something specific; this is the net under them, so that a raw
 * "CHECK constraint failed: ..." never reaches a clerk.
 */
export function translateSqliteError(error: unknown, what: string): unknown {
  const code = sqliteCode(error);
  if (code === undefined || !code.startsWith('SQLITE_CONSTRAINT')) return error;
  const detail = String((error as SqliteErrorLike).message ?? '');
  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new LedgerError(LedgerErrorCode.Conflict, `The ${what} already exists (${detail}).`);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new LedgerError(
        LedgerErrorCode.Conflict,
        `The ${what} refers to a record that does not exist, or other records still depend on it.`,
      );
    case 'SQLITE_CONSTRAINT_NOTNULL':
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_DATATYPE':
      return new LedgerError(
        LedgerErrorCode.Invalid,
        `The ${what} has a value the ledger refuses (${detail}).`,
      );
    case 'SQLITE_CONSTRAINT_TRIGGER':
      return new LedgerError(LedgerErrorCode.Conflict, detail);
    default:
      return new LedgerError(LedgerErrorCode.Invalid, `The ${what} could not be saved (${detail}).`);
  }
}

/** Runs `fn`, rethrowing constraint failures as LedgerErrors about `what`. */
export function guard<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw translateSqliteError(error, what);
  }
}
