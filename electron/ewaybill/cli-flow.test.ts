import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../cli/command';
import { ewbCancelCommand, ewbGenerateCommand } from '../cli/commands/ewb';
import { printCommand } from '../cli/commands/print';
import { captureIo } from '../cli/test-io';
import { startInvoiceHarness, type InvoiceHarness } from '../invoices/test-harness';
import { pdfText } from '../print/test-pdf';

// The whole path a script takes: IRN, print, e-way bill, cancel the e-way bill, cancel the IRN.
// The commands run in-process on the harness's data folder (the lead registers them in the CLI).
describe('einvoice-desk print / ewb generate / ewb cancel', () => {
  let harness: InvoiceHarness;
  let out: string;

  const run = async (command: Command, args: string[], options: Record<string, string | boolean>) => {
    const io = captureIo('', { EINVOICE_DESK_DATA: harness.dataDir });
    const code = await command.run({ args, options, json: true, io });
    return { code, json: JSON.parse(io.out()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    harness = await startInvoiceHarness();
    out = mkdtempSync(path.join(os.tmpdir(), 'cli-print-'));
  });
  afterAll(async () => {
    await harness.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('generates, prints, makes and cancels the e-way bill, then cancels the IRN', async () => {
    const id = harness.importInvoice('CLI/EWB/1');
    const view = await harness.services.invoices.generate(id);
    const irn = view.irn!.irn;

    const file = path.join(out, 'invoice.pdf');
    const printed = await run(printCommand, [irn], { out: file });
    expect(printed.code).toBe(0);
    expect(printed.json).toMatchObject({ irn, file });
    const text = pdfText(readFileSync(file));
    expect(text).toContain(irn);
    expect(text).toContain(view.irn!.ackNo);

    const made = await run(ewbGenerateCommand, [irn], { distance: '0', mode: 'road', vehicle: 'KA01AB1234' });
    expect(made.code).toBe(0);
    expect(made.json.ewbNo).toMatch(/^\d{12}$/);
    expect(made.json.ewbDate).toMatch(/^\d{4}-\d{2}-\d{2} /);
    expect(made.json.validTill).toMatch(/ 23:59:00$/);
    expect(made.json.distanceKm).toBeGreaterThan(0);

    expect((await run(printCommand, [irn], { out: file })).code).toBe(0);
    const reprint = pdfText(readFileSync(file));
    expect(reprint).toContain(String(made.json.ewbNo));

    const cancelled = await run(ewbCancelCommand, [String(made.json.ewbNo)], {
      reason: '3',
      remark: 'Wrong vehicle',
    });
    expect(cancelled.code).toBe(0);
    expect(cancelled.json).toMatchObject({ ewbNo: made.json.ewbNo, status: 'CNL' });

    const after = await harness.services.invoices.cancel(id, '2', 'Data entry mistake');
    expect(after.status).toBe('cancelled');
  });

  it('refuses a wrong vehicle number with the field named', async () => {
    const id = harness.importInvoice('CLI/EWB/2');
    const irn = (await harness.services.invoices.generate(id)).irn!.irn;
    const failure = await ewbGenerateCommand
      .run({
        args: [irn],
        options: { distance: '10', mode: 'road', vehicle: 'XYZ' },
        json: true,
        io: captureIo('', { EINVOICE_DESK_DATA: harness.dataDir }),
      })
      .catch((e: unknown) => e as Error & { field?: string });
    expect(failure).toMatchObject({ field: 'vehicleNo' });
  });
});
