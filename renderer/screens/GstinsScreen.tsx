import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { GstinProfileView, GstinSaveResult } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { stateLabel } from '../format/amounts';
import { environmentName } from '../format/environment';
import { GstinWizard } from '../gstins/GstinWizard';
import { ProfileCard } from '../gstins/ProfileCard';
import { RemoveDialog } from '../gstins/RemoveDialog';
import { useAppState } from '../shell/AppState';
import { groupByPan } from '../shell/GstinSwitcher';
import { describeError, useNotify } from '../shell/Notifier';
import { EmptyState } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';

type WizardState = { editing: GstinProfileView | null; initialGstin?: string } | null;

export function GstinsScreen() {
  const api = useDesk();
  const notify = useNotify();
  const { info, businesses, profiles, profilesError, loaded, refresh } = useAppState();
  const [wizard, setWizard] = useState<WizardState>(null);
  const [removing, setRemoving] = useState<GstinProfileView | null>(null);

  const activate = async (gstin: string) => {
    try {
      await api['business-activate']({ gstin });
      await refresh();
      notify.success(`Now working as ${gstin}.`);
    } catch (error) {
      notify.error(error);
    }
  };

  const remove = async (profile: GstinProfileView) => {
    try {
      await api['gstin-remove']({ gstin: profile.gstin });
      setRemoving(null);
      await refresh();
      notify.success(
        profile.isDemo
          ? `Removed the demo business ${profile.gstin}. Its practice invoices stay in the ledger.`
          : `Removed API access for ${profile.gstin}. Its invoices stay in the ledger.`,
      );
    } catch (error) {
      notify.error(error);
    }
  };

  const saved = async (result: GstinSaveResult, withoutTest: boolean) => {
    setWizard(null);
    await refresh();
    const gstin = result.profile?.gstin ?? '';
    if (withoutTest) {
      notify.warning(`Saved ${gstin} without a connection test. Test it before sending invoices.`);
    } else {
      notify.success(`Saved ${gstin}: the connection test passed.`);
    }
  };

  const ledgerOnly = businesses.filter((b) => !profiles.some((p) => p.gstin === b.gstin));

  let body;
  if (profilesError) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refresh()}>
            Try again
          </Button>
        }
      >
        The GSTINs could not be loaded. {describeError(profilesError)}
      </Alert>
    );
  } else if (!loaded) {
    body = null;
  } else if (profiles.length === 0) {
    body = (
      <EmptyState title="No GSTINs with API access yet">
        Choose Add GSTIN: the wizard walks you through creating the API user on the e-invoice portal and tests
        the connection. The built-in practice sandbox needs no registration.
      </EmptyState>
    );
  } else {
    body = (
      <Stack spacing={3}>
        {groupByPan(profiles).map(([pan, list]) => (
          <Box key={pan} component="section" aria-labelledby={`pan-${pan}`}>
            <Typography id={`pan-${pan}`} variant="h6" component="h2" gutterBottom>
              PAN {pan}
              <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
                {list.length === 1 ? '1 GSTIN' : `${list.length} GSTINs`}
              </Typography>
            </Typography>
            <Stack spacing={2}>
              {list.map((p) => (
                <ProfileCard
                  key={p.gstin}
                  profile={p}
                  onActivate={() => void activate(p.gstin)}
                  onEdit={() => setWizard({ editing: p })}
                  onRemove={() => setRemoving(p)}
                  onTested={() => void refresh()}
                />
              ))}
            </Stack>
          </Box>
        ))}
      </Stack>
    );
  }

  return (
    <ScreenFrame
      title="GSTINs & API access"
      intro="Each GSTIN you invoice from has its own API user on the e-invoice portal, grouped here by PAN. Passwords and client secrets are stored encrypted on this computer and never shown again."
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setWizard({ editing: null })}>
          Add GSTIN
        </Button>
      }
    >
      {body}
      {loaded && ledgerOnly.length > 0 ? (
        <Box component="section" aria-labelledby="ledger-only-heading" sx={{ mt: 4 }}>
          <Typography id="ledger-only-heading" variant="h6" component="h2" gutterBottom>
            In the ledger without API access
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            Their invoices can be opened, but no IRN can be generated until API access is set up.
          </Typography>
          <Paper variant="outlined">
            <Table size="small" aria-label="GSTINs without API access">
              <TableHead>
                <TableRow>
                  <TableCell>GSTIN</TableCell>
                  <TableCell>Business</TableCell>
                  <TableCell>State</TableCell>
                  <TableCell>IRP environment</TableCell>
                  <TableCell>Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {ledgerOnly.map((b) => (
                  <TableRow key={b.gstin}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{b.gstin}</TableCell>
                    <TableCell>{b.tradeName ?? b.legalName}</TableCell>
                    <TableCell>{stateLabel(b.stateCode)}</TableCell>
                    <TableCell>{environmentName(b.environment)}</TableCell>
                    <TableCell>
                      {b.gstin === info?.activeGstin ? (
                        <Chip size="small" color="primary" label="Active" sx={{ mr: 1 }} />
                      ) : (
                        <Button
                          size="small"
                          onClick={() => void activate(b.gstin)}
                          aria-label={`Make ${b.gstin} active`}
                        >
                          Make active
                        </Button>
                      )}
                      <Button
                        size="small"
                        onClick={() => setWizard({ editing: null, initialGstin: b.gstin })}
                        aria-label={`Set up API access for ${b.gstin}`}
                      >
                        Set up API access
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        </Box>
      ) : null}
      {wizard ? (
        <GstinWizard
          editing={wizard.editing}
          profiles={profiles}
          {...(wizard.initialGstin ? { initialGstin: wizard.initialGstin } : {})}
          onClose={() => setWizard(null)}
          onSaved={(result, withoutTest) => void saved(result, withoutTest)}
        />
      ) : null}
      {removing ? (
        <RemoveDialog
          profile={removing}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove(removing)}
        />
      ) : null}
    </ScreenFrame>
  );
}
