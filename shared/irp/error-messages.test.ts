import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIrpCode, irpCodeTemplate, irpMessageValues, knownIrpCodes } from './error-messages';

interface TsvCode {
  code: string;
  irpText: string;
}

// NIC's list as compiled for the project; read, never copied, so a code added there fails here.
function readTsv(): TsvCode[] {
  const text = readFileSync(resolve(process.cwd(), '../shared/irp/data/irp-error-codes.tsv'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [code = '', , irpText = ''] = line.split('\t');
      return { code: code.trim(), irpText: irpText.trim() };
    });
}

const tsv = readTsv();
const FALLBACK = /^The IRP refused the request/;
const JARGON = /payload|schema|\bnull\b|decrypt/i;

describe('describeIrpCode covers the IRP code list', () => {
  it('reads the whole list', () => {
    expect(tsv.length).toBeGreaterThan(180);
    expect(tsv.map((r) => r.code)).toContain('SYS_5001');
    expect(new Set(tsv.map((r) => r.code)).size).toBe(tsv.length);
  });

  it.each(tsv.map((r) => [r.code, r.irpText]))('has its own words for %s', (code, irpText) => {
    expect(knownIrpCodes()).toContain(code);
    const plain = describeIrpCode(code);
    expect(plain.message).not.toMatch(FALLBACK);
    expect(plain.message.trim().length).toBeGreaterThan(10);
    expect(plain.message).toMatch(/[.]$/);
    expect(plain.message).not.toMatch(JARGON);
    if (plain.action !== undefined) {
      expect(plain.action.trim().length).toBeGreaterThan(5);
      expect(plain.action).not.toMatch(JARGON);
    }
    expect(['error', 'info']).toContain(plain.severity);
    // Given the IRP's own text, the message still reads as ours, not the fallback.
    expect(describeIrpCode(code, irpText).message).not.toMatch(FALLBACK);
  });

  it('also knows the codes the list lacks but the portal returns', () => {
    for (const code of ['3026', '3059']) {
      expect(tsv.map((r) => r.code)).not.toContain(code);
      expect(describeIrpCode(code).message).not.toMatch(FALLBACK);
    }
    expect(describeIrpCode('3059').action).toMatch(/IP address/);
  });

  it('has no entries beyond the list and those two', () => {
    const listed = new Set([...tsv.map((r) => r.code), '3026', '3059']);
    expect(knownIrpCodes().filter((code) => !listed.has(code))).toEqual([]);
  });

  it('keeps the placeholder templates exactly as the list has them', () => {
    for (const { code, irpText } of tsv) {
      if (/\{\d\}/.test(irpText)) expect(irpCodeTemplate(code), code).toBe(irpText);
      else expect(irpCodeTemplate(code), code).toBeUndefined();
    }
  });
});

describe('values the IRP filled in', () => {
  it('appends the HSN from 2176', () => {
    const plain = describeIrpCode('2176', 'Invalid HSN code(s)-99999');
    expect(plain.message).toContain('99999');
    expect(plain.message).toMatch(/\(HSN 99999\)\.$/);
  });

  it('reads every placeholder back from the list text, whatever the values', () => {
    for (const { code, irpText } of tsv) {
      const count = irpText.match(/\{\d\}/g)?.length ?? 0;
      if (count === 0) continue;
      const samples = ['8471', '29AAGCB1286Q1Z4'];
      const filledIn = irpText.replace(/\{(\d)\}/g, (_, i: string) => samples[Number(i)] ?? 'X');
      expect(irpMessageValues(code, filledIn), code).toEqual(samples.slice(0, count));
      const message = describeIrpCode(code, filledIn).message;
      for (const value of samples.slice(0, count)) expect(message, code).toContain(value);
    }
  });

  it('tolerates the spacing differences and prefixes seen in real answers', () => {
    expect(irpMessageValues('2235', 'IGST amount given with HSN - 8471 is Invalid')).toEqual(['8471']);
    expect(irpMessageValues('2234', 'Invalid SGST and CGST Amounts for HSN - 1006')).toEqual(['1006']);
    expect(irpMessageValues('2176', '2176 : invalid hsn code(s) - 12345, 67890.')).toEqual(['12345, 67890']);
    expect(
      irpMessageValues(
        '2172',
        'For intra state transaction IGST Amounts are not applicable for item - 3, Only Cgst and Sgst Amounts are applicable',
      ),
    ).toEqual(['3']);
    expect(
      describeIrpCode('4026', 'Duplicate EwayBill for the given document numer, EwbNo - (141008683051)')
        .message,
    ).toContain('(e-way bill 141008683051)');
  });

  it('labels two values and names supply types and address blocks in words', () => {
    const msg = describeIrpCode(
      '3074',
      'GSTIN - 29AAGCB1286Q1Z4 is cancelled and document date - 05/04/2024 is later than de-registration date',
    ).message;
    expect(msg).toContain('GSTIN 29AAGCB1286Q1Z4, document date 05/04/2024');
    expect(
      describeIrpCode('2212', 'The recipient GSTIN cannot be URP for supply type SEZWP').message,
    ).toContain('(supply type SEZ with payment)');
    expect(describeIrpCode('2178', 'PIN code does not belong to the state - BuyerDtls').message).toContain(
      '(buyer)',
    );
  });

  it('shows the plain message alone when the IRP worded it differently or sent no value', () => {
    const bare = describeIrpCode('2176').message;
    expect(describeIrpCode('2176', 'Something else entirely').message).toBe(bare);
    expect(describeIrpCode('2150', 'Duplicate IRN').message).toBe(describeIrpCode('2150').message);
    expect(irpMessageValues('2150', 'Duplicate IRN')).toEqual([]);
  });

  it('shortens a runaway value', () => {
    const long = '1'.repeat(200);
    const values = irpMessageValues('2176', `Invalid HSN code(s)-${long}`);
    expect(values[0]?.length).toBeLessThanOrEqual(60);
    expect(values[0]).toMatch(/…$/);
  });
});

describe('particular codes', () => {
  it('2150 duplicate IRN is information: the IRN comes with it', () => {
    const plain = describeIrpCode('2150', '2150 : Duplicate IRN');
    expect(plain.severity).toBe('info');
    expect(plain.message).toMatch(/already has an IRN/);
  });

  it('treats already-done answers as info and real refusals as errors', () => {
    expect(describeIrpCode('4002').severity).toBe('info');
    expect(describeIrpCode('9999').severity).toBe('info');
    expect(describeIrpCode('2283').severity).toBe('error');
    expect(describeIrpCode('4026').severity).toBe('error');
    const infos = knownIrpCodes().filter((code) => describeIrpCode(code).severity === 'info');
    expect(infos.sort()).toEqual(['2150', '4002', '9999']);
  });

  it('3026 says e-invoicing is not enabled and where to enable it', () => {
    const plain = describeIrpCode('3026');
    expect(plain.message).toMatch(/not enabled/i);
    expect(plain.action).toMatch(/einvoice1\.gst\.gov\.in/);
    expect(plain.severity).toBe('error');
  });

  it('1018 explains the API user and client ID mismatch', () => {
    const plain = describeIrpCode('1018', 'Client Id is not mapped to this user');
    expect(plain.action).toMatch(/client ID/);
    expect(plain.action).toMatch(/GSP or for direct access/);
  });

  it('2270 points to a credit note, 2230 to cancelling the e-way bill first', () => {
    expect(describeIrpCode('2270').action).toMatch(/24 hours.*credit note/);
    expect(describeIrpCode('2230').action).toBe('Cancel the e-way bill first, then the IRN.');
  });

  it('5xxx are the IRP’s trouble, to be retried', () => {
    for (const code of ['5001', 'SYS_5001']) {
      expect(describeIrpCode(code).action).toMatch(/try again later/);
    }
  });

  it('falls back to the IRP’s own text for unknown codes', () => {
    expect(describeIrpCode('2299', 'Some new rule').message).toBe(
      'The IRP refused the request (2299): Some new rule',
    );
    expect(describeIrpCode('2299').message).toBe('The IRP refused the request with code 2299.');
    expect(describeIrpCode('2299').severity).toBe('error');
  });

  it('never leaks the internal template fields', () => {
    expect(Object.keys(describeIrpCode('2176', 'Invalid HSN code(s)-1')).sort()).toEqual([
      'action',
      'message',
      'severity',
    ]);
  });
});
