import { LedgerError, LedgerErrorCode, translateSqliteError } from '../errors';
import type { DocType } from '../types';
import { transactional, type RepoContext } from './context';

export interface SeriesKey {
  businessGstin: string;
  docType: DocType;
  /** `2024-25`. */
  financialYear: string;
}

/**
 * Document numbering per GSTIN, type and financial year. `take` hands out a number and moves
 * the series on in one statement, so two windows can never get the same number; a schema
 * trigger keeps the counter from ever going back.
 */
export class SeriesRepo {
  constructor(private readonly ctx: RepoContext) {}

  /** The number `take` would hand out next, without taking it. */
  peek(key: SeriesKey): string {
    const row = this.row(key);
    return `${row?.prefix ?? ''}${row?.next_number ?? 1}`;
  }

  take(key: SeriesKey): string {
    const run = transactional(this.ctx, (): string => {
      this.ensure(key);
      const row = this.ctx.db
        .prepare(
          `UPDATE document_series SET next_number = next_number + 1
           WHERE business_gstin = ? AND doc_type = ? AND financial_year = ?
           RETURNING prefix, next_number - 1 AS taken`,
        )
        .get(key.businessGstin.toUpperCase(), key.docType, key.financialYear) as {
        prefix: string;
        taken: number;
      };
      return `${row.prefix}${row.taken}`;
    });
    try {
      return run();
    } catch (error) {
      throw translateSqliteError(error, 'document series');
    }
  }

  /** Sets the prefix and, optionally, moves the counter forward (never back). */
  configure(key: SeriesKey, settings: { prefix?: string; nextNumber?: number }): string {
    const run = transactional(this.ctx, () => {
      const current = this.ensure(key);
      if (settings.nextNumber !== undefined && settings.nextNumber < current.next_number) {
        throw new LedgerError(
          LedgerErrorCode.Conflict,
          `The next ${key.docType} number for ${key.financialYear} cannot go back from ${current.next_number} to ${settings.nextNumber}: numbers are never reused.`,
          'nextNumber',
        );
      }
      this.ctx.db
        .prepare(
          `UPDATE document_series SET prefix = ?, next_number = ?
           WHERE business_gstin = ? AND doc_type = ? AND financial_year = ?`,
        )
        .run(
          settings.prefix ?? current.prefix,
          settings.nextNumber ?? current.next_number,
          key.businessGstin.toUpperCase(),
          key.docType,
          key.financialYear,
        );
    });
    try {
      run();
    } catch (error) {
      throw translateSqliteError(error, 'document series');
    }
    return this.peek(key);
  }

  private row(key: SeriesKey): { prefix: string; next_number: number } | undefined {
    return this.ctx.db
      .prepare(
        `SELECT prefix, next_number FROM document_series WHERE business_gstin = ? AND doc_type = ? AND financial_year = ?`,
      )
      .get(key.businessGstin.toUpperCase(), key.docType, key.financialYear) as
      { prefix: string; next_number: number } | undefined;
  }

  private ensure(key: SeriesKey): { prefix: string; next_number: number } {
    this.ctx.db
      .prepare(
        `INSERT INTO document_series (business_gstin, doc_type, financial_year) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(key.businessGstin.toUpperCase(), key.docType, key.financialYear);
    return this.row(key) as { prefix: string; next_number: number };
  }
}
