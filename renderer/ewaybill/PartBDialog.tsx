/**
 * Part-B of an e-way bill by IRN: how the goods travel. Fields are checked as they are typed
 * (vehicle format, transporter GSTIN check digit) and all at once on submit; a refusal from the
 * main process that names a field is shown next to that field. Enter submits, Esc closes.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import type { InvoiceDetailView } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';
import {
  checkPartB,
  emptyPartB,
  isPartBField,
  PART_B_FIELDS,
  toPartBInput,
  partBHint,
  transportDocRequired,
  transporterIdLiveMessage,
  vehicleNoLiveMessage,
  vehicleTypeApplies,
  type PartBDraft,
  type PartBErrors,
  type PartBField,
} from './partBModel';
import { TransportModeOptions, VehicleTypeOptions } from './PartBOptions';

export type EwbGenerated = InvoiceDetailView & { computedDistanceKm: number | null };

export function PartBDialog({
  invoice,
  onClose,
  onGenerated,
}: {
  invoice: InvoiceDetailView;
  onClose: () => void;
  onGenerated: (result: EwbGenerated) => void;
}) {
  const api = useDesk();
  const [draft, setDraft] = useState<PartBDraft>(emptyPartB);
  const [errors, setErrors] = useState<PartBErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const focusFirst = (errs: PartBErrors) => {
    const first = PART_B_FIELDS.find((f) => errs[f]);
    if (first) document.getElementById(`partb-${first}`)?.focus();
  };

  const change = (field: PartBField, value: string) => {
    setDraft((d) => {
      const next = { ...d, [field]: value } as PartBDraft;
      // Rail and air carry no vehicle type: a leftover ODC would be refused on a disabled field.
      if (field === 'mode' && (value === 'rail' || value === 'air')) next.vehicleType = 'regular';
      return next;
    });
    // A submitted error goes once the field is edited; the live checks below take over.
    setErrors((e) => {
      if (!e[field]) return e;
      const next = { ...e };
      delete next[field];
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local = checkPartB(draft, invoice.invoice.docDate, new Date());
    setErrors(local);
    setRefusal(null);
    if (Object.keys(local).length > 0) {
      focusFirst(local);
      return;
    }
    setBusy(true);
    try {
      const result = await api['ewb-generate']({ invoiceId: invoice.id, partB: toPartBInput(draft) });
      onGenerated(result);
    } catch (error) {
      const desk = asDeskError(error);
      if (isPartBField(desk.field)) {
        const errs = { [desk.field]: desk.message };
        setErrors(errs);
        focusFirst(errs);
      } else setRefusal(desk.message);
      setBusy(false);
    }
  };

  const liveVehicle = vehicleNoLiveMessage(draft.vehicleNo);
  const liveTransporter = transporterIdLiveMessage(draft.transporterId);
  const docRequired = transportDocRequired(draft.mode);
  const field = (name: PartBField, label: string) => {
    const error = errors[name];
    return {
      id: `partb-${name}`,
      name,
      label,
      value: draft[name],
      onChange: (e: { target: { value: string } }) => change(name, e.target.value),
      error: Boolean(error),
      helperText: error ?? partBHint(name, draft.mode),
      fullWidth: true,
      size: 'small' as const,
    };
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="partb-title">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="partb-title">
        <DialogTitle id="partb-title">Generate e-way bill for {invoice.invoice.docNo}</DialogTitle>
        <DialogContent>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                {...field('mode', 'Transport mode')}
                select
                autoFocus
                slotProps={{ select: { native: true } }}
              >
                <TransportModeOptions />
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                {...field('vehicleNo', 'Vehicle number')}
                value={draft.vehicleNo}
                onChange={(e) => change('vehicleNo', e.target.value.toUpperCase())}
                error={Boolean(errors.vehicleNo ?? liveVehicle)}
                helperText={errors.vehicleNo ?? liveVehicle ?? partBHint('vehicleNo', draft.mode)}
                slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                {...field('vehicleType', 'Vehicle type')}
                select
                disabled={!vehicleTypeApplies(draft.mode)}
                slotProps={{ select: { native: true } }}
              >
                <VehicleTypeOptions />
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <TextField
                {...field('transporterId', 'Transporter GSTIN')}
                onChange={(e) => change('transporterId', e.target.value.toUpperCase())}
                error={Boolean(errors.transporterId ?? liveTransporter)}
                helperText={errors.transporterId ?? liveTransporter ?? partBHint('transporterId', draft.mode)}
                slotProps={{ htmlInput: { maxLength: 15, spellCheck: false } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 7 }}>
              <TextField {...field('transporterName', 'Transporter name')} />
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <TextField {...field('transportDocNo', 'Transport document number')} required={docRequired} />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                {...field('transportDocDate', 'Transport document date')}
                required={docRequired}
                placeholder="dd/mm/yyyy"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 3 }}>
              <TextField
                {...field('distanceKm', 'Distance (km)')}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            </Grid>
          </Grid>
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
          <Button type="submit" variant="contained" disabled={busy}>
            Generate e-way bill
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
