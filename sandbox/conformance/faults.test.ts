import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../routes/controls';
import { control } from './client';
import { buildInvoice, docNo, startTestSandbox, type TestSandbox } from './harness';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox();
});
afterAll(async () => t.stop());
afterEach(async () => {
  await control(t.sandbox.url, '/sandbox/faults', {});
});

const faults = (body: unknown) => control(t.sandbox.url, '/sandbox/faults', body);
const invoice = () =>
  buildInvoice({
    seller: t.taxpayer('Vasundhara Textiles'),
    buyer: t.taxpayer('Kaveri Foods'),
    docNo: docNo('F'),
  });

describe('faults', () => {
  it('down: answers 503 on the targeted paths only, until cleared', async () => {
    const c = await t.authed();
    expect(await faults({ down: true, paths: ['/eicore/v1.03/Invoice'] })).toEqual({
      down: true,
      paths: ['/eicore/v1.03/Invoice'],
    });
    const res = await c.generate(invoice());
    expect(res.http).toBe(503);
    expect((await c.gstinDetails(c.creds.gstin)).codes).toEqual([]);
    await faults({});
    expect((await c.generate(invoice())).codes).toEqual([]);
  });

  it('errorRate 1: every call fails with HTTP 500 / 5001 and nothing is committed', async () => {
    const c = await t.authed();
    const inv = invoice();
    await faults({ errorRate: 1 });
    const res = await c.generate(inv);
    expect(res.http).toBe(500);
    expect(res.codes).toEqual(['5001']);
    await faults({});
    expect((await c.generate(inv)).codes).toEqual([]);
  });

  it('dropResponses: commits the request, cuts the connection, and the duplicate reveals the IRN', async () => {
    const c = await t.authed();
    const inv = invoice();
    await faults({ dropResponses: 1 });
    await expect(c.generate(inv)).rejects.toThrow();
    const again = await c.generate(inv);
    expect(again.codes).toEqual(['2150']);
    const dup = again.envelope.InfoDtls?.[0]?.Desc as { Irn: string };
    expect((await c.getIrn(dup.Irn)).data['Status']).toBe('ACT');
    expect(await faults({ dropResponses: 0 })).toEqual({ dropResponses: 0 });
  });

  it('latencyMs: delays answers on matching paths (lower bound only)', async () => {
    const c = await t.authed();
    await faults({ latencyMs: 300, paths: ['/eivital/v1.04/Master'] });
    const started = performance.now();
    const res = await c.gstinDetails(c.creds.gstin);
    expect(res.codes).toEqual([]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('refuses malformed fault settings and lets controls through while down', async () => {
    const bad = await fetch(`${t.sandbox.url}/sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ errorRate: 3 }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'errorRate must be a number from 0 to 1' });
    await faults({ down: true });
    const clock = await fetch(`${t.sandbox.url}/sandbox/clock`);
    expect(clock.status).toBe(200);
    const ping = await fetch(`${t.sandbox.url}/eivital/v1.04/heartbeat/ping`);
    expect(ping.status).toBe(503);
  });

  it('treats only loopback addresses as allowed control callers', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('192.168.1.20')).toBe(false);
    expect(isLoopback('::ffff:10.0.0.5')).toBe(false);
  });
});

describe('clock control', () => {
  it('sets and advances the sandbox clock, reporting IST', async () => {
    expect(await control(t.sandbox.url, '/sandbox/clock', { now: '2025-01-01T00:00:00Z' })).toMatchObject({
      ist: expect.stringMatching(/^2025-01-01 05:30:0\d$/),
    });
    expect(await control(t.sandbox.url, '/sandbox/clock', { advanceMinutes: 90 })).toMatchObject({
      ist: expect.stringMatching(/^2025-01-01 07:00:0\d$/),
    });
    const bad = await fetch(`${t.sandbox.url}/sandbox/clock`, { method: 'POST', body: '{"later": true}' });
    expect(bad.status).toBe(400);
  });
});
