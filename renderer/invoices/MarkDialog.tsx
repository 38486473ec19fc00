/**
 * Record work done on the e-invoice portal outside the app: an IRN generated there, or a
 * cancellation made there. The main process audits both and marks the IRN's source.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { InvoiceDetailView } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { fieldErrorOf } from '../masters/fieldErrors';
import { useNotify } from '../shell/Notifier';
import { CANCEL_REASONS } from './CancelDialog';

export function MarkDialog({
  view,
  action,
  onClose,
  onDone,
}: {
  view: InvoiceDetailView;
  action: 'generated' | 'cancelled';
  onClose: () => void;
  onDone: (view: InvoiceDetailView) => void;
}) {
  const api = useDesk();
  const notify = useNotify();
  const [irn, setIrn] = useState('');
  const [ackNo, setAckNo] = useState('');
  const [ackDt, setAckDt] = useState('');
  const [reason, setReason] = useState('2');
  const [remark, setRemark] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      const result = await api['irn-mark'](
        action === 'generated'
          ? { id: view.id, action, irn: irn.trim(), ackNo: ackNo.trim(), ackDt: ackDt.trim() }
          : { id: view.id, action, reason, remark: remark.trim() },
      );
      notify.success(
        action === 'generated' ? 'Recorded the IRN from the portal.' : 'Recorded the cancellation.',
      );
      onDone(result);
    } catch (error) {
      const field = fieldErrorOf(error);
      if (field) setErrors(field);
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };
  const err = (k: string) => ({ error: Boolean(errors[k]), helperText: errors[k] || ' ' });
  const title =
    action === 'generated' ? 'Mark as generated on the portal' : 'Mark as cancelled on the portal';

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="mark-title">
      <DialogTitle id="mark-title">{title}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          Only for work already done on the e-invoice portal. This is recorded in the audit log with your
          name; the app does not ask the IRP.
        </Alert>
        {action === 'generated' ? (
          <Stack spacing={1}>
            <TextField
              label="IRN (64 characters)"
              value={irn}
              onChange={(e) => setIrn(e.target.value)}
              size="small"
              {...err('irn')}
            />
            <TextField
              label="Ack No"
              value={ackNo}
              onChange={(e) => setAckNo(e.target.value)}
              size="small"
              {...err('ackNo')}
            />
            <TextField
              label="Ack date (yyyy-mm-dd hh:mm:ss, IST)"
              value={ackDt}
              onChange={(e) => setAckDt(e.target.value)}
              size="small"
              {...err('ackDt')}
            />
          </Stack>
        ) : (
          <Stack spacing={1}>
            <TextField
              select
              label="Reason given on the portal"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              size="small"
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              {...err('reason')}
            >
              {CANCEL_REASONS.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.code} · {r.label}
                </option>
              ))}
            </TextField>
            <TextField
              label="Remark"
              value={remark}
              onChange={(e) => setRemark(e.target.value)}
              size="small"
              {...err('remark')}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          Record
        </Button>
      </DialogActions>
    </Dialog>
  );
}
