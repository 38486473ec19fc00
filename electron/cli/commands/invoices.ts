/**
 * `einvoice-desk generate|retry|list|cancel`: the invoice life cycle for ERP integrators, over
 * the same services and outbox as the app. Running `generate` again on the same documents
 * registers nothing twice: it reports the IRNs they already have.
 */
import type { InvoiceRow, InvoiceStatus } from '../../../shared/api';
import type { Inv01Invoice } from '../../../shared/inv01';
import type { AppServices } from '../../app/services';
import { EntryFeed, type FeedItem } from '../../invoices/entry-feed';
import { DEFAULT_CONCURRENCY } from '../../invoices/outbox-runner';
import { MAX_CONCURRENT_CALLS } from '../../irp/transport';
import { CliError, writeJson, type Command, type CommandContext } from '../command';
import { withServices } from '../services';
import { readInvoices } from './validate';

interface ResultRow {
  docNo: string;
  docType: string;
  docDate: string;
  status: InvoiceStatus;
  irn: string | null;
  ackNo: string | null;
  ackDt: string | null;
  errors: Array<{ code: string; field: string; message: string }>;
}

/**
 * Invoices saved per transaction: small enough (a few milliseconds) that the answers which came
 * in meanwhile are taken between chunks and the IRP is never left without work; 10 measured
 * faster than 50 on a 10,000-invoice file.
 */
const SAVE_CHUNK = 10;

/**
 * How far saving may run ahead of sending, per call allowed at the IRP: entries written claimed
 * but not yet sent wait only a few rounds of calls. With a very slow IRP that can still pass half
 * the outbox's lease; such claims are renewed when they are taken to be sent (OutboxRunner).
 */
const BACKLOG_PER_CALL = 2;

const STATUSES: InvoiceStatus[] = ['draft', 'pending', 'generated', 'failed', 'cancelled'];

function rowFor(services: AppServices, id: number): ResultRow {
  const row = services.ledger.invoices.registerRow(id);
  if (!row) throw new CliError(`Invoice ${id} is no longer in the ledger.`, 1);
  return fromRegister(row, services);
}

/** The result line of one document; the outbox and the rules are consulted only when it has errors. */
function fromRegister(row: InvoiceRow, services: AppServices): ResultRow {
  const errors: ResultRow['errors'] = [];
  if (row.status === 'failed' || row.status === 'pending') {
    const entries = services.ledger.outbox.list({ invoiceId: row.id });
    const last = entries[entries.length - 1];
    if (last?.lastErrorMessage)
      errors.push({ code: last.lastErrorCode ?? 'IRP', field: '', message: last.lastErrorMessage });
    if (row.status === 'failed' && !last) {
      for (const f of services.invoices.findings(services.ledger.invoices.require(row.id))) {
        if (f.severity === 'error') errors.push({ code: f.code, field: f.field, message: f.message });
      }
    }
  }
  return {
    docNo: row.docNo,
    docType: row.docType,
    docDate: row.docDate,
    status: row.status,
    irn: row.irn,
    ackNo: row.ackNo,
    ackDt: row.ackDt,
    errors,
  };
}

function printRows(ctx: CommandContext, rows: ResultRow[]): void {
  if (ctx.json) {
    writeJson(ctx.io, rows);
    return;
  }
  for (const r of rows) {
    const tail = r.irn ? ` IRN ${r.irn} (Ack ${r.ackNo}, ${r.ackDt})` : '';
    ctx.io.stdout.write(`${r.docType} ${r.docNo} ${r.docDate}: ${r.status}${tail}\n`);
    for (const e of r.errors)
      ctx.io.stdout.write(`    ${e.code}${e.field ? ` ${e.field}` : ''}: ${e.message}\n`);
  }
}

function progressReporter(ctx: CommandContext, total: number) {
  let lastAt = 0;
  return (done: number) => {
    const now = Date.now();
    if (done === total || now - lastAt >= 1000) {
      lastAt = now;
      ctx.io.stderr.write(`Sent ${done} of ${total}…\n`);
    }
  };
}

function concurrency(ctx: CommandContext): number {
  const raw = ctx.options.concurrency;
  if (raw === undefined) return DEFAULT_CONCURRENCY;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENT_CALLS)
    throw new CliError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENT_CALLS}.`);
  return n;
}

export const generateCommand: Command = {
  name: ['generate'],
  summary: 'Save INV-01 invoices in the ledger and register them with the IRP',
  usage: 'generate <file.json> --gstin <g> [--concurrency <n>]',
  valueOptions: ['gstin', 'concurrency'],
  async run(ctx) {
    const file = ctx.args[0];
    if (!file) throw new CliError('Name the file: einvoice-desk generate <file.json> --gstin <g>');
    const gstin = typeof ctx.options.gstin === 'string' ? ctx.options.gstin.toUpperCase() : '';
    if (!gstin) throw new CliError('Give the seller GSTIN with --gstin.');
    const documents = (await readInvoices(file)) as Inv01Invoice[];
    const limit = concurrency(ctx);
    const rows = await withServices(ctx.io, async (services) => {
      if (!services.vault.has(gstin)) {
        throw new CliError(
          `GSTIN ${gstin} has no API access set up: add it with einvoice-desk gstin add, or in the app.`,
        );
      }
      const business = services.invoices.sellerFor(gstin);
      const ids: number[] = [];
      const feed = new EntryFeed();
      const report = ctx.json ? undefined : progressReporter(ctx, documents.length);
      // The file is saved in small chunks, each one transaction, and every chunk is sent as soon
      // as its intents are committed: the IRP works while the rest is still being saved, and
      // nothing is sent before its intent is in the ledger. Between chunks the event loop takes
      // the answers that came in, so saving never holds up the ones already sent for long.
      // Each intent is written already claimed by this run (one write, not two), so saving
      // stays at most BACKLOG_PER_CALL × concurrency entries ahead of sending, and a claim that
      // waited long is renewed before it is sent: one older than the outbox's lease would be
      // taken back by the app as abandoned.
      const saving = (async () => {
        try {
          for (let start = 0; start < documents.length; start += SAVE_CHUNK) {
            if (!(await feed.hasRoom(BACKLOG_PER_CALL * limit))) break;
            const queued = services.ledger.tx(() =>
              documents.slice(start, start + SAVE_CHUNK).flatMap((json, offset): FeedItem[] => {
                try {
                  const { id, invoice, seller } = services.invoices.importInv01(json, business);
                  ids.push(id);
                  const { entryId, claimed } = services.invoices.enqueueGenerate(
                    id,
                    { failInvalid: true, claim: true },
                    invoice,
                    seller,
                  );
                  return claimed ? [claimed] : entryId === null ? [] : [entryId];
                } catch (error) {
                  throw new CliError(
                    `Invoice ${start + offset + 1} could not be saved: ${(error as Error).message}` +
                      (start > 0 ? ` Invoices 1 to ${start} were saved and sent.` : ''),
                    1,
                  );
                }
              }),
            );
            feed.push(queued);
            await new Promise<void>((resolve) => setImmediate(resolve));
          }
        } finally {
          feed.close();
        }
      })();
      const sending = services.outbox.drain({
        only: feed,
        concurrency: limit,
        ...(report ? { onProgress: report } : {}),
      });
      // Whatever happens to the file, what was already sent is seen through before the ledger closes.
      const [saved] = await Promise.allSettled([saving, sending]);
      const { processed } = await sending;
      if (saved.status === 'rejected') throw saved.reason;
      if (report && processed < documents.length) {
        ctx.io.stderr.write(
          `Sent ${processed} of ${documents.length}; the others already had an IRN or failed the checks.\n`,
        );
      }
      return ids.map((id) => rowFor(services, id));
    });
    printRows(ctx, rows);
    return rows.some((r) => r.status === 'failed') ? 1 : 0;
  },
};

export const retryCommand: Command = {
  name: ['retry'],
  summary: 'Drain the queue: reconcile unknown outcomes with the IRP first, then send what is pending',
  usage: 'retry [--concurrency <n>]',
  valueOptions: ['concurrency'],
  async run(ctx) {
    const limit = concurrency(ctx);
    const summary = await withServices(ctx.io, async (services) => {
      // Only requests abandoned past the lease: the app may be sending the others right now.
      const recovered = services.outbox.recoverAbandoned();
      const due = services.ledger.outbox
        .list({ state: 'unknown', limit: 100_000 })
        .concat(services.ledger.outbox.list({ state: 'queued', limit: 100_000 }));
      const drained = await services.outbox.drain({ only: due.map((e) => e.id), concurrency: limit });
      const stillPending = services.ledger.invoices
        .list({ status: 'pending', limit: 100_000 })
        .rows.map((r) => fromRegister(r, services));
      return { recovered, ...drained, stillPending };
    });
    if (ctx.json) writeJson(ctx.io, summary);
    else {
      ctx.io.stdout.write(
        `Processed ${summary.processed}: ${summary.byOutcome.done} done, ${summary.byOutcome.failed} refused, ` +
          `${summary.byOutcome['needs-attention']} need attention, ${summary.byOutcome['retry-later'] + summary.byOutcome.unknown} still pending.\n`,
      );
    }
    return summary.byOutcome.failed + summary.byOutcome['needs-attention'] > 0 ? 1 : 0;
  },
};

export const listCommand: Command = {
  name: ['list'],
  summary: "List the ledger's documents (optionally one status)",
  usage: 'list [--status <draft|pending|generated|failed|cancelled>]',
  valueOptions: ['status'],
  async run(ctx) {
    const status = ctx.options.status;
    if (status !== undefined && !STATUSES.includes(status as InvoiceStatus)) {
      throw new CliError(`--status must be one of ${STATUSES.join(', ')}.`);
    }
    const rows = await withServices(ctx.io, async (services) =>
      services.ledger.invoices
        .listAll(status ? { status: status as InvoiceStatus } : {})
        .map((r) => fromRegister(r, services)),
    );
    printRows(ctx, rows);
    return 0;
  },
};

export const cancelCommand: Command = {
  name: ['cancel'],
  summary:
    'Cancel an IRN within 24 hours (reason 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others)',
  usage: 'cancel <irn> --reason <1-4> --remark <text>',
  valueOptions: ['reason', 'remark'],
  async run(ctx) {
    const irn = ctx.args[0]?.toLowerCase();
    if (!irn) throw new CliError('Name the IRN: einvoice-desk cancel <irn> --reason <1-4> --remark <text>');
    const reason = String(ctx.options.reason ?? '');
    const remark = typeof ctx.options.remark === 'string' ? ctx.options.remark : '';
    const row = await withServices(ctx.io, async (services) => {
      const record = services.ledger.irns.getByIrn(irn);
      if (!record) throw new CliError(`IRN ${irn} is not in this ledger.`);
      await services.invoices.cancel(record.invoiceId, reason, remark);
      return rowFor(services, record.invoiceId);
    });
    printRows(ctx, [row]);
    return row.status === 'cancelled' ? 0 : 1;
  },
};
