/**
 * `einvoice-desk print <irn> --out <file.pdf>`: the e-invoice as a PDF, after its signed QR code
 * has been verified against the IRP's certificate and the ledger. A QR code that fails the check
 * is not printed (exit 2 with the reason).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError, writeJson, type Command } from '../command';
import { withServices } from '../services';

export const printCommand: Command = {
  name: ['print'],
  summary: 'Print an e-invoice (with its verified signed QR code) to a PDF file',
  usage: 'print <irn> --out <file.pdf>',
  valueOptions: ['out'],
  async run(ctx) {
    const irn = ctx.args[0]?.trim().toLowerCase();
    if (!irn) throw new CliError('Name the IRN: einvoice-desk print <irn> --out <file.pdf>');
    const out = typeof ctx.options.out === 'string' ? ctx.options.out : '';
    if (!out) throw new CliError('Say where to save the PDF: --out <file.pdf>');
    const printed = await withServices(ctx.io, async (services) => {
      const record = services.ledger.irns.getByIrn(irn);
      if (!record) throw new CliError(`IRN ${irn} is not in this ledger.`);
      return services.print.printInvoice(record.invoiceId);
    });
    const file = path.resolve(out);
    writeFileSync(file, printed.pdf);
    if (ctx.json) writeJson(ctx.io, { irn, file, bytes: printed.pdf.length });
    else ctx.io.stdout.write(`Saved ${printed.fileName} as ${file} (${printed.pdf.length} bytes).\n`);
    return 0;
  },
};
