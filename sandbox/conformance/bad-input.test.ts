import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aesEcbDecrypt, aesEcbEncrypt, type IrpTestClient } from './client';
import { startTestSandbox, type TestSandbox } from './harness';

let t: TestSandbox;
let c: IrpTestClient;
beforeAll(async () => {
  t = await startTestSandbox();
  c = await t.authed();
});
afterAll(async () => t.stop());

const generatePath = '/eicore/v1.03/Invoice';

describe('bad input gets an envelope, never a crash', () => {
  it('malformed JSON → HTTP 400 with 5001', async () => {
    const res = await c.raw('POST', generatePath, '{"Data": ', c.headers());
    expect(res.http).toBe(400);
    expect(res.envelope).toMatchObject({ Status: 0, Data: null });
    expect(res.codes).toEqual(['5001']);
  });

  it('missing or empty Data → 5003', async () => {
    expect((await c.raw('POST', generatePath, '{}', c.headers())).codes).toEqual(['5003']);
    expect((await c.raw('POST', generatePath, '', c.headers())).codes).toEqual(['5003']);
  });

  it('Data that is not base64 → 1020', async () => {
    const res = await c.raw(
      'POST',
      generatePath,
      JSON.stringify({ Data: 'not base64 at all!' }),
      c.headers(),
    );
    expect(res.codes).toEqual(['1020']);
  });

  it('Data encrypted under the wrong key → 1020', async () => {
    // Garbage under the SEK ends in valid-looking padding about once in 256 keys, and would then
    // be answered 2142 instead; take the first fixed key whose text the SEK cannot unpad.
    const plain = Buffer.from('{"Version":"1.1"}');
    const unpadsUnderSek = (key: Buffer) => {
      try {
        aesEcbDecrypt(c.sek as Buffer, aesEcbEncrypt(key, plain));
        return true;
      } catch {
        return false;
      }
    };
    let fill = 1;
    while (unpadsUnderSek(Buffer.alloc(32, fill))) fill += 1;
    const wrong = aesEcbEncrypt(Buffer.alloc(32, fill), plain).toString('base64');
    expect((await c.raw('POST', generatePath, JSON.stringify({ Data: wrong }), c.headers())).codes).toEqual([
      '1020',
    ]);
  });

  it('a payload that decrypts to something other than JSON → 2142', async () => {
    const body = JSON.stringify({
      Data: aesEcbEncrypt(c.sek as Buffer, Buffer.from('hello')).toString('base64'),
    });
    expect((await c.raw('POST', generatePath, body, c.headers())).codes).toEqual(['2142']);
  });

  it('a JSON array instead of an invoice → 2140', async () => {
    expect((await c.generate([1, 2, 3])).codes).toEqual(['2140']);
  });

  it('an oversized body → HTTP 413 with 5002', async () => {
    const big = JSON.stringify({ Data: 'A'.repeat(3 * 1024 * 1024) });
    const res = await c.raw('POST', generatePath, big, c.headers());
    expect(res.http).toBe(413);
    expect(res.codes).toEqual(['5002']);
  });

  it('an unknown path → HTTP 404 and a wrong method → HTTP 405, both enveloped', async () => {
    const missing = await c.raw('GET', '/eicore/v9.99/Nothing', null, c.headers());
    expect(missing.http).toBe(404);
    expect(missing.codes).toEqual(['5001']);
    expect(missing.envelope.ErrorDetails?.[0]?.ErrorMessage).toContain('/eicore/v9.99/Nothing');
    const wrongMethod = await c.raw('GET', generatePath, null, c.headers());
    expect(wrongMethod.http).toBe(405);
  });

  it('still serves normally afterwards', async () => {
    expect((await c.gstinDetails(c.creds.gstin)).codes).toEqual([]);
  });
});
