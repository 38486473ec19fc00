import { constants, publicEncrypt, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aesEcbDecrypt, encryptAuthPayload, IrpTestClient } from './client';
import { startTestSandbox, type TestSandbox } from './harness';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t.stop());

const authPath = '/eivital/v1.04/auth';

describe('auth', () => {
  it('issues a token and a SEK wrapped under the AppKey, with a 60-minute expiry in IST', async () => {
    await t.setClock('2025-06-16T10:00:00+05:30');
    const c = t.client();
    const res = await c.auth();
    expect(res.codes).toEqual([]);
    expect(res.envelope.Status).toBe(1);
    const data = res.envelope.Data as Record<string, string>;
    expect(Object.keys(data)).toEqual(['ClientId', 'UserName', 'AuthToken', 'Sek', 'TokenExpiry']);
    expect(data['Sek']).toHaveLength(64);
    expect(c.sek).toHaveLength(32);
    expect(data['TokenExpiry']).toMatch(/^2025-06-16 11:00:\d{2}$/);
    // The SEK works: an authenticated call decrypts.
    const ping = await c.gstinDetails(c.creds.gstin);
    expect(ping.data['Gstin']).toBe(c.creds.gstin);
  });

  it('returns the same token and SEK while the token is valid, even under a new AppKey', async () => {
    const a = await t.authed();
    const b = t.client();
    b.appKey = randomBytes(32);
    await b.auth();
    expect(b.token).toBe(a.token);
    expect(b.sek?.equals(a.sek as Buffer)).toBe(true);
  });

  it('honours ForceRefreshAccessToken only in the last 10 minutes', async () => {
    await t.setClock('2025-06-17T09:00:00+05:30');
    const a = await t.authed();
    const early = t.client();
    await early.auth({ force: true });
    expect(early.token).toBe(a.token);
    await t.advanceMinutes(51);
    const late = t.client();
    await late.auth({ force: true });
    expect(late.token).not.toBe(a.token);
    expect(late.sek?.equals(a.sek as Buffer)).toBe(false);
  });

  it('expires tokens after 60 minutes with 1005', async () => {
    await t.setClock('2025-06-18T09:00:00+05:30');
    const c = await t.authed();
    expect((await c.gstinDetails(c.creds.gstin)).codes).toEqual([]);
    await t.advanceMinutes(61);
    expect((await c.gstinDetails(c.creds.gstin)).codes).toEqual(['1005']);
    const fresh = t.client();
    await fresh.auth();
    expect(fresh.token).not.toBe(c.token);
  });

  it('reports every missing header at once', async () => {
    const res = await t
      .client()
      .raw('POST', authPath, '{"Data":"x"}', { 'Content-Type': 'application/json' });
    expect(res.codes).toEqual(['1011', '1012', '1004']);
    expect(res.http).toBe(200);
  });

  it('refuses a wrong client secret with 1010', async () => {
    const c = t.client();
    const res = await c.raw('POST', authPath, '{"Data":"x"}', { ...c.authHeaders(), client_secret: 'nope' });
    expect(res.codes).toEqual(['1010']);
  });

  it.each([
    ['unknown user', { userName: 'nobody' }, '1017'],
    ['wrong password', { password: 'wrong' }, '1019'],
    ['GSTIN of another business', { gstin: '27AAKFS7310Q1ZK' }, '1015'],
  ])('refuses %s', async (_label, override, code) => {
    const base = t.sandbox.apiUsers[0]!;
    const c = new IrpTestClient(t.sandbox.url, { ...base, ...override }, t.sandbox.encryptionPublicKeyPem);
    expect((await c.auth()).codes).toEqual([code]);
  });

  it('refuses a user of another client id with 1018 and an inactive user with 1014', async () => {
    const [first, , inactive] = t.sandbox.apiUsers;
    const mixed = new IrpTestClient(
      t.sandbox.url,
      { ...first!, userName: t.sandbox.apiUsers[1]!.userName },
      t.sandbox.encryptionPublicKeyPem,
    );
    expect((await mixed.auth()).codes).toEqual(['1018']);
    const off = new IrpTestClient(t.sandbox.url, inactive!, t.sandbox.encryptionPublicKeyPem);
    expect((await off.auth()).codes).toEqual(['1014']);
  });

  it('refuses the API user of a GSTIN not enabled for e-invoicing with 3026', async () => {
    const notEnabled = t.sandbox.apiUsers.find((u) => u.einvoiceEnabled === false)!;
    const c = new IrpTestClient(t.sandbox.url, notEnabled, t.sandbox.encryptionPublicKeyPem);
    const answer = await c.auth();
    expect(answer.codes).toEqual(['3026']);
  });

  it('answers 1016 for an AppKey that is not 32 bytes and 1020 for an undecryptable payload', async () => {
    const c = t.client();
    const user = c.creds;
    const shortKey = encryptAuthPayload(t.sandbox.encryptionPublicKeyPem, {
      UserName: user.userName,
      Password: user.password,
      AppKey: randomBytes(16).toString('base64'),
      ForceRefreshAccessToken: false,
    });
    expect(
      (await c.raw('POST', authPath, JSON.stringify({ Data: shortKey }), c.authHeaders())).codes,
    ).toEqual(['1016']);
    const garbage = randomBytes(256).toString('base64');
    expect((await c.raw('POST', authPath, JSON.stringify({ Data: garbage }), c.authHeaders())).codes).toEqual(
      ['1020'],
    );
    expect((await c.raw('POST', authPath, JSON.stringify({ Data: '' }), c.authHeaders())).codes).toEqual([
      '5003',
    ]);
  });

  it('accepts the older v1.03 body with RSA-encrypted Password and AppKey fields', async () => {
    const c = t.client();
    const rsa = (data: Buffer) =>
      publicEncrypt(
        { key: t.sandbox.encryptionPublicKeyPem, padding: constants.RSA_PKCS1_PADDING },
        data,
      ).toString('base64');
    const body = JSON.stringify({
      UserName: c.creds.userName,
      Password: rsa(Buffer.from(c.creds.password)),
      AppKey: rsa(c.appKey),
      ForceRefreshAccessToken: false,
    });
    const res = await c.raw('POST', '/eivital/v1.03/auth', body, c.authHeaders());
    expect(res.codes).toEqual([]);
    const sek = aesEcbDecrypt(
      c.appKey,
      Buffer.from((res.envelope.Data as Record<string, string>)['Sek'] as string, 'base64'),
    );
    expect(sek).toHaveLength(32);
    const bad = JSON.stringify({
      UserName: c.creds.userName,
      Password: 'bm90IHJzYQ==',
      AppKey: rsa(c.appKey),
    });
    expect((await c.raw('POST', '/eivital/v1.03/auth', bad, c.authHeaders())).codes).toEqual(['1013']);
  });

  it('accepts the v1.03 path', async () => {
    const c = t.client();
    expect((await c.auth({ version: 'v1.03' })).codes).toEqual([]);
    expect(c.token).toBeTruthy();
  });

  it('checks every later call: token, user name and GSTIN headers', async () => {
    const c = await t.authed();
    const path = `/eivital/v1.04/Master/gstin/${c.creds.gstin}`;
    const h = c.headers();
    expect((await c.raw('GET', path, null, { ...h, AuthToken: 'forged' })).codes).toEqual(['1005']);
    expect((await c.raw('GET', path, null, { ...h, Gstin: '27AAKFS7310Q1ZK' })).codes).toEqual(['1015']);
    const { user_name: _drop, ...noUser } = h;
    expect((await c.raw('GET', path, null, noUser)).codes).toEqual(['1006']);
    const other = await t.authed(1);
    expect((await c.raw('GET', path, null, { ...h, AuthToken: other.token as string })).codes).toEqual([
      '1005',
    ]);
  });

  it('wraps the SEK with AES-256-ECB under the AppKey (48-byte ciphertext)', async () => {
    const c = t.client();
    const res = await c.auth();
    const wrapped = Buffer.from((res.envelope.Data as Record<string, string>)['Sek'] as string, 'base64');
    expect(wrapped).toHaveLength(48);
    expect(aesEcbDecrypt(c.appKey, wrapped)).toHaveLength(32);
  });
});
