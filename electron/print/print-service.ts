/**
 * Printing e-invoices from the ledger: each invoice's signed QR code is verified (signature and
 * claims) before anything is drawn, so a tampered or mismatched QR code never reaches paper.
 */
import { DeskError, LocalErrorCode, type InvoiceDetailView } from '../../shared/api';
import type { IrpRegistry } from '../gstin/registry';
import type { Ledger } from '../ledger';
import { toPrintable, type PrintableInvoice } from './printable';
import { renderInvoicePdf, renderInvoicesPdf } from './render';
import { verifySignedQr } from './verify';

export interface PrintServiceDeps {
  ledger: Ledger;
  registry: Pick<IrpRegistry, 'client'>;
  /** The invoice service's detail view (`InvoiceService.get`). */
  invoices: { get(id: number): InvoiceDetailView };
  /** The Electron bundle's fonts folder; source runs find `resources/fonts` themselves. */
  fontsDir?: string;
}

export interface PrintedInvoice {
  fileName: string;
  pdf: Buffer;
}

/** `verified` after each invoice's check, `rendered` once the PDF is drawn. */
export type PrintProgress = (done: number, total: number, phase: 'verified' | 'rendered') => void;

/** `INV-SINV-2025-001.pdf`: the document type and number with path-unsafe characters replaced. */
export function pdfFileName(docType: string, docNo: string): string {
  return `${docType}-${docNo.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
}

export class PrintService {
  constructor(private readonly deps: PrintServiceDeps) {}

  /** The verified printable form of one invoice; throws a DeskError naming why it cannot print. */
  async prepare(invoiceId: number): Promise<PrintableInvoice> {
    const invoice = this.deps.ledger.invoices.require(invoiceId);
    const irn = this.deps.ledger.irns.getByInvoice(invoiceId);
    if (!irn) {
      throw new DeskError(
        LocalErrorCode.Conflict,
        `Invoice ${invoice.docNo} has no IRN yet: generate it before printing the e-invoice.`,
        'irn',
      );
    }
    const client = await this.deps.registry.client(invoice.businessGstin);
    verifySignedQr(irn.signedQrCode, client.endpoint.signingCertPem, {
      irn: irn.irn,
      sellerGstin: invoice.businessGstin,
      buyerGstin: invoice.buyerGstin,
      docNo: invoice.docNo,
      docType: invoice.docType,
      docDate: invoice.docDate,
      totalPaise: invoice.totals.totalPaise,
      itemCount: invoice.lines.length,
    });
    const view = this.deps.invoices.get(invoiceId);
    return toPrintable(view, this.deps.ledger.ewaybills.listByInvoice(invoiceId));
  }

  async printInvoice(invoiceId: number): Promise<PrintedInvoice> {
    const printable = await this.prepare(invoiceId);
    const pdf = await renderInvoicePdf(printable, this.options());
    return { fileName: pdfFileName(printable.docType, printable.docNo), pdf };
  }

  /**
   * Several invoices in one PDF, in the order given. Every one is verified first; one that fails
   * stops the batch with its document number in the message, so nothing half-checked is printed.
   */
  async printMany(invoiceIds: number[], onProgress: PrintProgress = () => {}): Promise<Buffer> {
    if (invoiceIds.length === 0)
      throw new DeskError(LocalErrorCode.BadRequest, 'Choose at least one invoice to print.', 'ids');
    const total = invoiceIds.length;
    const printables: PrintableInvoice[] = [];
    for (const id of invoiceIds) {
      try {
        printables.push(await this.prepare(id));
      } catch (error) {
        if (!(error instanceof DeskError)) throw error;
        const docNo = this.deps.ledger.invoices.get(id)?.docNo ?? `#${id}`;
        throw new DeskError(error.code, `Invoice ${docNo}: ${error.message}`, error.field);
      }
      onProgress(printables.length, total, 'verified');
    }
    const pdf = await renderInvoicesPdf(printables, this.options());
    onProgress(total, total, 'rendered');
    return pdf;
  }

  private options() {
    return this.deps.fontsDir ? { fontsDir: this.deps.fontsDir } : {};
  }
}
