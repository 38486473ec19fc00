import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SettingsView } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { useLoad } from '../desk/useLoad';
import { useAppState } from '../shell/AppState';
import { describeError, useNotify } from '../shell/Notifier';
import { LoadGate } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';

export function SettingsScreen() {
  const { state, reload } = useLoad((api) => api['settings-get'](), 'settings');
  const { info, infoError } = useAppState();
  return (
    <ScreenFrame title="Settings">
      <Stack spacing={3} sx={{ maxWidth: 720 }}>
        <LoadGate state={state} what="settings" reload={reload}>
          {(settings) => <SettingsForm key={JSON.stringify(settings)} initial={settings} onSaved={reload} />}
        </LoadGate>
        <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="about-heading">
          <Typography id="about-heading" variant="h6" component="h2" gutterBottom>
            About this installation
          </Typography>
          {infoError ? (
            <Alert severity="error">{describeError(infoError)}</Alert>
          ) : (
            <Stack spacing={1}>
              <Typography>
                Data folder: <code>{info?.dataDir ?? '…'}</code>
              </Typography>
              <Typography color="text.secondary" variant="body2">
                The ledger, settings and stored credentials live there. Set EINVOICE_DESK_DATA before starting
                the app to use another folder.
              </Typography>
              <Typography>
                Version {info?.version ?? '…'}, running{' '}
                {info?.mode === 'electron' ? 'as a desktop app' : 'in the browser'}
              </Typography>
            </Stack>
          )}
        </Paper>
      </Stack>
    </ScreenFrame>
  );
}

function SettingsForm({ initial, onSaved }: { initial: SettingsView; onSaved: () => void }) {
  const api = useDesk();
  const notify = useNotify();
  const [roundOff, setRoundOff] = useState(initial.roundOffTotals);
  const [poll, setPoll] = useState(String(initial.healthPollSeconds));
  const [saving, setSaving] = useState(false);

  const pollValue = Number(poll);
  const pollError =
    !/^\d+$/.test(poll.trim()) || pollValue < 10 || pollValue > 3600
      ? 'Enter a whole number of seconds from 10 to 3600.'
      : null;
  const changed = roundOff !== initial.roundOffTotals || pollValue !== initial.healthPollSeconds;

  const save = async () => {
    if (pollError) return;
    setSaving(true);
    try {
      await api['settings-update']({ roundOffTotals: roundOff, healthPollSeconds: pollValue });
      notify.success('Settings saved.');
      onSaved();
    } catch (error) {
      notify.error(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: 3 }}
      component="form"
      aria-labelledby="preferences-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Typography id="preferences-heading" variant="h6" component="h2" gutterBottom>
        Preferences
      </Typography>
      <Stack spacing={3}>
        <FormControlLabel
          control={<Switch checked={roundOff} onChange={(e) => setRoundOff(e.target.checked)} />}
          label="Round invoice totals to the nearest rupee"
        />
        <TextField
          label="IRP health check interval (seconds)"
          value={poll}
          onChange={(e) => setPoll(e.target.value)}
          error={pollError !== null}
          helperText={pollError ?? 'How often the app checks that the IRP is reachable.'}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ maxWidth: 340 }}
        />
        <div>
          <Button type="submit" variant="contained" disabled={!changed || pollError !== null || saving}>
            Save settings
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
