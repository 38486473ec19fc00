/**
 * Cancel an IRN: one of the IRP's four reasons and a remark, with the time left in the
 * 24-hour window counting down. Past the window (or when the IRP answers 2270) the rule is
 * explained and one click drafts a credit note instead.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DeskError } from '../../shared/api/result';
import type { InvoiceDetailView } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { useNotify } from '../shell/Notifier';
import { go, invoiceHref } from '../shell/routes';
import { timeLeftText } from './countdown';
import { useNow } from './useNow';

export const CANCEL_REASONS = [
  { code: '1', label: 'Duplicate' },
  { code: '2', label: 'Data entry mistake' },
  { code: '3', label: 'Order cancelled' },
  { code: '4', label: 'Others' },
] as const;

export const CANCEL_RULE =
  'The IRP lets you cancel an IRN only within 24 hours of its acknowledgement. After that the invoice stands, and you correct it with a credit note against it.';

export function CancelDialog({
  view,
  onClose,
  onCancelled,
}: {
  view: InvoiceDetailView;
  onClose: () => void;
  onCancelled: (view: InvoiceDetailView) => void;
}) {
  const api = useDesk();
  const notify = useNotify();
  const now = useNow();
  const [reason, setReason] = useState<'1' | '2' | '3' | '4' | ''>('');
  const [remark, setRemark] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(view.cancelBlockedReason);
  const [busy, setBusy] = useState(false);
  const windowOver =
    refusal !== null || (view.cancelDeadline !== null && Date.parse(view.cancelDeadline) <= now.getTime());

  const submit = async () => {
    const local: Record<string, string> = {};
    if (!reason) local.reason = 'Choose the reason for cancelling.';
    const text = remark.trim();
    if (text.length < 1 || text.length > 100) local.remark = 'Write a remark of 1 to 100 characters.';
    setErrors(local);
    if (Object.keys(local).length || !reason) return;
    setBusy(true);
    try {
      const result = await api['irn-cancel']({ id: view.id, reason, remark: text });
      notify.success(`IRN of ${result.invoice.docNo} cancelled.`);
      onCancelled(result);
    } catch (error) {
      if (error instanceof DeskError && error.code === '2270') setRefusal(error.message);
      else if (error instanceof DeskError && error.field && ['reason', 'remark'].includes(error.field))
        setErrors({ [error.field]: error.message });
      else notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  const draftCreditNote = async () => {
    setBusy(true);
    try {
      const note = await api['invoice-credit-note']({ id: view.id });
      notify.success(`Credit note ${note.invoice.docNo} drafted against ${view.invoice.docNo}.`);
      go(invoiceHref.edit(note.id));
    } catch (error) {
      notify.error(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="cancel-irn-title">
      <DialogTitle id="cancel-irn-title">Cancel the IRN of {view.invoice.docNo}</DialogTitle>
      <DialogContent>
        {windowOver ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {CANCEL_RULE}
            </Alert>
            {refusal ? <Typography sx={{ mb: 1 }}>{refusal}</Typography> : null}
          </>
        ) : (
          <>
            <Typography sx={{ mb: 2 }} aria-live="polite">
              Time left to cancel:{' '}
              <strong>{view.cancelDeadline ? timeLeftText(view.cancelDeadline, now) : 'unknown'}</strong>
            </Typography>
            <FormControl error={Boolean(errors.reason)} component="fieldset">
              <FormLabel component="legend">Reason</FormLabel>
              <RadioGroup value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
                {CANCEL_REASONS.map((r) => (
                  <FormControlLabel
                    key={r.code}
                    value={r.code}
                    control={<Radio />}
                    label={`${r.code} · ${r.label}`}
                  />
                ))}
              </RadioGroup>
              {errors.reason ? <Typography color="error">{errors.reason}</Typography> : null}
            </FormControl>
            <TextField
              label="Remark"
              value={remark}
              onChange={(e) => setRemark(e.target.value)}
              fullWidth
              size="small"
              sx={{ mt: 2 }}
              error={Boolean(errors.remark)}
              helperText={errors.remark || `${remark.trim().length}/100 characters`}
              slotProps={{ htmlInput: { maxLength: 100 } }}
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        {windowOver ? (
          view.invoice.docType === 'INV' ? (
            <Button variant="contained" onClick={() => void draftCreditNote()} disabled={busy}>
              Draft a credit note
            </Button>
          ) : null
        ) : (
          <Button variant="contained" color="error" onClick={() => void submit()} disabled={busy}>
            Cancel IRN
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
