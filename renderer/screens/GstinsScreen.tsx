import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useDesk } from '../desk/DeskContext';
import { stateLabel } from '../format/amounts';
import { environmentName } from '../format/environment';
import { useAppState } from '../shell/AppState';
import { describeError, useNotify } from '../shell/Notifier';
import { EmptyState } from './LoadGate';
import { ScreenFrame } from './ScreenFrame';

export function GstinsScreen() {
  const api = useDesk();
  const notify = useNotify();
  const { info, businesses, businessesError, loaded, refresh } = useAppState();
  const active = info?.activeGstin ?? null;

  const activate = async (gstin: string) => {
    try {
      await api['business-activate']({ gstin });
      await refresh();
      notify.success(`Now working as ${gstin}.`);
    } catch (error) {
      notify.error(error);
    }
  };

  let body;
  if (businessesError) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refresh()}>
            Try again
          </Button>
        }
      >
        The GSTINs could not be loaded. {describeError(businessesError)}
      </Alert>
    );
  } else if (!loaded) {
    body = null;
  } else if (businesses.length === 0) {
    body = (
      <EmptyState title="No GSTINs yet">
        Add one with <code>npx einvoice-desk gstin add</code> for now; the registration wizard comes with the
        IRP credentials work.
      </EmptyState>
    );
  } else {
    body = (
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="GSTINs">
          <TableHead>
            <TableRow>
              <TableCell>GSTIN</TableCell>
              <TableCell>Business</TableCell>
              <TableCell>State</TableCell>
              <TableCell>IRP environment</TableCell>
              <TableCell>In use</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {businesses.map((b) => (
              <TableRow key={b.gstin} hover selected={b.gstin === active}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{b.gstin}</TableCell>
                <TableCell>
                  {b.legalName}
                  {b.tradeName && b.tradeName !== b.legalName ? (
                    <>
                      <br />
                      <small>{b.tradeName}</small>
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{stateLabel(b.stateCode)}</TableCell>
                <TableCell>{environmentName(b.environment)}</TableCell>
                <TableCell>
                  {b.gstin === active ? (
                    <Chip size="small" color="primary" label="Active" />
                  ) : (
                    <Button
                      size="small"
                      aria-label={`Make ${b.gstin} active`}
                      onClick={() => void activate(b.gstin)}
                    >
                      Make active
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <ScreenFrame
      title="GSTINs & API access"
      intro="Each GSTIN you invoice from, with the IRP it talks to. API credentials, connection tests and the registration wizard arrive with the IRP-client and credential-vault work."
    >
      {body}
    </ScreenFrame>
  );
}
