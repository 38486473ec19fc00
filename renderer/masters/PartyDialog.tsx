/**
 * Create or edit a party. For a registered party, Get GSTIN details reads the IRP's record
 * into the form (name, address, state, PIN) and shows its warnings: cancelled, inactive,
 * blocked. Errors from the main process are put beside the field they name.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { PartyDraft, PartyKind, PartySaveInput, PartyView } from '../../shared/api/masters';
import { STATES } from '../../shared/masters/states';
import { useDesk } from '../desk/DeskContext';
import { useNotify } from '../shell/Notifier';
import { fieldErrorOf } from './fieldErrors';

interface Form {
  kind: PartyKind;
  gstin: string;
  legalName: string;
  tradeName: string;
  address1: string;
  address2: string;
  location: string;
  pin: string;
  stateCode: string;
  countryCode: string;
  phone: string;
  email: string;
  fetched: Pick<PartyDraft, 'status' | 'blockStatus' | 'fetchedAt'> | null;
}

function formOf(party: PartyView | null, gstinHint = ''): Form {
  return {
    kind: party?.kind ?? 'registered',
    gstin: party?.gstin ?? gstinHint,
    legalName: party?.legalName ?? '',
    tradeName: party?.tradeName ?? '',
    address1: party?.address1 ?? '',
    address2: party?.address2 ?? '',
    location: party?.location ?? '',
    pin: party?.pin !== null && party?.pin !== undefined ? String(party.pin) : '',
    stateCode: party?.stateCode ?? '',
    countryCode: party?.countryCode ?? 'IN',
    phone: party?.phone ?? '',
    email: party?.email ?? '',
    fetched: null,
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

function toInput(form: Form, id: number | undefined): PartySaveInput {
  const pin = form.pin.trim();
  return {
    ...(id !== undefined ? { id } : {}),
    kind: form.kind,
    gstin: form.kind === 'registered' ? form.gstin.trim().toUpperCase() : null,
    legalName: form.legalName.trim(),
    tradeName: orNull(form.tradeName),
    address1: orNull(form.address1),
    address2: orNull(form.address2),
    location: orNull(form.location),
    pin: pin && /^\d+$/.test(pin) ? Number(pin) : null,
    stateCode: form.kind === 'overseas' ? '96' : orNull(form.stateCode),
    countryCode: form.kind === 'overseas' ? form.countryCode.trim().toUpperCase() : 'IN',
    phone: orNull(form.phone),
    email: orNull(form.email),
    ...(form.kind === 'registered' && form.fetched ? form.fetched : {}),
  };
}

export function PartyDialog({
  open,
  party,
  gstinHint,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The party to edit; null to create one. */
  party: PartyView | null;
  /** A GSTIN typed elsewhere (the invoice's party box) to start from. */
  gstinHint?: string;
  onClose: () => void;
  onSaved: (party: PartyView) => void;
}) {
  const api = useDesk();
  const notify = useNotify();
  const [form, setForm] = useState<Form>(() => formOf(party, gstinHint));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState<string[]>(party?.warnings ?? []);
  const [busy, setBusy] = useState(false);
  const [existingId, setExistingId] = useState<number | undefined>(party?.id);

  const set = (key: keyof Form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setErrors((errs) => ({ ...errs, [key]: '' }));
  };
  const text = (key: keyof Form & string, label: string, props: { required?: boolean } = {}) => (
    <TextField
      label={label}
      value={form[key] as string}
      onChange={set(key)}
      error={Boolean(errors[key])}
      helperText={errors[key] || ' '}
      fullWidth
      size="small"
      required={props.required ?? false}
    />
  );

  const fetchDetails = async () => {
    setBusy(true);
    try {
      const draft = await api['party-fetch']({ gstin: form.gstin.trim().toUpperCase() });
      setForm((f) => ({
        ...f,
        gstin: draft.gstin,
        legalName: draft.legalName,
        tradeName: draft.tradeName ?? '',
        address1: draft.address1 ?? '',
        address2: draft.address2 ?? '',
        location: draft.location ?? '',
        pin: draft.pin !== null ? String(draft.pin) : '',
        stateCode: draft.stateCode,
        fetched: { status: draft.status, blockStatus: draft.blockStatus, fetchedAt: draft.fetchedAt },
      }));
      if (draft.existingId !== null && existingId === undefined) setExistingId(draft.existingId);
      setWarnings(draft.warnings);
      setErrors({});
    } catch (error) {
      const field = fieldErrorOf(error);
      if (field) setErrors(field);
      else notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      const saved = await api['party-save'](toInput(form, existingId));
      notify.success(`Saved ${saved.legalName}.`);
      onSaved(saved);
    } catch (error) {
      const field = fieldErrorOf(error);
      if (field) setErrors(field);
      notify.error(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="party-dialog-title">
      <DialogTitle id="party-dialog-title">{party ? `Edit ${party.legalName}` : 'New party'}</DialogTitle>
      <DialogContent>
        <form
          id="party-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <RadioGroup
            row
            aria-label="Kind of party"
            value={form.kind}
            onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value as PartyKind }))}
          >
            <FormControlLabel value="registered" control={<Radio />} label="Registered (has a GSTIN)" />
            <FormControlLabel value="unregistered" control={<Radio />} label="Unregistered" />
            <FormControlLabel value="overseas" control={<Radio />} label="Overseas" />
          </RadioGroup>
          {form.kind === 'registered' ? (
            <Stack direction="row" spacing={2} sx={{ mt: 1, alignItems: 'flex-start' }}>
              <TextField
                label="GSTIN"
                value={form.gstin}
                onChange={set('gstin')}
                error={Boolean(errors.gstin)}
                helperText={errors.gstin || '15 characters; Get GSTIN details fills the rest from the IRP'}
                size="small"
                sx={{ minWidth: 280 }}
                slotProps={{ htmlInput: { style: { textTransform: 'uppercase', fontFamily: 'monospace' } } }}
              />
              <Button
                variant="outlined"
                onClick={() => void fetchDetails()}
                disabled={busy || form.gstin.trim().length !== 15}
              >
                Get GSTIN details
              </Button>
            </Stack>
          ) : null}
          {warnings.length > 0 ? (
            <Stack spacing={1} sx={{ my: 1 }}>
              {warnings.map((w) => (
                <Alert key={w} severity="warning">
                  {w}
                </Alert>
              ))}
            </Stack>
          ) : null}
          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Grid size={{ xs: 12, sm: 6 }}>{text('legalName', 'Legal name', { required: true })}</Grid>
            <Grid size={{ xs: 12, sm: 6 }}>{text('tradeName', 'Trade name')}</Grid>
            <Grid size={{ xs: 12, sm: 6 }}>{text('address1', 'Address line 1', { required: true })}</Grid>
            <Grid size={{ xs: 12, sm: 6 }}>{text('address2', 'Address line 2')}</Grid>
            <Grid size={{ xs: 12, sm: 4 }}>{text('location', 'Location (city)', { required: true })}</Grid>
            <Grid size={{ xs: 12, sm: 3 }}>{text('pin', 'PIN')}</Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              {form.kind === 'overseas' ? (
                text('countryCode', 'Country code (US, AE, …)', { required: true })
              ) : (
                <TextField
                  select
                  label="State"
                  value={form.stateCode}
                  onChange={set('stateCode')}
                  error={Boolean(errors.stateCode)}
                  helperText={errors.stateCode || ' '}
                  fullWidth
                  size="small"
                  slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                >
                  <option value="">Choose…</option>
                  {STATES.filter((s) => s.usableAsStateCode && s.code !== '96').map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.code} · {s.name}
                    </option>
                  ))}
                </TextField>
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>{text('phone', 'Phone')}</Grid>
            <Grid size={{ xs: 12, sm: 6 }}>{text('email', 'Email')}</Grid>
          </Grid>
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="party-form" variant="contained" disabled={busy}>
          Save party
        </Button>
      </DialogActions>
    </Dialog>
  );
}
