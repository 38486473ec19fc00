import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, GENERATED_PATH } from './generate';
import { translatePattern } from './build-schema';
import { pointerToPath } from '../schema-findings';

describe('the precompiled schema validator', () => {
  const committed = readFileSync(GENERATED_PATH, 'utf8');

  it('is exactly what the generator produces from the field spec (no drift)', async () => {
    expect(await generate()).toBe(committed);
  });

  it('imports nothing and never compiles code at run time (strict CSP)', () => {
    expect(committed).not.toMatch(/^\s*import\s/m);
    expect(committed).not.toMatch(/\brequire\(/);
    expect(committed).not.toMatch(/new Function|\beval\(/);
    expect(committed).toMatch(/^\/\/ GENERATED FILE/);
  });
});

describe('pattern translation', () => {
  it('turns (?i) into explicit letter classes', () => {
    expect(translatePattern('(?i)^((INV)|(CRN))$')).toEqual({
      pattern: '^(([Ii][Nn][Vv])|([Cc][Rr][Nn]))$',
      caseInsensitive: true,
    });
  });

  it('drops the escape before a double quote, invalid under the u flag', () => {
    expect(translatePattern('^([^\\"])*$').pattern).toBe('^([^"])*$');
    expect(() => new RegExp(translatePattern('^([^\\"])*$').pattern, 'u')).not.toThrow();
  });
});

describe('JSON pointers', () => {
  it('become paths like ItemList[2].HsnCd', () => {
    expect(pointerToPath('/ItemList/2/HsnCd')).toBe('ItemList[2].HsnCd');
    expect(pointerToPath('/RefDtls/PrecDocDtls/0/InvNo')).toBe('RefDtls.PrecDocDtls[0].InvNo');
    expect(pointerToPath('')).toBe('');
  });
});
