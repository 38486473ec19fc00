import Chip from '@mui/material/Chip';
import type { DocType, InvoiceStatus } from '../../shared/api/types';

export const STATUS_LABELS: Record<
  InvoiceStatus,
  { label: string; color: 'default' | 'success' | 'warning' | 'error' | 'info' }
> = {
  draft: { label: 'Draft', color: 'default' },
  pending: { label: 'Pending', color: 'warning' },
  generated: { label: 'IRN generated', color: 'success' },
  failed: { label: 'Refused', color: 'error' },
  cancelled: { label: 'Cancelled', color: 'info' },
};

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  INV: 'Invoice',
  CRN: 'Credit note',
  DBN: 'Debit note',
};

export function StatusChip({ status }: { status: InvoiceStatus }) {
  return <Chip size="small" label={STATUS_LABELS[status].label} color={STATUS_LABELS[status].color} />;
}
