/**
 * `einvoice-desk validate <file.json> [--json] [--sandbox]`: checks one INV-01 invoice or
 * an array of them offline, with the IRP's own error codes. Exit 0 when every invoice is
 * valid (warnings allowed), 1 when any is invalid, 2 when the file cannot be read as
 * invoices at all.
 */
import { readFile } from 'node:fs/promises';
import { CliError, writeJson, type Command } from '../command';
import { validateInv01, type Finding } from '../../../shared/validation';

/** Keys of which at least one marks an object as meant to be an INV-01 document. */
const INVOICE_KEYS = ['Version', 'TranDtls', 'DocDtls', 'SellerDtls', 'BuyerDtls', 'ItemList', 'ValDtls'];

function looksLikeInvoice(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    INVOICE_KEYS.some((key) => key in (value as Record<string, unknown>))
  );
}

export async function readInvoices(file: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`File not found: ${file}`, 2, 'FILE_NOT_FOUND');
    if (code === 'EISDIR') throw new CliError(`${file} is a folder, not a JSON file.`, 2, 'FILE_UNREADABLE');
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`, 2, 'FILE_UNREADABLE');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, 2, 'NOT_JSON');
  }
  const invoices = Array.isArray(parsed) ? parsed : [parsed];
  if (invoices.length === 0)
    throw new CliError(`${file} holds an empty array: there is no invoice to check.`, 2, 'NOT_INVOICE');
  invoices.forEach((invoice, index) => {
    if (!looksLikeInvoice(invoice)) {
      const where = Array.isArray(parsed) ? `Entry ${index} of ${file}` : file;
      throw new CliError(
        `${where} is not an INV-01 invoice (expected an object with Version, TranDtls, DocDtls, SellerDtls, BuyerDtls, ItemList, ValDtls).`,
        2,
        'NOT_INVOICE',
      );
    }
  });
  return invoices;
}

interface Result {
  index: number;
  valid: boolean;
  errors: Array<Pick<Finding, 'code' | 'field' | 'message'>>;
  warnings: Array<Pick<Finding, 'code' | 'field' | 'message'>>;
}

function title(invoice: unknown): string {
  const doc = (invoice as { DocDtls?: { Typ?: unknown; No?: unknown; Dt?: unknown } }).DocDtls;
  const parts = [doc?.Typ, doc?.No].filter((p) => typeof p === 'string');
  const date = typeof doc?.Dt === 'string' ? ` dated ${doc.Dt}` : '';
  return parts.length > 0 ? `${parts.join(' ')}${date}` : 'no document number';
}

function report(results: Result[], invoices: unknown[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const head = `Invoice ${r.index + 1} of ${results.length} (${title(invoices[r.index])}):`;
    const counts = [`${r.errors.length} error${r.errors.length === 1 ? '' : 's'}`];
    if (r.warnings.length > 0)
      counts.push(`${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`);
    lines.push(
      `${head} ${r.valid ? 'valid' : 'INVALID'}${r.errors.length || r.warnings.length ? `, ${counts.join(', ')}` : ''}`,
    );
    for (const e of r.errors) lines.push(`  error   ${e.code.padEnd(18)} ${e.field}\n          ${e.message}`);
    for (const w of r.warnings)
      lines.push(`  warning ${w.code.padEnd(18)} ${w.field}\n          ${w.message}`);
  }
  const invalid = results.filter((r) => !r.valid).length;
  lines.push(
    '',
    invalid === 0 ? `All ${results.length} valid.` : `${invalid} of ${results.length} invalid.`,
    '',
  );
  return lines.join('\n');
}

export const validateCommand: Command = {
  name: ['validate'],
  summary: 'Check INV-01 invoice JSON offline (--sandbox: wrong GSTIN check digits are warnings)',
  usage: 'validate <file.json> [--sandbox]',
  async run({ args, options, json, io }) {
    const file = args[0];
    if (!file)
      throw new CliError('validate needs a file: einvoice-desk validate <file.json> [--json] [--sandbox]');
    const invoices = await readInvoices(file);
    // Production rules unless told otherwise: NIC's sandbox GSTINs fail the check digit.
    const validationOptions = { now: new Date(), strictGstinChecksum: options.sandbox !== true };
    const results: Result[] = invoices.map((invoice, index) => {
      const findings = validateInv01(invoice, validationOptions);
      const strip = ({ code, field, message }: Finding) => ({ code, field, message });
      const errors = findings.filter((f) => f.severity === 'error').map(strip);
      const warnings = findings.filter((f) => f.severity === 'warning').map(strip);
      return { index, valid: errors.length === 0, errors, warnings };
    });
    if (json) writeJson(io, results);
    else io.stdout.write(report(results, invoices));
    return results.every((r) => r.valid) ? 0 : 1;
  },
};
