/**
 * `einvoice-desk ewb generate|cancel`: e-way bills by IRN for scripts, through the same service
 * (and the same Part-B checks and lost-answer reconciliation) as the app.
 */
import type { AppServices } from '../../app/services';
import type { EwayBillService } from '../../ewaybill/ewaybill-service';
import { parseTransportMode, type PartBInput } from '../../ewaybill/part-b';
import { CliError, writeJson, type Command, type CommandContext } from '../command';
import { withServices } from '../services';

function ewayBills(services: AppServices): EwayBillService {
  return services.ewaybills;
}

function text(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export const ewbGenerateCommand: Command = {
  name: ['ewb', 'generate'],
  summary: 'Generate an e-way bill for an IRN (distance 0 lets the IRP work it out)',
  usage:
    'ewb generate <irn> --distance <km> --mode <road|rail|air|ship> [--vehicle <no>] [--odc] [--transporter <gstin>] [--transporter-name <name>] [--doc-no <n> --doc-date <dd/mm/yyyy>]',
  valueOptions: ['distance', 'mode', 'vehicle', 'transporter', 'transporter-name', 'doc-no', 'doc-date'],
  async run(ctx) {
    const irn = ctx.args[0]?.trim().toLowerCase();
    if (!irn) throw new CliError(`Name the IRN: einvoice-desk ${this.usage}`);
    const distanceText = text(ctx, 'distance');
    if (distanceText === undefined || !/^\d+$/.test(distanceText))
      throw new CliError(
        'Give the distance in whole kilometres: --distance <km> (0 lets the IRP work it out).',
      );
    const mode = text(ctx, 'mode');
    const vehicleNo = text(ctx, 'vehicle');
    const transporterId = text(ctx, 'transporter');
    const transporterName = text(ctx, 'transporter-name');
    const transportDocNo = text(ctx, 'doc-no');
    const transportDocDate = text(ctx, 'doc-date');
    const partB: PartBInput = {
      distanceKm: Number(distanceText),
      ...(mode ? { mode: parseTransportMode(mode) } : {}),
      ...(vehicleNo ? { vehicleNo } : {}),
      ...(ctx.options.odc === true ? { vehicleType: 'odc' as const } : {}),
      ...(transporterId ? { transporterId } : {}),
      ...(transporterName ? { transporterName } : {}),
      ...(transportDocNo ? { transportDocNo } : {}),
      ...(transportDocDate ? { transportDocDate } : {}),
    };
    const result = await withServices(ctx.io, async (services) => {
      const record = services.ledger.irns.getByIrn(irn);
      if (!record) throw new CliError(`IRN ${irn} is not in this ledger.`);
      return ewayBills(services).generate(record.invoiceId, partB);
    });
    const e = result.ewayBill;
    if (ctx.json) {
      writeJson(ctx.io, {
        ewbNo: e.ewbNo,
        ewbDate: e.ewbDate,
        validTill: e.validTill,
        distanceKm: e.distanceKm,
      });
    } else {
      const how = result.computedDistanceKm !== null ? ' (worked out by the IRP)' : '';
      ctx.io.stdout.write(
        `E-way bill ${e.ewbNo} generated ${e.ewbDate}, valid till ${e.validTill ?? '— (Part-A only)'}; distance ${e.distanceKm} km${how}.\n`,
      );
    }
    return 0;
  },
};

export const ewbCancelCommand: Command = {
  name: ['ewb', 'cancel'],
  summary:
    'Cancel an e-way bill within 24 hours (reason 1 duplicate, 2 order cancelled, 3 data entry mistake, 4 others)',
  usage: 'ewb cancel <ewbNo> --reason <1-4> --remark <text>',
  valueOptions: ['reason', 'remark'],
  async run(ctx) {
    const ewbNo = ctx.args[0]?.trim();
    if (!ewbNo) throw new CliError(`Name the e-way bill: einvoice-desk ${this.usage}`);
    const reason = Number(text(ctx, 'reason') ?? NaN);
    const remark = text(ctx, 'remark') ?? '';
    const cancelled = await withServices(ctx.io, (services) =>
      ewayBills(services).cancel(ewbNo, reason, remark),
    );
    if (ctx.json) {
      writeJson(ctx.io, {
        ewbNo: cancelled.ewbNo,
        status: cancelled.status,
        cancelledAt: cancelled.cancelledAt,
      });
    } else {
      ctx.io.stdout.write(`E-way bill ${cancelled.ewbNo} cancelled.\n`);
    }
    return 0;
  },
};
