import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';
import { IrpClient, type IrpCallRecord } from './client';
import { IrpError } from './errors';
import { verifyJwt } from './signature';
import { interStateInvoice, startTestSandbox, type SandboxHarness } from './test-fixtures';

// 11:30 IST on 24 Nov 2026: the sandbox and the client share this pinned start.
const START = new Date('2026-11-24T06:00:00Z');

describe('IRP client against the built-in sandbox', () => {
  let h: SandboxHarness;
  let clockOffsetMs = 0;
  let calls: IrpCallRecord[] = [];

  const now = () => new Date(START.getTime() + clockOffsetMs + (Date.now() - realStart));
  let realStart = Date.now();

  function client(overrides: Partial<ConstructorParameters<typeof IrpClient>[0]> = {}) {
    const user = h.sandbox.apiUsers[0]!;
    return new IrpClient({
      endpoint: {
        environment: 'builtin',
        baseUrl: h.sandbox.url,
        encryptionPublicKeyPem: h.sandbox.encryptionPublicKeyPem,
        signingCertPem: h.sandbox.signingCertPem,
      },
      credentials: user,
      now,
      sleep: async () => undefined,
      onCall: (r) => calls.push(r),
      ...overrides,
    });
  }

  const authCalls = () => calls.filter((c) => c.api === 'auth').length;

  beforeAll(async () => {
    realStart = Date.now();
    h = await startTestSandbox(START);
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(async () => {
    calls = [];
    await h.faults({});
  });

  it('reports health and signs in with the v1.04 crypto', async () => {
    const c = client();
    expect((await c.health()).up).toBe(true);
    const session = await c.authenticate();
    expect(session.authToken.length).toBeGreaterThan(10);
    expect(session.sek).toHaveLength(32);
    expect(session.expiresAt.getTime() - now().getTime()).toBeGreaterThan(55 * 60_000);
  });

  it('reuses one login for many calls, also when they start together', async () => {
    const c = client();
    const gstin = h.sandbox.apiUsers[0]!.gstin;
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => c.getGstinDetails(gstin)));
    await c.getGstinDetails('27AAKFS7310Q1ZK');
    expect(answers.every((a) => a.data.Gstin === gstin)).toBe(true);
    expect(authCalls()).toBe(1);
  });

  it('covers the IRN life cycle: generate, duplicate, get, get by document, e-way bill, cancel', async () => {
    const c = client();
    const invoice = interStateInvoice('CLT/0001', now());

    const generated = await c.generateIrn(invoice);
    expect(generated.data.Irn).toMatch(/^[0-9a-f]{64}$/);
    expect(String(generated.data.AckNo)).toMatch(/^\d{15}$/);
    expect(generated.data.AckDt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/);
    const signed = verifyJwt(generated.data.SignedInvoice, h.sandbox.signingCertPem, 'invoice');
    expect(signed.iss).toBe('NIC');
    expect(signed.data.Irn).toBe(generated.data.Irn);
    const qr = verifyJwt(generated.data.SignedQRCode, h.sandbox.signingCertPem, 'QR code');
    expect(qr.data).toMatchObject({
      SellerGstin: '29AAGCV4521M1ZW',
      DocNo: 'CLT/0001',
      ItemCnt: 1,
      MainHsnCode: '520811',
    });

    const duplicate = await c.generateIrn(invoice).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(IrpError);
    expect((duplicate as IrpError).code).toBe('2150');
    expect((duplicate as IrpError).info[0]).toMatchObject({
      InfCd: 'DUPIRN',
      Desc: { Irn: generated.data.Irn },
    });

    expect((await c.getIrn(generated.data.Irn)).data.Status).toBe('ACT');
    const byDoc = await c.getIrnByDocument('INV', 'CLT/0001', invoice.DocDtls.Dt);
    expect(byDoc.data.Irn).toBe(generated.data.Irn);

    const ewb = await c.generateEwb({
      Irn: generated.data.Irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    expect(String(ewb.data.EwbNo)).toMatch(/^\d{12}$/);
    expect(ewb.info.some((i) => i.InfCd === 'EWBPPD')).toBe(true);
    expect((await c.getEwbByIrn(generated.data.Irn)).data.Status).toBe('ACT');

    const blocked = await c.cancelIrn(generated.data.Irn, '2', 'Wrong rate').catch((e: unknown) => e);
    expect((blocked as IrpError).code).toBe('2230');

    const ewbCancel = await c.cancelEwb(Number(ewb.data.EwbNo), 3, 'Data entry mistake');
    expect(String(ewbCancel.ewayBillNo)).toBe(String(ewb.data.EwbNo));

    const cancelled = await c.cancelIrn(generated.data.Irn, '2', 'Wrong rate');
    expect(cancelled.data.Irn).toBe(generated.data.Irn);
    const again = await c.cancelIrn(generated.data.Irn, '2', 'Wrong rate').catch((e: unknown) => e);
    expect((again as IrpError).code).toBe('9999');
  });

  it('gets and syncs GSTIN details', async () => {
    const c = client();
    const details = await c.getGstinDetails('27AAKFS7310Q1ZK');
    expect(details.data).toMatchObject({ Gstin: '27AAKFS7310Q1ZK', Status: 'ACT' });
    const synced = await c.syncGstin('27AAKFS7310Q1ZK');
    expect(synced.data.Gstin).toBe('27AAKFS7310Q1ZK');
    const missing = await c.getGstinDetails('29AAAAA0000A1Z5').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(IrpError);
    expect((missing as IrpError).kind).toBe('business');
  });

  it('refreshes the token in its last ten minutes, and signs in again once after a 1005', async () => {
    const c = client();
    const first = await c.ensureSession();
    // 55 minutes later both clocks agree the token has 5 minutes left: force refresh.
    await h.advance(55);
    clockOffsetMs += 55 * 60_000;
    const refreshed = await c.ensureSession();
    expect(refreshed.authToken).not.toBe(first.authToken);
    expect(authCalls()).toBe(2);

    // The IRP expires the token while this client still believes in it: one 1005, one re-login.
    await h.advance(61);
    calls = [];
    const answer = await c.getGstinDetails('27AAKFS7310Q1ZK');
    expect(answer.data.Gstin).toBe('27AAKFS7310Q1ZK');
    expect(calls.map((r) => `${r.api}:${r.errorCodes.join(',') || r.outcome}`)).toEqual([
      'gstin-details:1005',
      'auth:ok',
      'gstin-details:ok',
    ]);
    clockOffsetMs += 61 * 60_000;
  });

  it('never loops on a refused login', async () => {
    const user = h.sandbox.apiUsers[0]!;
    const c = client({ credentials: { ...user, password: 'wrong' } });
    const error = await c.getGstinDetails(user.gstin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IrpError);
    expect((error as IrpError).kind).toBe('auth');
    expect(authCalls()).toBe(1);
  });

  it('treats a timed-out generate as an unknown outcome and never sends it twice', async () => {
    const c = client({ timeouts: { connectMs: 1000, readMs: 300 } });
    await c.ensureSession();
    await h.faults({ latencyMs: 1500, paths: ['/eicore/v1.03/Invoice'] });
    calls = [];
    const error = await c.generateIrn(interStateInvoice('CLT/0002', now())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IrpError);
    expect((error as IrpError).kind).toBe('unknown-outcome');
    expect((error as IrpError).code).toBe('IRP_TIMEOUT');
    expect(calls.filter((r) => r.api === 'generate-irn')).toHaveLength(1);
  });

  it('reports a cut connection after the IRP committed as unknown; the document lookup finds the IRN', async () => {
    const c = client();
    await c.ensureSession();
    await h.faults({ dropResponses: 1, paths: ['/eicore/v1.03/Invoice'] });
    const invoice = interStateInvoice('CLT/0003', now());
    const error = await c.generateIrn(invoice).catch((e: unknown) => e);
    expect((error as IrpError).kind).toBe('unknown-outcome');
    const found = await c.getIrnByDocument('INV', 'CLT/0003', invoice.DocDtls.Dt);
    expect(found.data.Irn).toMatch(/^[0-9a-f]{64}$/);
  });

  it('retries reads with backoff, and a circuit breaker fails fast once the IRP is down', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 60_000 });
    const c = client({ breaker });
    await c.ensureSession();
    await h.faults({ down: true, paths: ['/eivital/v1.04/Master'] });
    calls = [];
    const first = await c.getGstinDetails('27AAKFS7310Q1ZK').catch((e: unknown) => e);
    expect((first as IrpError).code).toBe('IRP_SERVER_ERROR');
    expect(calls.filter((r) => r.api === 'gstin-details')).toHaveLength(3); // three tries, backoff between
    expect(breaker.current).toBe('open');

    const fast = await c.getGstinDetails('27AAKFS7310Q1ZK').catch((e: unknown) => e);
    expect((fast as IrpError).code).toBe('IRP_DOWN');
    expect((fast as IrpError).kind).toBe('not-sent');
    expect(calls.filter((r) => r.api === 'gstin-details')).toHaveLength(3); // nothing more went out
  });

  it('says "not sent" when nothing listens', async () => {
    const user = h.sandbox.apiUsers[0]!;
    const c = new IrpClient({
      endpoint: {
        environment: 'builtin',
        baseUrl: 'http://127.0.0.1:1',
        encryptionPublicKeyPem: h.sandbox.encryptionPublicKeyPem,
      },
      credentials: user,
      sleep: async () => undefined,
    });
    const error = await c.authenticate().catch((e: unknown) => e);
    expect((error as IrpError).kind).toBe('not-sent');
    expect((error as IrpError).code).toBe('IRP_UNREACHABLE');
    expect((await c.health()).up).toBe(false);
  });
});
