import { describe, expect, it } from 'vitest';
import { openLedger } from '../ledger';
import { MASK, auditIrpCall, maskSecrets } from './audit';
import { IrpClient, type IrpCallRecord } from './client';
import { startTestSandbox } from './test-fixtures';

describe('audit of IRP calls', () => {
  it('masks every secret-looking key, however deep', () => {
    expect(
      maskSecrets({
        UserName: 'kept',
        Password: 'p',
        client_secret: 's',
        AuthToken: 't',
        Sek: 'k',
        AppKey: 'a',
        nested: [{ authorization: 'Bearer x', Irn: 'kept too' }],
      }),
    ).toEqual({
      UserName: 'kept',
      Password: MASK,
      client_secret: MASK,
      AuthToken: MASK,
      Sek: MASK,
      AppKey: MASK,
      nested: [{ authorization: MASK, Irn: 'kept too' }],
    });
  });

  it('writes each real call to the ledger with no password, secret, token, SEK or app key in it', async () => {
    const started = new Date('2026-11-24T06:00:00Z');
    const h = await startTestSandbox(started);
    const ledger = await openLedger({ file: ':memory:' });
    try {
      const user = h.sandbox.apiUsers[0]!;
      const records: IrpCallRecord[] = [];
      const client = new IrpClient({
        endpoint: {
          environment: 'builtin',
          baseUrl: h.sandbox.url,
          encryptionPublicKeyPem: h.sandbox.encryptionPublicKeyPem,
        },
        credentials: user,
        onCall: (record) => {
          records.push(record);
          auditIrpCall(ledger, record, 'user');
        },
      });
      const session = await client.ensureSession();
      await client.getGstinDetails(user.gstin);
      await client.getIrn('f'.repeat(64)).catch(() => undefined);

      const entries = ledger.audit.list({ gstin: user.gstin });
      expect(entries.map((e) => [e.action, e.outcome, e.errorCodes])).toEqual(
        expect.arrayContaining([
          ['irp-auth', 'ok', []],
          ['irp-gstin-details', 'ok', []],
          ['irp-get-irn', 'refused', ['2148']],
        ]),
      );
      expect(entries.every((e) => /^[0-9a-f]{64}$/.test(e.requestHash ?? ''))).toBe(true);

      const everything = JSON.stringify(entries);
      for (const secret of [
        user.password,
        user.clientSecret,
        user.clientId,
        session.authToken,
        session.sek.toString('base64'),
      ]) {
        expect(everything).not.toContain(secret);
      }
      expect(records).toHaveLength(entries.length);
    } finally {
      ledger.close();
      await h.stop();
    }
  });
});
