/**
 * Cancel an e-way bill: one of the e-way bill system's four reasons and a remark of up to 50
 * characters, within 24 hours of its generation (the time left counts down here).
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { DeskError } from '../../shared/api/result';
import type { EwayBillView, InvoiceDetailView } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';
import { useNow } from '../invoices/useNow';
import { cancelDeadline, cancelTimeLeft } from './validity';

/** The e-way bill system's order, which is not the IRN's (there 2 is data entry, 3 order cancelled). */
export const EWB_CANCEL_REASONS = [
  { code: 1, label: 'Duplicate' },
  { code: 2, label: 'Order cancelled' },
  { code: 3, label: 'Data entry mistake' },
  { code: 4, label: 'Others' },
] as const;

export const EWB_REMARK_MAX = 50;

type Reason = 1 | 2 | 3 | 4;

export function EwbCancelDialog({
  invoice,
  ewayBill,
  onClose,
  onCancelled,
}: {
  invoice: InvoiceDetailView;
  ewayBill: EwayBillView;
  onClose: () => void;
  onCancelled: (view: InvoiceDetailView) => void;
}) {
  const api = useDesk();
  const now = useNow();
  const [reason, setReason] = useState<Reason | null>(null);
  const [remark, setRemark] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; remark?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deadline = cancelDeadline(ewayBill.ewbDate);
  const timeLeft = cancelTimeLeft(ewayBill.ewbDate, now);
  // An unreadable date leaves the decision to the main process, which knows when it was recorded.
  const windowOver = deadline !== null && timeLeft === null;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (windowOver || busy) return;
    const text = remark.trim();
    const local: typeof errors = {};
    if (reason === null) local.reason = 'Choose the reason for cancelling the e-way bill.';
    if (text.length < 1 || text.length > EWB_REMARK_MAX)
      local.remark = `Write a remark of 1 to ${EWB_REMARK_MAX} characters.`;
    setErrors(local);
    if (reason === null || Object.keys(local).length > 0) return;
    setBusy(true);
    setRefusal(null);
    try {
      const view = await api['ewb-cancel']({
        invoiceId: invoice.id,
        ewbNo: ewayBill.ewbNo,
        reason,
        remark: text,
      });
      onCancelled(view);
    } catch (error) {
      const desk = asDeskError(error);
      if (desk instanceof DeskError && (desk.field === 'reason' || desk.field === 'remark'))
        setErrors({ [desk.field]: desk.message });
      else setRefusal(desk.message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="ewb-cancel-title"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="ewb-cancel-title">Cancel e-way bill {ewayBill.ewbNo}</DialogTitle>
        <DialogContent>
          {windowOver ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              An e-way bill can be cancelled only within 24 hours of its generation, and that time has passed
              for {ewayBill.ewbNo}. Let it expire unused instead, or the recipient can reject it on the e-way
              bill portal.
            </Alert>
          ) : (
            <>
              <Typography sx={{ mb: 2 }} aria-live="polite">
                Time left to cancel: <strong>{timeLeft ?? 'unknown'}</strong>
              </Typography>
              <FormControl error={Boolean(errors.reason)} component="fieldset">
                <FormLabel component="legend">Reason (the e-way bill system’s list)</FormLabel>
                <FormHelperText sx={{ mx: 0 }}>
                  These numbers are not the IRN’s: for an IRN, 2 is a data entry mistake and 3 an order
                  cancelled; here 2 is an order cancelled and 3 a data entry mistake.
                </FormHelperText>
                <RadioGroup
                  value={reason === null ? '' : String(reason)}
                  onChange={(e) => setReason(Number(e.target.value) as Reason)}
                >
                  {EWB_CANCEL_REASONS.map((r) => (
                    <FormControlLabel
                      key={r.code}
                      value={String(r.code)}
                      control={<Radio />}
                      label={`${r.code} · ${r.label}`}
                    />
                  ))}
                </RadioGroup>
                {errors.reason ? <FormHelperText sx={{ mx: 0 }}>{errors.reason}</FormHelperText> : null}
              </FormControl>
              <TextField
                label="Remark"
                value={remark}
                onChange={(e) => setRemark(e.target.value)}
                fullWidth
                size="small"
                sx={{ mt: 2 }}
                error={Boolean(errors.remark)}
                helperText={errors.remark ?? `${remark.trim().length}/${EWB_REMARK_MAX} characters`}
                slotProps={{ htmlInput: { maxLength: EWB_REMARK_MAX } }}
              />
            </>
          )}
          {refusal ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {refusal}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Close
          </Button>
          {windowOver ? null : (
            <Button type="submit" variant="contained" color="error" disabled={busy}>
              Cancel e-way bill
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
