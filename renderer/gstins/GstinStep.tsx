import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { GstinProfileView, TaxpayerView } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';
import { describeError } from '../shell/Notifier';
import { TaxpayerSummary } from './ConnectionReport';
import type { StepProps } from './stepProps';
import { analyseGstin } from './wizardModel';

/**
 * Step 1: the GSTIN, checked as it is typed (check digit, state, PAN), and, when a GSTIN with
 * API access is active, its details as the IRP knows them.
 */
export function GstinStep({
  draft,
  update,
  errors,
  editing,
  profiles,
}: StepProps & { profiles: readonly GstinProfileView[] }) {
  const api = useDesk();
  const analysis = analyseGstin(draft.gstin);
  const [lookup, setLookup] = useState<
    { gstin: string; taxpayer: TaxpayerView } | { gstin: string; error: string } | null
  >(null);
  const [fetching, setFetching] = useState(false);
  const active = profiles.find((p) => p.active) ?? null;
  const existing = editing ? null : profiles.find((p) => p.gstin === analysis.gstin);
  const typed = analysis.status !== 'empty';
  // An error from the Next button wins; otherwise say what is wrong as soon as 15 characters are in.
  const fieldError =
    errors.gstin ??
    (typed && (analysis.gstin.length >= 15 || analysis.status === 'blocked') ? analysis.error : null);

  const fetchDetails = async () => {
    setFetching(true);
    try {
      const taxpayer = await api['gstin-lookup']({ gstin: analysis.gstin });
      setLookup({ gstin: analysis.gstin, taxpayer });
    } catch (error) {
      setLookup({ gstin: analysis.gstin, error: describeError(asDeskError(error)) });
    } finally {
      setFetching(false);
    }
  };
  const shownLookup = lookup && lookup.gstin === analysis.gstin ? lookup : null;

  return (
    <Stack spacing={2}>
      <Typography>
        The GSTIN you will generate e-invoices from. Each GSTIN has its own API user on the e-invoice portal,
        even when several share one PAN.
      </Typography>
      <TextField
        label="GSTIN"
        value={draft.gstin}
        onChange={(e) => update({ gstin: e.target.value.toUpperCase() })}
        autoFocus={!editing}
        disabled={editing !== null}
        error={Boolean(fieldError)}
        helperText={
          fieldError ??
          (editing
            ? 'The GSTIN of a saved profile cannot change: remove it and add the other GSTIN instead.'
            : '15 characters, e.g. 29AAGCV4521M1ZW')
        }
        slotProps={{
          htmlInput: { maxLength: 15, spellCheck: false, autoCapitalize: 'characters', autoComplete: 'off' },
        }}
        sx={{ maxWidth: 420, '& input': { fontFamily: 'monospace', letterSpacing: 1 } }}
      />
      {analysis.stateName && analysis.pan ? (
        <Box
          component="dl"
          aria-label="What the GSTIN says"
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2 }}
        >
          <Typography component="dt" color="text.secondary">
            State
          </Typography>
          <Typography component="dd" sx={{ m: 0 }}>
            {analysis.stateCode} · {analysis.stateName}
          </Typography>
          <Typography component="dt" color="text.secondary">
            PAN
          </Typography>
          <Typography component="dd" sx={{ m: 0, fontFamily: 'monospace' }}>
            {analysis.pan}
          </Typography>
        </Box>
      ) : null}
      {analysis.status === 'suspect' && analysis.warning ? (
        <Alert severity="warning">{analysis.warning}</Alert>
      ) : null}
      {existing ? (
        <Alert severity="info">
          {existing.gstin} is already set up ({existing.environmentLabel}). Saving replaces its API access
          details.
        </Alert>
      ) : null}
      {active && (analysis.status === 'ok' || analysis.status === 'suspect') ? (
        <Box>
          <Button variant="outlined" onClick={() => void fetchDetails()} disabled={fetching}>
            {fetching ? 'Fetching details…' : 'Fetch details from the IRP'}
          </Button>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            Looked up through the active GSTIN {active.gstin} ({active.environmentLabel}).
          </Typography>
          {shownLookup && 'taxpayer' in shownLookup ? (
            <TaxpayerSummary taxpayer={shownLookup.taxpayer} title="Details on the IRP" />
          ) : null}
          {shownLookup && 'error' in shownLookup ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              The details could not be fetched. {shownLookup.error}
            </Alert>
          ) : null}
        </Box>
      ) : null}
    </Stack>
  );
}
