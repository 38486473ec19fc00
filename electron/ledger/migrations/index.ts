/**
 * Loads the numbered SQL migrations (`0001_initial.sql`, `0002_...`) from a folder.
 *
 * The SQL lives in plain files so that reviewers read SQL, not strings in TypeScript. They are
 * read at run time from the folder beside this module. The Electron build bundles main.ts into
 * `dist/electron/` with esbuild, where `import.meta.url` no longer points here: that build
 * copies this folder's `*.sql` files to `dist/electron/migrations/`, which the default finds
 * beside the bundle (main.ts also passes it explicitly).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LedgerError, LedgerErrorCode } from '../errors';

export interface Migration {
  version: number;
  /** The file name's tail: `initial` for `0001_initial.sql`. */
  name: string;
  sql: string;
  /** SHA-256 of the SQL, hex; a changed file after release is refused rather than half-trusted. */
  checksum: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** The folder holding the `.sql` files when running from source (tsx, Vitest). */
export function defaultMigrationsDir(): string {
  const url: unknown = import.meta.url;
  if (typeof url !== 'string' || url === '') {
    throw new LedgerError(
      LedgerErrorCode.Migrations,
      'The ledger migrations folder is unknown in this build: pass migrationsDir to openLedger.',
      'migrationsDir',
    );
  }
  const here = path.dirname(fileURLToPath(url));
  // In a bundle (dist/electron/*.mjs) the build copies the files to a `migrations` folder beside it.
  const bundled = path.join(here, 'migrations');
  return existsSync(bundled) ? bundled : here;
}

/** Line endings are normalised first: a Windows checkout with CRLF must not look like a tampered file. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** Builds a migration from its parts (tests use this for made-up future versions). */
export function makeMigration(version: number, name: string, sql: string): Migration {
  return { version, name, sql, checksum: migrationChecksum(sql) };
}

/**
 * Reads every `NNNN_name.sql` in `dir`, in version order. Versions must run 1, 2, 3, ... without
 * gaps or repeats: a gap means a file was lost in packaging, and applying past it would build
 * a schema nobody tested.
 */
export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
  } catch {
    throw new LedgerError(
      LedgerErrorCode.Migrations,
      `The ledger migrations folder ${dir} cannot be read; reinstall eInvoice Desk.`,
      'migrationsDir',
    );
  }
  const migrations = files.map((file) => {
    const m = FILE_NAME.exec(file);
    if (!m) {
      throw new LedgerError(
        LedgerErrorCode.Migrations,
        `The migration file ${file} is not named like 0001_name.sql (four digits, underscore, lower-case name).`,
        'migrationsDir',
      );
    }
    return makeMigration(Number(m[1]), m[2] as string, readFileSync(path.join(dir, file), 'utf8'));
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new LedgerError(
        LedgerErrorCode.Migrations,
        `The ledger migrations in ${dir} are not numbered 1, 2, 3, ... without gaps: expected ${index + 1}, found ${migration.version}.`,
        'migrationsDir',
      );
    }
  });
  if (migrations.length === 0) {
    throw new LedgerError(
      LedgerErrorCode.Migrations,
      `No ledger migrations were found in ${dir}.`,
      'migrationsDir',
    );
  }
  return migrations;
}
