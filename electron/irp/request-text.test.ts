import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { interStateInvoice } from './test-fixtures';
import { hashRequest, requestHash, requestText } from './request-text';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('request text', () => {
  it('is JSON.stringify of the payload, and its hash the SHA-256 of that text', () => {
    const inv01 = interStateInvoice('RT/1', new Date('2026-11-25T06:00:00Z'));
    expect(requestText(inv01)).toBe(JSON.stringify(inv01));
    expect(requestHash(inv01)).toBe(sha256(JSON.stringify(inv01)));
    expect(hashRequest('₹ 1,00,000')).toBe(sha256('₹ 1,00,000'));
    for (const value of [null, 'text', 42, true, [1, 'a']]) {
      expect(requestText(value)).toBe(JSON.stringify(value));
      expect(requestHash(value)).toBe(sha256(JSON.stringify(value)));
    }
  });

  it('is written once per object: what was recorded is what is sent, even if the object changes', () => {
    const payload = { Irn: 'a'.repeat(64), CnlRsn: '2', CnlRem: 'Wrong rate' };
    const recorded = requestText(payload);
    const hash = requestHash(payload);
    payload.CnlRem = 'changed afterwards';
    expect(requestText(payload)).toBe(recorded);
    expect(requestHash(payload)).toBe(hash);
    // A new object is written afresh.
    expect(requestText({ ...payload })).toContain('changed afterwards');
  });
});
