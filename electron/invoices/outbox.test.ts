import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_FILE } from '../app/services';
import type { Inv01Invoice } from '../../shared/inv01';
import { IrpClient } from '../irp/client';
import { interStateInvoice } from '../irp/test-fixtures';
import { openLedger, type OutboxEntry } from '../ledger';
import type { FaultHooks } from './outbox-processor';
import { processIsAlive } from './outbox-runner';
import { startInvoiceHarness, type InvoiceHarness } from './test-harness';

/** Throws once at the named point: a crash of the process there. */
function crashOnce(point: keyof FaultHooks): FaultHooks & { fired: boolean } {
  const hooks: FaultHooks & { fired: boolean } = { fired: false };
  hooks[point] = (_entry: OutboxEntry) => {
    if (!hooks.fired) {
      hooks.fired = true;
      throw new Error(`simulated crash at ${point}`);
    }
  };
  return hooks;
}

describe('outbox: no IRN lost or duplicated', () => {
  let t: InvoiceHarness;
  afterEach(async () => {
    await t?.close();
  });

  /** The IRN the IRP holds for a document, asked directly (not through the app). */
  async function irpIrnFor(docNo: string): Promise<string | null> {
    const client = await t.services.registry.client(t.h.sandbox.apiUsers[0]!.gstin);
    const date = interStateInvoice(docNo, t.services.now()).DocDtls.Dt;
    return client.getIrnByDocument('INV', docNo, date).then(
      (a) => a.data.Irn,
      () => null,
    );
  }

  /** A client of the sandbox's first API user that bypasses the app: another tool, or the portal. */
  function directClient(): IrpClient {
    return new IrpClient({
      endpoint: {
        environment: 'custom',
        baseUrl: t.h.sandbox.url,
        encryptionPublicKeyPem: t.h.sandbox.encryptionPublicKeyPem,
      },
      credentials: t.h.sandbox.apiUsers[0]!,
    });
  }

  function ledgerState(id: number) {
    const invoice = t.services.ledger.invoices.require(id);
    const irn = t.services.ledger.irns.getByInvoice(id);
    const entries = t.services.ledger.outbox.list({ invoiceId: id });
    return { status: invoice.status, irn, entries };
  }

  it('generates, verifies both signatures and stores everything with the status', async () => {
    t = await startInvoiceHarness();
    const id = t.importInvoice('OBX/1');
    const view = await t.services.invoices.generate(id);
    expect(view.status).toBe('generated');
    expect(view.irn).toMatchObject({ status: 'ACT', signatureStatus: 'verified', source: 'generated' });
    expect(view.irn?.ackNo).toMatch(/^\d{15}$/);
    expect(view.signedQrData).toMatchObject({ DocNo: 'OBX/1', SellerGstin: '29AAGCV4521M1ZW' });
    expect(view.cancelBlockedReason).toBeNull();
    expect(await irpIrnFor('OBX/1')).toBe(view.irn?.irn);
    const [entry] = ledgerState(id).entries;
    expect(entry).toMatchObject({ state: 'done', attempts: 1 });
    // The INV-01's text is written once (request-text.ts) for the model, the outbox and the call:
    // all three agree, and the hash ties the intent to the audited call.
    const model = t.services.ledger.invoices.require(id).model as { importedInv01: unknown };
    const text = JSON.stringify(model.importedInv01);
    expect(entry!.requestHash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(entry!.payload).toMatchObject({ inv01: model.importedInv01, docNo: 'OBX/1', docType: 'INV' });
    const calls = t.services.ledger.audit.list({}).filter((a) => a.action === 'irp-generate-irn');
    expect(calls.map((a) => a.requestHash)).toEqual([entry!.requestHash]);
  });

  it.each([
    ['before the call', 'beforeSend' as const, 'retry-later'],
    ['after the answer, before the ledger write', 'afterAnswer' as const, 'unknown'],
    ['during the ledger write', 'duringWrite' as const, 'unknown'],
  ])('recovers a crash %s with exactly one IRN', async (_label, point, firstOutcome) => {
    const hooks = crashOnce(point);
    t = await startInvoiceHarness(hooks);
    const id = t.importInvoice(`OBX/${point}`);
    const first = await t.services.invoices.generate(id);
    expect(hooks.fired).toBe(true);
    expect(first.result?.outcome).toBe(firstOutcome);
    expect(first.status).toBe('pending');
    expect(t.services.ledger.irns.getByInvoice(id)).toBeNull();

    // The next run drains the queue: it asks the IRP first, then adopts or sends.
    await t.services.outbox.drain({ only: ledgerState(id).entries.map((e) => e.id) });
    const after = ledgerState(id);
    expect(after.status).toBe('generated');
    expect(after.irn?.irn).toBe(await irpIrnFor(`OBX/${point}`));
    expect(after.irn?.source).toBe(point === 'beforeSend' ? 'generated' : 'reconciled');
    expect(after.entries).toHaveLength(1);
    expect(t.services.ledger.outbox.attempts(after.entries[0]!.id).length).toBe(2);
  });

  it('adopts the IRN when the IRP committed but the connection was cut before the answer', async () => {
    t = await startInvoiceHarness();
    const id = t.importInvoice('OBX/DROP');
    await t.services.registry.client(t.h.sandbox.apiUsers[0]!.gstin).then((c) => c.ensureSession());
    await t.h.faults({ dropResponses: 1, paths: ['/eicore/v1.03/Invoice'] });
    const first = await t.services.invoices.generate(id);
    expect(first.result?.outcome).toBe('unknown');
    expect(first.outbox?.state).toBe('unknown');
    await t.h.faults({});
    await t.services.outbox.drain({ only: first.outbox ? ledgerState(id).entries.map((e) => e.id) : [] });
    const after = ledgerState(id);
    expect(after.status).toBe('generated');
    expect(after.irn).toMatchObject({ source: 'reconciled', signatureStatus: 'verified' });
    expect(after.irn?.irn).toBe(await irpIrnFor('OBX/DROP'));
  });

  it('recovers a run that died mid-request (left in flight) by asking the IRP first', async () => {
    t = await startInvoiceHarness();
    const id = t.importInvoice('OBX/DIED');
    const { entryId } = t.services.invoices.enqueueGenerate(id);
    const claimed = t.services.ledger.outbox.claimById(entryId!);
    // The dying run had sent it: the IRP registered the document, the answer never came back.
    const client = await t.services.registry.client(t.h.sandbox.apiUsers[0]!.gstin);
    await client.generateIrn((claimed!.payload as { inv01: unknown }).inv01);

    expect(t.services.ledger.outbox.recoverInFlight()).toBe(1);
    await t.services.outbox.drain();
    const after = ledgerState(id);
    expect(after.status).toBe('generated');
    expect(after.irn?.source).toBe('reconciled');
  });

  it('leaves a request another process may be sending alone until its lease runs out', async () => {
    t = await startInvoiceHarness();
    const id = t.importInvoice('OBX/LEASE');
    const { entryId } = t.services.invoices.enqueueGenerate(id);
    t.services.ledger.outbox.claimById(entryId!); // claimed by "the other process", which then dies
    expect(t.services.outbox.recoverAbandoned()).toBe(0);
    expect((await t.services.outbox.drain()).processed).toBe(0);
    expect(ledgerState(id).entries[0]).toMatchObject({ state: 'in-flight' });

    await t.advanceMinutes(11);
    expect(t.services.outbox.recoverAbandoned()).toBe(1);
    await t.services.outbox.drain();
    // Asked about first (the IRP had nothing), then sent: one IRN, generated.
    const after = ledgerState(id);
    expect(after.status).toBe('generated');
    expect(after.irn?.source).toBe('generated');
    expect(await irpIrnFor('OBX/LEASE')).toBe(after.irn?.irn);
  });

  it('after a crash, takes back at once what the ended process had in flight, and reconciles it', async () => {
    t = await startInvoiceHarness();
    const id = t.importInvoice('OBX/CRASHED');
    const { entryId } = t.services.invoices.enqueueGenerate(id);
    // Another process (here: one that has already exited) claimed it on the same ledger and died.
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    const other = await openLedger({ file: path.join(t.dataDir, LEDGER_FILE), processId: ended });
    other.outbox.claimById(entryId!);
    other.close();
    expect(processIsAlive(ended)).toBe(false);
    expect(processIsAlive(process.pid)).toBe(true);

    expect(t.services.outbox.recoverAbandoned()).toBe(1);
    await t.services.outbox.drain();
    expect(ledgerState(id).status).toBe('generated');
  });

  it('keeps the invoice pending while the IRP is down and generates it once the IRP is back', async () => {
    t = await startInvoiceHarness();
    const id = t.importInvoice('OBX/DOWN');
    await t.h.faults({ down: true, paths: ['/eicore'] });
    const first = await t.services.invoices.generate(id);
    expect(first.status).toBe('pending');
    expect(first.outbox).toMatchObject({ state: 'unknown' });
    await t.h.faults({});
    // Before the retry is due nothing is sent; when it is, the IRP is asked, then the invoice sent.
    expect((await t.services.outbox.drain()).processed).toBe(0);
    await t.advanceMinutes(1);
    await t.services.outbox.drain();
    expect(ledgerState(id).status).toBe('generated');
  });

  it('adopts a duplicate (2150) only when the signed copy is this very document', async () => {
    t = await startInvoiceHarness();
    const direct = directClient();
    // Registered elsewhere (another tool, the portal): once with the same content, once different.
    await direct.generateIrn(interStateInvoice('OBX/SAME', t.services.now()));
    await direct.generateIrn(interStateInvoice('OBX/DIFF', t.services.now(), 7));

    const same = await t.services.invoices.generate(t.importInvoice('OBX/SAME'));
    expect(same.status).toBe('generated');
    expect(same.irn?.source).toBe('reconciled');

    const diffId = t.importInvoice('OBX/DIFF');
    const diff = await t.services.invoices.generate(diffId);
    // Handed back to the user to decide (see the renumbering test below).
    expect(diff.status).toBe('failed');
    expect(diff.outbox).toMatchObject({ state: 'needs-attention', lastErrorCode: 'DIFFERENT_DOCUMENT' });
    expect(diff.outbox?.lastErrorMessage).toContain('invoice total');
    expect(t.services.ledger.irns.getByInvoice(diffId)).toBeNull();
  });

  it('fails a refused invoice with the IRP codes and never retries it blindly', async () => {
    t = await startInvoiceHarness();
    const user = t.h.sandbox.apiUsers[0]!;
    const json = interStateInvoice('OBX/SEZ', t.services.now());
    // An SEZ buyer on a B2B supply passes offline checks but the IRP's master refuses it (2246).
    json.BuyerDtls = {
      ...json.BuyerDtls,
      Gstin: '29AAHCE2219B1Z0',
      Pos: '29',
      Stcd: '29',
      Pin: 560100,
      Loc: 'Bengaluru',
    };
    json.ItemList[0] = { ...json.ItemList[0]!, IgstAmt: 0, CgstAmt: 625, SgstAmt: 625 } as never;
    json.ValDtls = { ...json.ValDtls, IgstVal: 0, CgstVal: 625, SgstVal: 625 } as never;
    const id = t.services.invoices.importInv01(json as never, user.gstin).id;
    const view = await t.services.invoices.generate(id);
    expect(view.status).toBe('failed');
    expect(view.outbox).toMatchObject({ state: 'failed' });
    expect(view.findings[0]?.message).toMatch(/SEZ/);
    expect((await t.services.outbox.drain()).processed).toBe(0);
  });

  it('syncs the buyer from the common portal once on 3029 and then generates', async () => {
    t = await startInvoiceHarness();
    const user = t.h.sandbox.apiUsers[0]!;
    const json = interStateInvoice('OBX/SYNC', t.services.now());
    // Periyar Spices: inactive in the IRP's master, active at the common portal.
    json.BuyerDtls = {
      ...json.BuyerDtls,
      Gstin: '32AAJFP3305C1ZV',
      LglNm: 'Periyar Spices',
      Pos: '32',
      Stcd: '32',
      Pin: 682002,
      Loc: 'Kochi',
    };
    const id = t.services.invoices.importInv01(json as never, user.gstin).id;
    const view = await t.services.invoices.generate(id);
    expect(view.status).toBe('generated');
    const codes = t.services.ledger.audit
      .list({ gstin: user.gstin })
      .map((a) => `${a.action}:${a.errorCodes.join(',')}`);
    expect(codes).toEqual(
      expect.arrayContaining(['irp-generate-irn:3029', 'irp-sync-gstin:', 'irp-generate-irn:']),
    );
  });

  it('records an IRN found already cancelled at the IRP as cancelled, never as active', async () => {
    t = await startInvoiceHarness();
    const direct = directClient();
    // Registered and cancelled elsewhere (the portal, the ERP), then generated from the desk.
    const elsewhere = await direct.generateIrn(interStateInvoice('OBX/CNL1', t.services.now()));
    await direct.cancelIrn(elsewhere.data.Irn, '2', 'Wrong entry');
    const id = t.importInvoice('OBX/CNL1');
    const view = await t.services.invoices.generate(id);
    expect(view.status).toBe('cancelled');
    expect(view.irn).toMatchObject({ irn: elsewhere.data.Irn, status: 'CNL', source: 'reconciled' });
    expect(view.irn?.cancelRemark).toMatch(/already cancelled at the IRP/);
    const audit = t.services.ledger.audit.list({}).find((a) => a.action === 'irn-reconcile');
    expect(audit?.details).toMatchObject({ irn: elsewhere.data.Irn, irpStatus: 'CNL' });
  });

  it('hands an invoice whose number the IRP holds for another document back to the user, who can renumber and send it', async () => {
    t = await startInvoiceHarness();
    const direct = directClient();
    // Another document (a different total) already registered under this number elsewhere.
    await direct.generateIrn(interStateInvoice('OBX/DIFF1', t.services.now(), 7));
    const id = t.importInvoice('OBX/DIFF1');
    const asked = await t.services.invoices.generate(id);
    expect(asked.result?.outcome).toBe('needs-attention');
    expect(asked.status).toBe('failed');
    expect(asked.findings.map((f) => f.code)).toContain('DIFFERENT_DOCUMENT');
    // The user renumbers it and sends it again: the question is closed and a new request goes out.
    const edited = t.services.invoices.save({ id, invoice: { ...asked.invoice, docNo: 'OBX/DIFF1A' } });
    expect(edited.status).toBe('draft');
    const sent = await t.services.invoices.generate(id);
    expect(sent.status).toBe('generated');
    expect(ledgerState(id).entries.map((e) => e.state)).toEqual(['failed', 'done']);
  });

  it('keeps the distance the IRP worked out for an e-way bill made with the IRN at distance 0', async () => {
    t = await startInvoiceHarness();
    const json = interStateInvoice('OBX/EWB0', t.services.now()) as unknown as Inv01Invoice;
    json.EwbDtls = { Distance: 0, TransMode: '1', VehNo: 'KA01AB1234', VehType: 'R' };
    const { id } = t.services.invoices.importInv01(json, t.h.sandbox.apiUsers[0]!.gstin);
    const view = await t.services.invoices.generate(id);
    expect(view.status).toBe('generated');
    const [bill] = t.services.ledger.ewaybills.listByInvoice(id);
    expect(bill?.distanceKm).toBeGreaterThan(0);
  });

  it('drafts a credit note for an imported invoice with its discount and charges, at the same total', async () => {
    t = await startInvoiceHarness();
    const json = interStateInvoice('OBX/CN1', t.services.now(), 100) as unknown as Inv01Invoice;
    json.ValDtls.Discount = 100;
    json.ValDtls.OthChrg = 50;
    json.ValDtls.TotInvVal = json.ValDtls.AssVal + (json.ValDtls.IgstVal ?? 0) - 100 + 50;
    const { id } = t.services.invoices.importInv01(json, t.h.sandbox.apiUsers[0]!.gstin);
    const original = t.services.invoices.get(id);
    expect(original.computed.totals.totalInvoiceValue).toBe(Math.round(json.ValDtls.TotInvVal * 100));
    const credit = t.services.invoices.creditNoteFor(id);
    expect(credit.computed.totals).toMatchObject({
      discount: 10_000,
      otherCharges: 5_000,
      totalInvoiceValue: original.computed.totals.totalInvoiceValue,
    });
  });

  it('cancels within 24 hours, reconciles a lost cancel answer, and refuses after 24 hours', async () => {
    t = await startInvoiceHarness();
    const a = await t.services.invoices.generate(t.importInvoice('OBX/C1'));
    const b = await t.services.invoices.generate(t.importInvoice('OBX/C2'));
    const c = await t.services.invoices.generate(t.importInvoice('OBX/C3'));

    const cancelled = await t.services.invoices.cancel(a.id, '2', 'Wrong rate entered');
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.irn).toMatchObject({
      status: 'CNL',
      cancelReason: '2',
      cancelRemark: 'Wrong rate entered',
    });
    // The cancel intent's hash is the hash of the request as sent, as the audited call records it.
    const intent = ledgerState(a.id).entries.find((e) => e.kind === 'cancel-irn')!;
    const call = t.services.ledger.audit.list({}).find((e) => e.action === 'irp-cancel-irn')!;
    expect(intent.requestHash).toBe(call.requestHash);

    await t.h.faults({ dropResponses: 1, paths: ['/eicore/v1.03/Invoice/Cancel'] });
    const lost = await t.services.invoices.cancel(b.id, '1', 'Duplicate');
    expect(lost.result?.outcome).toBe('unknown');
    await t.h.faults({});
    await t.services.outbox.drain({
      only: ledgerState(b.id)
        .entries.filter((e) => e.kind === 'cancel-irn')
        .map((e) => e.id),
    });
    expect(ledgerState(b.id).status).toBe('cancelled');

    await t.advanceMinutes(24 * 60 + 1);
    const late = await t.services.invoices.cancel(c.id, '3', 'Order cancelled').catch((e: unknown) => e);
    expect(late).toMatchObject({ code: '2270' });
    expect((late as Error).message).toMatch(/24 hours.*credit note/);
    const credit = t.services.invoices.creditNoteFor(c.id);
    expect(credit.invoice.docType).toBe('CRN');
    expect(credit.invoice.references?.precedingDocuments).toEqual([
      { number: 'OBX/C3', date: c.invoice.docDate },
    ]);
    expect(credit.status).toBe('draft');
  });
});
