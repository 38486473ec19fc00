import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { captureIo } from '../test-io';
import { buildInvoice } from '../../../shared/tax';
import { toInv01 } from '../../../shared/inv01';
import { sampleInvoiceInput } from '../../../shared/invoice';
import { formatIstDate } from '../../../shared/time/ist';

const dir = mkdtempSync(path.join(tmpdir(), 'einvoice-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

// Dated today (IST) so the "not in the future" rule holds whenever the test runs.
const valid = () => toInv01(buildInvoice(sampleInvoiceInput(formatIstDate(new Date()))));
function invalid() {
  const json = valid();
  json.ItemList[0]!.CgstAmt = 270; // inter-state: CGST not allowed (2174)
  return json;
}

describe('einvoice-desk validate', () => {
  it('exits 0 and says so for a valid invoice', async () => {
    const io = captureIo();
    expect(await runCli(['validate', file('ok.json', valid())], io)).toBe(0);
    expect(io.out()).toContain('Invoice 1 of 1 (INV INV/2025/001');
    expect(io.out()).toContain('valid');
    expect(io.out()).toContain('All 1 valid.');
  });

  it('prints the contract JSON and exits 1 when any invoice of an array is invalid', async () => {
    const io = captureIo();
    expect(await runCli(['validate', file('two.json', [valid(), invalid()]), '--json'], io)).toBe(1);
    const results = JSON.parse(io.out()) as Array<{
      index: number;
      valid: boolean;
      errors: unknown[];
      warnings: unknown[];
    }>;
    expect(results).toHaveLength(2);
    expect(results[0]).toEqual({ index: 0, valid: true, errors: [], warnings: [] });
    expect(results[1]!.valid).toBe(false);
    expect(results[1]!.errors).toContainEqual({
      code: '2174',
      field: 'ItemList[0].CgstAmt',
      message: expect.stringContaining('CGST and SGST are not allowed'),
    });
  });

  it('prints a readable report of errors by default', async () => {
    const io = captureIo();
    expect(await runCli(['validate', file('bad.json', invalid())], io)).toBe(1);
    expect(io.out()).toMatch(/INVALID, \d+ errors?/);
    expect(io.out()).toMatch(/error\s+2174\s+ItemList\[0\]\.CgstAmt/);
    expect(io.out()).toContain('1 of 1 invalid.');
  });

  it('checks GSTIN check digits strictly unless --sandbox is given', async () => {
    const json = valid();
    json.SellerDtls.Gstin = '29AAGCB7383J1Z5';
    const target = file('checksum.json', json);
    const strict = captureIo();
    expect(await runCli(['validate', target, '--json'], strict)).toBe(1);
    expect(JSON.parse(strict.out())[0].errors[0]).toMatchObject({ code: '3030', field: 'SellerDtls.Gstin' });
    const sandbox = captureIo();
    expect(await runCli(['validate', target, '--json', '--sandbox'], sandbox)).toBe(0);
    expect(JSON.parse(sandbox.out())[0].warnings[0]).toMatchObject({
      code: '3030',
      field: 'SellerDtls.Gstin',
    });
  });

  it.each([
    ['a missing file', () => path.join(dir, 'nope.json'), /File not found: .*nope\.json/],
    ['a file that is not JSON', () => file('text.json', 'hello, world'), /is not valid JSON/],
    ['JSON that is not an invoice', () => file('other.json', { hello: 'world' }), /is not an INV-01 invoice/],
    [
      'an array holding a non-invoice',
      () => file('mixed.json', [valid(), 42]),
      /Entry 1 of .* is not an INV-01 invoice/,
    ],
    ['an empty array', () => file('empty.json', []), /empty array/],
  ])('exits 2 with a plain message for %s', async (_name, target, message) => {
    const io = captureIo();
    expect(await runCli(['validate', target()], io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('asks for the file when none is given', async () => {
    const io = captureIo();
    expect(await runCli(['validate'], io)).toBe(2);
    expect(io.err()).toContain('validate needs a file');
  });

  it('lists --sandbox in the usage', async () => {
    const io = captureIo();
    await runCli(['--help'], io);
    expect(io.out()).toContain('validate <file.json> [--sandbox]');
  });
});
