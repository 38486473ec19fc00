import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IrpTestClient } from './client';
import { buildInvoice, docNo, startTestSandbox } from './harness';

const dir = mkdtempSync(path.join(tmpdir(), 'irp-sandbox-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restart keeps state', () => {
  it('keeps keys, users, tokens and SEKs, IRNs, e-way bills, syncs and the AckNo sequence', async () => {
    const first = await startTestSandbox({}, dir);
    const files = ['encryption-public-key.pem', 'signing-cert.pem', 'api-users.json', 'taxpayers.json'];
    const before = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
    const c = await first.authed();
    const inv = buildInvoice({
      seller: first.taxpayer('Vasundhara Textiles'),
      buyer: first.taxpayer('Kaveri Foods'),
      docNo: docNo('P'),
    });
    const gen = await c.generate(inv);
    const irn = gen.data['Irn'] as string;
    const ewb = await c.generateEwb({
      Irn: irn,
      Distance: 0,
      TransMode: '1',
      VehNo: 'KA01AB1234',
      VehType: 'R',
    });
    expect(ewb.codes).toEqual([]);
    expect((await c.syncGstin(first.taxpayer('Periyar Spices').gstin)).data['Status']).toBe('ACT');
    await first.stop();

    const second = await startTestSandbox({}, dir);
    try {
      expect(files.map((f) => readFileSync(path.join(dir, f), 'utf8'))).toEqual(before);
      expect(second.sandbox.encryptionPublicKeyPem).toBe(before[0]);
      // The old token and SEK still work against the new process.
      const same = new IrpTestClient(second.sandbox.url, c.creds, second.sandbox.encryptionPublicKeyPem);
      same.token = c.token;
      same.sek = c.sek;
      const got = await same.getIrn(irn);
      expect(got.codes).toEqual([]);
      expect(got.data['SignedInvoice']).toBe(gen.data['SignedInvoice']);
      expect(got.data['EwbNo']).toBe(ewb.data['EwbNo']);
      expect((await same.generate(inv)).codes).toEqual(['2150']);
      expect((await same.gstinDetails(second.taxpayer('Periyar Spices').gstin)).data['Status']).toBe('ACT');
      const next = await same.generate(
        buildInvoice({
          seller: second.taxpayer('Vasundhara Textiles'),
          buyer: second.taxpayer('Kaveri Foods'),
          docNo: docNo('P'),
        }),
      );
      expect(Number(next.data['AckNo'])).toBeGreaterThan(Number(gen.data['AckNo']));
      // Re-auth returns the token issued before the restart.
      const again = second.client();
      await again.auth();
      expect(again.token).toBe(c.token);
    } finally {
      await second.stop();
    }
  });
});
