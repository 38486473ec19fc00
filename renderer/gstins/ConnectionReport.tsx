import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { ConnectionTestReport, TaxpayerView } from '../../shared/api/types';
import { formatIstDateTime } from '../../shared/time/ist';
import { formatAckDate, stateLabel } from '../format/amounts';

/** One line per taxpayer field the IRP gave, skipping the empty ones. */
export function taxpayerLines(t: TaxpayerView): string[] {
  const place = [t.location, t.pin ? String(t.pin) : null].filter(Boolean).join(' ');
  return [
    t.tradeName && t.tradeName !== t.legalName ? `Trade name: ${t.tradeName}` : null,
    [t.address1, t.address2, place].filter(Boolean).join(', ') || null,
    t.stateCode ? `State: ${stateLabel(t.stateCode)}` : null,
    `Status: ${t.statusLabel}${t.blocked ? ' (blocked for e-way bills)' : ''}`,
  ].filter((line): line is string => line !== null);
}

export function TaxpayerSummary({ taxpayer, title }: { taxpayer: TaxpayerView; title: string }) {
  return (
    <Box component="section" aria-label={title} sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <Typography sx={{ fontWeight: 600 }}>
        {taxpayer.legalName ?? taxpayer.tradeName ?? taxpayer.gstin}
      </Typography>
      {taxpayerLines(taxpayer).map((line) => (
        <Typography key={line} variant="body2" color="text.secondary">
          {line}
        </Typography>
      ))}
    </Box>
  );
}

/**
 * The outcome of "Test connection": each step with ok or failed and the plain-words detail the
 * main process wrote (what was found, or what went wrong and what to do), the session's expiry
 * and the taxpayer the IRP knows under this GSTIN.
 */
export function ConnectionReport({ report }: { report: ConnectionTestReport }) {
  const tested = new Date(report.testedAt);
  return (
    <Box component="section" aria-label="Connection test result" sx={{ mt: 2 }}>
      <Alert severity={report.ok ? 'success' : 'error'}>
        <AlertTitle>{report.ok ? 'The connection works' : 'The connection test failed'}</AlertTitle>
        {report.ok
          ? 'The IRP accepted the API user and knows this GSTIN.'
          : 'Fix what is marked as failed below, then test again.'}
        {Number.isNaN(tested.getTime()) ? null : ` Tested ${formatIstDateTime(tested)} IST.`}
      </Alert>
      <List aria-label="Connection test steps" dense>
        {report.steps.map((step) => (
          <ListItem key={step.id} alignItems="flex-start">
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>
              {step.ok ? (
                <CheckCircleIcon color="success" aria-hidden />
              ) : (
                <ErrorIcon color="error" aria-hidden />
              )}
            </ListItemIcon>
            <ListItemText
              primary={`${step.label}: ${step.ok ? 'ok' : 'failed'}`}
              secondary={step.code ? `${step.detail} (IRP code ${step.code})` : step.detail}
              slotProps={{ primary: { sx: { fontWeight: 600 } } }}
            />
          </ListItem>
        ))}
      </List>
      {report.tokenExpiry ? (
        <Typography variant="body2">
          Session valid until {formatAckDate(report.tokenExpiry)} IST; the app renews it before then.
        </Typography>
      ) : null}
      {report.taxpayer ? <TaxpayerSummary taxpayer={report.taxpayer} title="Found on the IRP" /> : null}
    </Box>
  );
}
