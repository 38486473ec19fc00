import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/api';
import { parseIrpDateTime } from '../../shared/time/ist';
import { startInvoiceHarness, type InvoiceHarness } from '../invoices/test-harness';
import { EwayBillService, EwbErrorCode, ewbReasonForIrnReason } from './ewaybill-service';
import { ewbValidity } from './validity';

// E-way bills by IRN against a running sandbox whose clock and faults the test controls.
describe('EwayBillService', () => {
  let harness: InvoiceHarness;
  let ewb: EwayBillService;

  const generated = async (docNo: string) => {
    const id = harness.importInvoice(docNo);
    const view = await harness.services.invoices.generate(id);
    expect(view.status, JSON.stringify(view.findings)).toBe('generated');
    return id;
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as DeskError,
    );

  beforeAll(async () => {
    harness = await startInvoiceHarness();
    const { ledger, registry, now } = harness.services;
    ewb = new EwayBillService({ ledger, registry, now, actor: 'test' });
  });
  afterAll(() => harness.close());

  it('generates with distance 0 and keeps the distance the IRP worked out (EWBPPD)', async () => {
    const id = await generated('EWB/1');
    const result = await ewb.generate(id, { mode: 'road', distanceKm: 0, vehicleNo: 'ka 01 ab 1234' });
    expect(result.reconciled).toBe(false);
    expect(result.computedDistanceKm).toBeGreaterThan(500); // Bengaluru to Pune
    const saved = result.ewayBill;
    expect(saved).toMatchObject({ status: 'ACT', vehicleNo: 'KA01AB1234', transMode: '1', vehicleType: 'R' });
    expect(saved.ewbNo).toMatch(/^\d{12}$/);
    expect(saved.distanceKm).toBe(result.computedDistanceKm);
    // Validity: one day per started 200 km, ending at 23:59 IST.
    expect(saved.validTill).toMatch(/ 23:59:00$/);
    const validity = ewbValidity(saved, harness.services.now());
    expect(validity.expired).toBe(false);
    expect(validity.msLeft).toBeGreaterThan(24 * 3600_000);
    const audit = harness.services.ledger.audit.list({ action: 'ewb-generate' });
    expect(JSON.stringify(audit)).toContain(saved.ewbNo);
    // One e-way bill per IRN.
    const again = await refusal(ewb.generate(id, { mode: 'road', distanceKm: 0, vehicleNo: 'KA01AB1234' }));
    expect(again?.field).toBe('ewbNo');
  });

  it('checks Part-B field by field before asking the IRP', async () => {
    const id = await generated('EWB/2');
    const field = async (partB: Parameters<EwayBillService['generate']>[1]) =>
      (await refusal(ewb.generate(id, partB)))?.field;
    expect(await field({ mode: 'road', distanceKm: 100 })).toBe('vehicleNo');
    expect(await field({ mode: 'road', distanceKm: 100, vehicleNo: 'KA1234' })).toBe('vehicleNo');
    expect(await field({ mode: 'road', distanceKm: 4001, vehicleNo: 'KA01AB1234' })).toBe('distanceKm');
    expect(
      await field({
        mode: 'road',
        distanceKm: 100,
        vehicleNo: 'KA01AB1234',
        transporterId: '29AAGCV4521M1ZX',
      }),
    ).toBe('transporterId');
    expect(await field({ mode: 'rail', distanceKm: 100 })).toBe('transportDocNo');
    expect(
      await field({ mode: 'air', distanceKm: 100, transportDocNo: 'AWB/1', transportDocDate: '01/01/2999' }),
    ).toBe('transportDocDate');
    expect(await field({ distanceKm: 100 })).toBe('mode');
    expect(harness.services.ledger.ewaybills.listByInvoice(id)).toEqual([]);
    // A temporary registration and a transporter with a valid check digit pass.
    const ok = await ewb.generate(id, {
      mode: 'road',
      distanceKm: 0,
      vehicleNo: 'TR12345678',
      transporterId: '27AAKFS7310Q1ZK',
      transporterName: 'Sahyadri Roadways',
    });
    expect(ok.ewayBill).toMatchObject({ vehicleNo: 'TR12345678', transporterId: '27AAKFS7310Q1ZK' });
  });

  it('settles a lost answer by asking for the e-way bill of the IRN, without a second one', async () => {
    const id = await generated('EWB/3');
    await harness.h.faults({ dropResponses: 1, paths: ['/eiewb/v1.03/ewaybill'] });
    const result = await ewb.generate(id, { mode: 'road', distanceKm: 0, vehicleNo: 'MH12DE4321' });
    await harness.h.faults({});
    expect(result.reconciled).toBe(true);
    expect(result.ewayBill.status).toBe('ACT');
    const refreshed = await ewb.refresh(id);
    expect(refreshed?.ewbNo).toBe(result.ewayBill.ewbNo);
    expect(harness.services.ledger.ewaybills.listByInvoice(id)).toHaveLength(1);
  });

  it('adopts an e-way bill made elsewhere (4002) without recording the vehicle of this request on it', async () => {
    const id = await generated('EWB/4002');
    const irn = harness.services.ledger.irns.getByInvoice(id)!.irn;
    const client = await harness.services.registry.client(harness.h.sandbox.apiUsers[0]!.gstin);
    // Made on the portal or by another tool, with its own vehicle and distance.
    const elsewhere = await client.generateEwb({
      Irn: irn,
      Distance: 900,
      TransMode: '1',
      VehNo: 'KA01AB1111',
      VehType: 'R',
    });
    const result = await ewb.generate(id, { mode: 'road', distanceKm: 50, vehicleNo: 'MH12XY9999' });
    expect(result.reconciled).toBe(true);
    expect(String(result.ewayBill.ewbNo)).toBe(String(elsewhere.data.EwbNo));
    expect(result.ewayBill.vehicleNo).toBeNull();
    expect(result.ewayBill.distanceKm).not.toBe(50);
  });

  it('cancels within 24 hours with the e-way bill reasons, and validates reason and remark', async () => {
    const id = await generated('EWB/4');
    const { ewayBill } = await ewb.generate(id, { mode: 'road', distanceKm: 0, vehicleNo: 'KA05MN0001' });
    expect((await refusal(ewb.cancel(ewayBill.ewbNo, 5, 'x')))?.field).toBe('reason');
    expect((await refusal(ewb.cancel(ewayBill.ewbNo, 2, 'x'.repeat(51))))?.field).toBe('remark');
    const cancelled = await ewb.cancel(ewayBill.ewbNo, 2, 'Order cancelled by buyer');
    expect(cancelled).toMatchObject({
      status: 'CNL',
      cancelReason: '2',
      cancelRemark: 'Order cancelled by buyer',
    });
    expect((await refusal(ewb.cancel(ewayBill.ewbNo, 2, 'again')))?.message).toContain('already cancelled');
    // The IRP agrees.
    expect((await ewb.refresh(id))?.status).toBe('CNL');
  });

  it('cancelling an IRN with an active e-way bill cancels the e-way bill first', async () => {
    const id = await generated('EWB/5');
    const { ewayBill } = await ewb.generate(id, { mode: 'road', distanceKm: 0, vehicleNo: 'KA05MN0002' });
    const view = await harness.services.invoices.cancel(id, '3', 'Order cancelled');
    expect(view.status).toBe('cancelled');
    const after = harness.services.ledger.ewaybills.require(ewayBill.ewbNo);
    expect(after.status).toBe('CNL');
    // IRN reason 3 (order cancelled) is e-way bill reason 2.
    expect(after.cancelReason).toBe('2');
    expect(ewbReasonForIrnReason('2')).toBe(3);
    // The IRP itself refuses an IRN cancel while an e-way bill is active (2230): it went through.
    expect(view.irn!.status).toBe('CNL');
  });

  it('refuses to cancel after 24 hours', async () => {
    const id = await generated('EWB/6');
    const { ewayBill } = await ewb.generate(id, { mode: 'road', distanceKm: 0, vehicleNo: 'KA05MN0003' });
    await harness.advanceMinutes(24 * 60 + 1);
    const late = await refusal(ewb.cancel(ewayBill.ewbNo, 1, 'Duplicate'));
    expect(late).toBeInstanceOf(DeskError);
    expect(late?.field).toBe('ewbNo');
    expect(late?.message).toMatch(/within 24 hours/);
    expect(harness.services.ledger.ewaybills.require(ewayBill.ewbNo).status).toBe('ACT');
    const generatedAt = parseIrpDateTime(ewayBill.ewbDate)!;
    expect(harness.services.now().getTime() - generatedAt.getTime()).toBeGreaterThan(24 * 3600_000);
    expect(EwbErrorCode.NotDone).toBe('EWB_NOT_DONE');
  });
});
