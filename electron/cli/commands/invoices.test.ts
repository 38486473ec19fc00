import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_FILE } from '../../app/services';
import { interStateInvoice, startTestSandbox, type SandboxHarness } from '../../irp/test-fixtures';
import { runCli } from '../main';
import { captureIo, customGstinAddArgs } from '../test-io';

// The CLI against a sandbox this test controls (faults), set up as a custom environment.
describe('einvoice-desk generate / list / retry / cancel', () => {
  let h: SandboxHarness;
  let dir: string;
  const env = () => ({ EINVOICE_DESK_DATA: path.join(dir, 'data') });
  const run = async (args: string[], stdin = '') => {
    const io = captureIo(stdin, env());
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  };
  const file = (name: string, invoices: unknown[]) => {
    const p = path.join(dir, name);
    writeFileSync(p, JSON.stringify(invoices));
    return p;
  };
  let gstin: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cli-invoices-'));
    h = await startTestSandbox(new Date());
    const user = h.sandbox.apiUsers[0]!;
    gstin = user.gstin;
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    writeFileSync(key, h.sandbox.encryptionPublicKeyPem);
    writeFileSync(cert, h.sandbox.signingCertPem);
    const added = await run(customGstinAddArgs(user, h.sandbox.url, key, cert), user.password);
    expect(added.code, added.out + added.err).toBe(0);
  });
  afterAll(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers each document once: a second run reports the IRNs it already has', async () => {
    const docs = file('batch.json', [
      interStateInvoice('CLI/1', new Date()),
      interStateInvoice('CLI/2', new Date(), 40),
    ]);
    const first = await run(['generate', docs, '--gstin', gstin, '--json']);
    expect(first.code, first.err).toBe(0);
    const rows = JSON.parse(first.out) as Array<{
      docNo: string;
      status: string;
      irn: string;
      ackNo: string;
      errors: unknown[];
    }>;
    expect(rows.map((r) => [r.docNo, r.status])).toEqual([
      ['CLI/1', 'generated'],
      ['CLI/2', 'generated'],
    ]);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.irn) && /^\d{15}$/.test(r.ackNo))).toBe(true);

    const again = await run(['generate', docs, '--gstin', gstin, '--json']);
    expect(JSON.parse(again.out)).toEqual(rows);
    // For a person: the same rows as text, and why nothing was sent.
    const text = await run(['generate', docs, '--gstin', gstin]);
    expect(text.out).toMatch(
      new RegExp(`^INV CLI/1 \\d{2}/\\d{2}/\\d{4}: generated IRN ${rows[0]!.irn}`, 'm'),
    );
    expect(text.out).toMatch(
      new RegExp(`^INV CLI/2 \\d{2}/\\d{2}/\\d{4}: generated IRN ${rows[1]!.irn}`, 'm'),
    );
    expect(text.err).toContain('Sent 0 of 2; the others already had an IRN or failed the checks.');

    const listed = JSON.parse((await run(['list', '--status', 'generated', '--json'])).out) as Array<{
      irn: string;
    }>;
    expect(listed.map((r) => r.irn).sort()).toEqual(rows.map((r) => r.irn).sort());
  });

  it('sends a big file while saving it, and says how far it got when a later document cannot be saved', async () => {
    const docs = Array.from({ length: 55 }, (_, i) => interStateInvoice(`STR/${i + 1}`, new Date()));
    docs[52]!.SellerDtls.Gstin = '27AAKFS7310Q1ZK'; // invoice 53 is another seller's
    const result = await run(['generate', file('stream.json', docs), '--gstin', gstin, '--json']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /Invoice 53 could not be saved: The invoice's seller GSTIN \(SellerDtls\.Gstin\) is not 29AAGCV4521M1ZW/,
    );
    expect(result.err).toContain('Invoices 1 to 50 were saved and sent.');
    const listed = JSON.parse((await run(['list', '--status', 'generated', '--json'])).out) as Array<{
      docNo: string;
    }>;
    const sent = listed.map((r) => r.docNo).filter((no) => no.startsWith('STR/'));
    expect(sent.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `STR/${i + 1}`).sort());
  });

  it('writes each intent already claimed, and saves no further ahead of sending than its bound', async () => {
    await fetch(`${h.sandbox.url}/sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs: 15, paths: ['/eicore/v1.03/Invoice'] }),
    });
    try {
      const docs = Array.from({ length: 40 }, (_, i) => interStateInvoice(`BND/${i + 1}`, new Date()));
      const result = await run([
        'generate',
        file('bound.json', docs),
        '--gstin',
        gstin,
        '--json',
        '--concurrency',
        '1',
      ]);
      expect(result.code, result.err).toBe(0);
    } finally {
      await fetch(`${h.sandbox.url}/sandbox/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({}),
      });
    }
    const db = new Database(path.join(env().EINVOICE_DESK_DATA, LEDGER_FILE), { readonly: true });
    try {
      const entries = db
        .prepare(
          `SELECT o.created_at AS written, o.updated_at AS done, o.attempts, o.state FROM outbox o
           JOIN invoices i ON i.id = o.invoice_id WHERE i.doc_no LIKE 'BND/%' ORDER BY o.id`,
        )
        .all() as Array<{ written: string; done: string; attempts: number; state: string }>;
      expect(entries).toHaveLength(40);
      // Claimed when written: one attempt each, never a second claim.
      expect(entries.every((e) => e.state === 'done' && e.attempts === 1)).toBe(true);
      // One call at a time (15 ms each): saving may be 2 waiting entries, a chunk of 10 and two
      // entries per worker (two workers) ahead of sending, so the 20th entry after any one is
      // written only once that one is done. Without the bound the whole file is written first.
      for (let k = 0; k + 20 < entries.length; k++) {
        expect(
          entries[k + 20]!.written >= entries[k]!.done,
          `entry ${k + 21} written before ${k + 1} was done`,
        ).toBe(true);
      }
    } finally {
      db.close();
    }
  });

  it('reports invalid documents as failed with the IRP codes, without sending them', async () => {
    const bad = interStateInvoice('CLI/BAD', new Date());
    bad.ItemList[0]!.HsnCd = '12';
    const result = await run(['generate', file('bad.json', [bad]), '--gstin', gstin, '--json']);
    expect(result.code, result.out).toBe(1);
    const [row] = JSON.parse(result.out);
    expect(row.status).toBe('failed');
    expect(row.errors.map((e: { field: string }) => e.field)).toContain('ItemList[0].HsnCd');
  });

  it('keeps a document whose answer was lost as pending, and retry adopts its IRN without a duplicate', async () => {
    await fetch(`${h.sandbox.url}/sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ dropResponses: 1, paths: ['/eicore/v1.03/Invoice'] }),
    });
    const docs = file('drop.json', [interStateInvoice('CLI/DROP', new Date())]);
    const first = await run(['generate', docs, '--gstin', gstin, '--json']);
    expect(JSON.parse(first.out)[0].status).toBe('pending');

    const retried = await run(['retry', '--json']);
    expect(retried.code).toBe(0);
    const summary = JSON.parse(retried.out);
    expect(summary.byOutcome.done).toBe(1);

    const [row] = JSON.parse((await run(['generate', docs, '--gstin', gstin, '--json'])).out);
    expect(row.status).toBe('generated');
    // The IRP holds exactly this IRN for the document: the one adopted, not a second one.
    const dup = await run(['generate', docs, '--gstin', gstin, '--json']);
    expect(JSON.parse(dup.out)[0].irn).toBe(row.irn);
  });

  it('cancels by IRN with a reason and remark, and explains a bad reason', async () => {
    const [row] = JSON.parse(
      (
        await run([
          'generate',
          file('c.json', [interStateInvoice('CLI/C', new Date())]),
          '--gstin',
          gstin,
          '--json',
        ])
      ).out,
    );
    const badReason = await run(['cancel', row.irn, '--reason', '7', '--remark', 'x']);
    expect(badReason.code).toBe(2);
    expect(badReason.err).toContain('Choose a reason');
    const cancelled = await run(['cancel', row.irn, '--reason', '2', '--remark', 'Wrong quantity', '--json']);
    expect(cancelled.code).toBe(0);
    expect(JSON.parse(cancelled.out)[0]).toMatchObject({ status: 'cancelled', irn: row.irn });
  });
});
