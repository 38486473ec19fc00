import type { InvoiceDetailView } from '../../shared/api/types';

/**
 * Why no e-way bill can be generated on this invoice now, in plain words; null when it can.
 * The same conditions the main process enforces, checked here so the button says why it is off.
 */
export function generateBlockedReason(view: InvoiceDetailView): string | null {
  if (view.invoice.docType !== 'INV')
    return 'E-way bills by IRN are made for invoices only, not credit or debit notes.';
  if (!view.irn || view.status !== 'generated')
    return view.status === 'cancelled' || view.irn?.status === 'CNL'
      ? 'The IRN is cancelled: no e-way bill can be made on it.'
      : 'Generate the IRN first: the e-way bill is made from it.';
  if (view.irn.status !== 'ACT') return 'The IRN is cancelled: no e-way bill can be made on it.';
  if (!view.invoice.lines.some((l) => !l.isService))
    return 'This invoice has services only: an e-way bill is for moving goods.';
  const active = view.ewayBills.find((e) => e.status === 'ACT');
  if (active) return `E-way bill ${active.ewbNo} is already active; cancel it first to make another.`;
  return null;
}
