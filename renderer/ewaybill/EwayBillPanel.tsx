/**
 * The e-way bills of one invoice: each with its live validity countdown, cancel (24 hours, the
 * e-way bill system's reasons) and Get e-way bill details; and Generate e-way bill with Part-B.
 * Mounted in the invoice details screen; every answer goes back through `onChange` so the screen
 * shows the same view the main process returned.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { EwayBillView, InvoiceDetailView } from '../../shared/api/types';
import { formatIstDateTime } from '../../shared/time/ist';
import { useDesk } from '../desk/DeskContext';
import { useNotify } from '../shell/Notifier';
import { generateBlockedReason } from './eligibility';
import { EwbCancelDialog } from './EwbCancelDialog';
import { PartBDialog, type EwbGenerated } from './PartBDialog';
import { useNow } from '../invoices/useNow';
import { parseEwbDateTime, validityText } from './validity';

export interface EwayBillPanelProps {
  invoice: InvoiceDetailView;
  /** The invoice as the main process returned it after a generate, cancel or refresh. */
  onChange: (view: InvoiceDetailView) => void;
}

/** IST `dd/mm/yyyy HH:mm`, or the text as sent when it cannot be read. */
function when(text: string | null): string {
  if (!text) return '—';
  const at = parseEwbDateTime(text) ?? (Number.isNaN(Date.parse(text)) ? null : new Date(text));
  return at ? formatIstDateTime(at) : text;
}

function transporter(e: EwayBillView): string {
  return [e.transporterName, e.transporterId].filter(Boolean).join(' · ') || '—';
}

export function EwayBillPanel({ invoice, onChange }: EwayBillPanelProps) {
  const api = useDesk();
  const notify = useNotify();
  const now = useNow();
  const [dialog, setDialog] = useState<{ kind: 'generate' } | { kind: 'cancel'; ewb: EwayBillView } | null>(
    null,
  );
  const [computedKm, setComputedKm] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const blocked = generateBlockedReason(invoice);
  const hasIrn = invoice.irn !== null;

  const refresh = async () => {
    setBusy(true);
    try {
      const view = await api['ewb-refresh']({ invoiceId: invoice.id });
      onChange(view);
      notify.success(
        view.ewayBills.length > 0
          ? 'E-way bill details read from the IRP.'
          : 'The IRP has no e-way bill for this IRN.',
      );
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  const generated = (result: EwbGenerated) => {
    setDialog(null);
    setComputedKm(result.computedDistanceKm);
    const { computedDistanceKm: _km, ...view } = result;
    onChange(view);
    const made = view.ewayBills.find((e) => e.status === 'ACT') ?? view.ewayBills[view.ewayBills.length - 1];
    notify.success(made ? `E-way bill ${made.ewbNo} generated.` : 'E-way bill generated.');
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ewb-panel-title">
      <Typography variant="h6" component="h2" id="ewb-panel-title" gutterBottom>
        E-way bill
      </Typography>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', mb: 1 }}>
        <Button
          variant="contained"
          disabled={blocked !== null || busy}
          onClick={() => setDialog({ kind: 'generate' })}
          aria-describedby={blocked ? 'ewb-generate-blocked' : undefined}
        >
          Generate e-way bill
        </Button>
        {hasIrn ? (
          <Button variant="outlined" disabled={busy} onClick={() => void refresh()}>
            Get e-way bill details
          </Button>
        ) : null}
      </Stack>
      {blocked && invoice.ewayBills.length === 0 ? (
        <Typography variant="body2" color="text.secondary" id="ewb-generate-blocked">
          {blocked}
        </Typography>
      ) : null}
      {computedKm !== null ? (
        <Alert severity="info" sx={{ my: 1 }} onClose={() => setComputedKm(null)}>
          The IRP computed {computedKm} km (PIN to PIN) for this e-way bill.
        </Alert>
      ) : null}
      {invoice.ewayBills.length > 0 ? (
        <Table size="small" aria-label="E-way bills">
          <TableHead>
            <TableRow>
              <TableCell>E-way bill no</TableCell>
              <TableCell>Date (IST)</TableCell>
              <TableCell>Valid till (IST)</TableCell>
              <TableCell>Validity</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Vehicle</TableCell>
              <TableCell>Transporter</TableCell>
              <TableCell align="right">Distance</TableCell>
              <TableCell>Actions</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {invoice.ewayBills.map((e) => {
              const active = e.status === 'ACT';
              return (
                <TableRow key={e.ewbNo}>
                  <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                    {e.ewbNo}
                  </TableCell>
                  <TableCell>{when(e.ewbDate)}</TableCell>
                  <TableCell>{e.validTill ? when(e.validTill) : '—'}</TableCell>
                  <TableCell aria-live="off">{active ? validityText(e.validTill, now) : '—'}</TableCell>
                  <TableCell>
                    {active ? 'Active' : `Cancelled${e.cancelledAt ? ` ${when(e.cancelledAt)}` : ''}`}
                  </TableCell>
                  <TableCell>{e.vehicleNo ?? '—'}</TableCell>
                  <TableCell>{transporter(e)}</TableCell>
                  <TableCell align="right">{e.distanceKm} km</TableCell>
                  <TableCell>
                    {active ? (
                      <Button
                        size="small"
                        color="error"
                        variant="outlined"
                        sx={{ whiteSpace: 'nowrap' }}
                        onClick={() => setDialog({ kind: 'cancel', ewb: e })}
                        aria-label={`Cancel e-way bill ${e.ewbNo}`}
                      >
                        Cancel e-way bill
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" sx={{ mt: 1 }}>
          No e-way bill on this invoice.
        </Typography>
      )}
      {dialog?.kind === 'generate' ? (
        <PartBDialog invoice={invoice} onClose={() => setDialog(null)} onGenerated={generated} />
      ) : null}
      {dialog?.kind === 'cancel' ? (
        <EwbCancelDialog
          invoice={invoice}
          ewayBill={dialog.ewb}
          onClose={() => setDialog(null)}
          onCancelled={(view) => {
            setDialog(null);
            onChange(view);
            notify.success(`E-way bill ${dialog.ewb.ewbNo} cancelled.`);
          }}
        />
      ) : null}
    </Paper>
  );
}
