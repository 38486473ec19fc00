/**
 * The editor's optional "E-way bill details (sent with the IRN)": folded until opened, with the
 * Part-B dialog's fields and checks. The vehicle number and transporter GSTIN are checked as they
 * are typed; everything else when the IRN is asked for. Enter moves on like the rest of the editor.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { TransportModeOptions, VehicleTypeOptions } from '../ewaybill/PartBOptions';
import {
  partBHint,
  transporterIdLiveMessage,
  vehicleNoLiveMessage,
  vehicleTypeApplies,
  type PartBDraft,
  type PartBErrors,
  type PartBField,
} from '../ewaybill/partBModel';
import { FIELD_ATTRIBUTE } from './editorKeys';
import { detailsFromDraft, ewbSummary } from './ewbDetailsModel';

export const EWB_SECTION_ID = 'ewb-details';

/** The editor's field id for a Part-B field (also the `DeskError.field` the main process names). */
export const ewbFieldId = (field: PartBField) => `ewayBill.${field}`;

export function EwbDetailsSection({
  draft,
  open,
  onToggle,
  onChange,
  onClear,
  errors,
  errorFor,
}: {
  draft: PartBDraft;
  open: boolean;
  onToggle: () => void;
  onChange: (field: PartBField, value: string) => void;
  onClear: () => void;
  /** From the checks made when the IRN was asked for. */
  errors: PartBErrors;
  /** Server and validator messages by editor field id. */
  errorFor: (id: string) => string | undefined;
}) {
  const live: PartBErrors = {};
  const vehicle = vehicleNoLiveMessage(draft.vehicleNo);
  if (vehicle) live.vehicleNo = vehicle;
  const transporter = transporterIdLiveMessage(draft.transporterId);
  if (transporter) live.transporterId = transporter;

  const field = (name: PartBField, label: string, extra: { select?: ReactNode } = {}) => {
    const message = errors[name] ?? live[name] ?? errorFor(ewbFieldId(name));
    // The choices get a blank line too, so every field in the grid is as tall.
    const helper = partBHint(name, draft.mode) ?? ' ';
    const upper = name === 'vehicleNo' || name === 'transporterId';
    return (
      <TextField
        label={label}
        size="small"
        fullWidth
        select={extra.select !== undefined}
        value={draft[name]}
        onChange={(e) => onChange(name, upper ? e.target.value.toUpperCase() : e.target.value)}
        error={Boolean(message)}
        helperText={message ?? helper}
        disabled={name === 'vehicleType' && !vehicleTypeApplies(draft.mode)}
        slotProps={{
          ...(extra.select !== undefined ? { select: { native: true }, inputLabel: { shrink: true } } : {}),
          htmlInput: {
            [FIELD_ATTRIBUTE]: ewbFieldId(name),
            ...(name === 'distanceKm' ? { inputMode: 'numeric' } : {}),
            ...(name === 'transporterId' ? { maxLength: 15, spellCheck: false } : {}),
          },
        }}
      >
        {extra.select}
      </TextField>
    );
  };

  return (
    <Box sx={{ mt: 1 }} component="section" aria-label="E-way bill details">
      <Button
        size="small"
        onClick={onToggle}
        aria-expanded={open}
        aria-controls={EWB_SECTION_ID}
        sx={{ textTransform: 'none' }}
      >
        {open ? '▾' : '▸'} E-way bill details (sent with the IRN)
      </Button>
      {open ? null : (
        <Typography variant="body2" color="text.secondary" component="span" sx={{ ml: 1 }}>
          {ewbSummary(detailsFromDraft(draft))}
        </Typography>
      )}
      {open ? (
        <Box
          id={EWB_SECTION_ID}
          role="group"
          aria-label="E-way bill details (sent with the IRN)"
          sx={{ mt: 1 }}
        >
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            Optional. Filled in, the IRP makes the e-way bill together with the IRN; left empty, none is made
            (you can still make one later from the invoice).
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              {field('mode', 'Transport mode', { select: <TransportModeOptions /> })}
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>{field('distanceKm', 'Distance (km)')}</Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>{field('vehicleNo', 'Vehicle number')}</Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              {field('vehicleType', 'Vehicle type', { select: <VehicleTypeOptions /> })}
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>{field('transporterId', 'Transporter GSTIN')}</Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>{field('transporterName', 'Transporter name')}</Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              {field('transportDocNo', 'Transport document number')}
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              {field('transportDocDate', 'Transport document date')}
            </Grid>
          </Grid>
          <Button size="small" onClick={onClear}>
            Remove the e-way bill details
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
