import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gstinCheckChar, gstinKind, gstinProblem, hasValidGstinChecksum, isUrp, parseGstin } from '.';

const VALID = [
  '27AAPFU0939F1ZV',
  '29AAGCB7383J1Z4',
  '05AAACG2115R1ZN',
  '24AAACJ3770E2ZV',
  '29DPZPS4403C1ZF',
  '05AAACG2140A1ZL',
  '24ACPPM5624F1ZK',
  '27GSPMH1881G1ZH',
];

describe('GSTIN check character', () => {
  it.each(VALID)('accepts %s', (gstin) => {
    expect(hasValidGstinChecksum(gstin)).toBe(true);
    expect(gstinProblem(gstin)).toBeUndefined();
  });

  it('agrees with the reference table of examples', () => {
    const rows = readFileSync('../shared/irp/data/gstin-examples.tsv', 'utf8')
      .split('\n')
      .filter((line) => /^\d{2}[0-9A-Z]{13}\t/.test(line))
      .map((line) => line.split('\t'));
    expect(rows.length).toBeGreaterThan(5);
    for (const [gstin] of rows) {
      expect(gstinCheckChar(gstin!.slice(0, 14))).toHaveLength(1);
    }
  });

  it('catches one mistyped character', () => {
    expect(hasValidGstinChecksum('27AAPFU0939F1ZW')).toBe(false);
    expect(gstinProblem('27AAPFU0939F1ZW')).toBe('checksum');
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
  });

  it("flags the NIC sandbox's own GSTINs", () => {
    expect(gstinProblem('29AWGPV7107B1Z1')).toBe('checksum');
    expect(gstinProblem('02AMBPG7773M002')).toBe('structure');
    expect(gstinProblem('02AMB')).toBe('shape');
  });
});

describe('GSTIN structure', () => {
  it.each([
    ['27AAPFU0939F1ZV', 'normal'],
    ['07AAAGD1234A1Z5', 'normal'],
    ['07DELA12345A1Z5', 'govt'],
    ['9917USA29001OSX', 'oidar'],
    ['0717UNO00001UNX', 'un'],
    ['0717USA12345NR1', 'nri'],
    ['07DELA01234A1D5', 'tds'],
    ['29AAACF0365N1C7', 'tcs'],
  ])('%s is %s', (gstin, kind) => {
    expect(gstinKind(gstin)).toBe(kind);
  });

  it('splits a GSTIN into its parts', () => {
    expect(parseGstin(' 29aagcb7383j1z4 ')).toEqual({
      gstin: '29AAGCB7383J1Z4',
      stateCode: '29',
      pan: 'AAGCB7383J',
      entity: '1',
      typeChar: 'Z',
      check: '4',
      kind: 'normal',
      checksumValid: true,
    });
    expect(parseGstin('URP')).toBeUndefined();
    expect(isUrp('urp')).toBe(true);
    expect(isUrp('27AAPFU0939F1ZV')).toBe(false);
  });
});
