/** A generated invoice's detail view for the e-way bill tests (no React, no fake API). */
import type { EwayBillView, InvoiceDetailView } from '../../shared/api/types';
import { sampleInvoiceInput, sampleLine } from '../../shared/invoice/fixtures';
import { buildInvoice } from '../../shared/tax';

/** Monday 16 June 2025, 10:30 IST, the same instant the e2e tests pin. */
export const NOW = new Date('2025-06-16T10:30:00+05:30');

export function generatedView(overrides: Partial<InvoiceDetailView> = {}): InvoiceDetailView {
  const invoice = sampleInvoiceInput('16/06/2025');
  return {
    id: 41,
    status: 'generated',
    partyId: 7,
    invoice,
    computed: buildInvoice(invoice),
    findings: [],
    irn: {
      irn: 'b'.repeat(64),
      ackNo: '112510000000041',
      ackDt: '2025-06-16 10:00:00',
      ackAt: '2025-06-16T04:30:00.000Z',
      status: 'ACT',
      signedInvoice: null,
      signedQrCode: null,
      signatureStatus: 'verified',
      source: 'generated',
      cancelledAt: null,
      cancelReason: null,
      cancelRemark: null,
    },
    signedInvoiceData: null,
    signedQrData: null,
    outbox: null,
    cancelDeadline: '2025-06-17T04:30:00.000Z',
    cancelBlockedReason: null,
    isSandbox: true,
    amountInWords: '',
    ewayBills: [],
    ...overrides,
  };
}

export function servicesOnlyView(): InvoiceDetailView {
  const invoice = sampleInvoiceInput('16/06/2025', {
    lines: [sampleLine('1', { isService: true, hsn: '998314', quantity: undefined, unit: undefined })],
  });
  return generatedView({ invoice, computed: buildInvoice(invoice) });
}

export function ewayBill(overrides: Partial<EwayBillView> = {}): EwayBillView {
  return {
    ewbNo: '131000000041',
    ewbDate: '2025-06-16 06:30:00',
    validTill: '2025-06-17 23:59:00',
    status: 'ACT',
    distanceKm: 840,
    vehicleNo: 'KA01AB1234',
    transporterId: null,
    transporterName: null,
    cancelledAt: null,
    ...overrides,
  };
}
