import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import type { ConnectionTestReport, GstinProfileView } from '../../shared/api/types';
import { formatIstDateTime } from '../../shared/time/ist';
import { useDesk } from '../desk/DeskContext';
import { useNotify } from '../shell/Notifier';
import { ConnectionReport } from './ConnectionReport';
import { DemoChip, EnvironmentChip } from './EnvironmentChip';

export function integrationText(p: Pick<GstinProfileView, 'integration'>): string {
  const how = p.integration.mode === 'gsp' ? `Through GSP ${p.integration.gspName ?? ''}`.trim() : 'Direct';
  return `${how}, ${p.integration.sync}`;
}

/** "16/06/2025 10:31" in IST, or the text as given when it is not a date. */
export function formatTestTime(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : formatIstDateTime(at);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

export const DEMO_EXPLANATION =
  'The demo business of the built-in practice sandbox, set up when the app first started so you can try everything at once. Its IRNs are practice only. Remove it when your own GSTIN is set up: it will not be set up again.';

/** One GSTIN's API access: what is stored (secrets only as "set"), its last test, and actions. */
export function ProfileCard({
  profile: p,
  onActivate,
  onEdit,
  onRemove,
  onTested,
}: {
  profile: GstinProfileView;
  onActivate: () => void;
  onEdit: () => void;
  onRemove: () => void;
  onTested: () => void;
}) {
  const api = useDesk();
  const notify = useNotify();
  const [testing, setTesting] = useState(false);
  const [report, setReport] = useState<ConnectionTestReport | null>(null);

  const test = async () => {
    setTesting(true);
    try {
      setReport(await api['gstin-test']({ gstin: p.gstin }));
      onTested();
    } catch (error) {
      notify.error(error);
    } finally {
      setTesting(false);
    }
  };

  return (
    <Card
      variant="outlined"
      component="article"
      aria-label={`GSTIN ${p.gstin}`}
      sx={{ borderColor: p.active ? 'primary.main' : undefined }}
    >
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h3" sx={{ fontFamily: 'monospace' }}>
            {p.gstin}
          </Typography>
          {p.active ? <Chip size="small" color="primary" label="Active" /> : null}
          {p.isDemo ? <DemoChip /> : null}
          <EnvironmentChip isSandbox={p.isSandbox} label={p.environmentLabel} />
        </Box>
        <Typography sx={{ fontWeight: 600 }}>
          {p.legalName ?? 'Name not known yet: test the connection'}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {p.stateCode} · {p.stateName}
        </Typography>
        {p.isDemo ? (
          <Alert severity="info" sx={{ my: 1 }}>
            {DEMO_EXPLANATION}
          </Alert>
        ) : null}
        <Box
          component="dl"
          sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, my: 1 }}
        >
          <Row label="Environment">
            {p.environmentLabel}
            {p.environment === 'custom' && p.baseUrl ? ` (${p.baseUrl})` : ''}
          </Row>
          <Row label="Integration">{integrationText(p)}</Row>
          <Row label="API user">{p.userName}</Row>
          <Row label="Client ID">{p.clientIdMasked || 'Not set'}</Row>
          <Row label="Secrets">
            {p.hasPassword ? 'Password set' : 'No password'} ·{' '}
            {p.hasClientSecret ? 'Client secret set' : 'No client secret'}
          </Row>
          <Row label="Whitelisted IPs">
            {p.whitelistedIps.length > 0
              ? p.whitelistedIps.join(', ')
              : p.isSandbox
                ? 'None (a sandbox needs none)'
                : 'None'}
          </Row>
          {p.environment !== 'builtin' ? (
            <Row label="Keys">
              {p.hasPublicKey ? 'IRP public key imported' : 'No IRP public key'} ·{' '}
              {p.hasSigningCert ? 'signing certificate imported' : 'no signing certificate'}
            </Row>
          ) : null}
          <Row label="Last test">
            {p.lastTest ? (
              <>
                <Chip
                  size="small"
                  label={p.lastTest.ok ? 'ok' : 'failed'}
                  color={p.lastTest.ok ? 'success' : 'error'}
                  sx={{ mr: 1 }}
                />
                {formatTestTime(p.lastTest.at)} IST: {p.lastTest.summary}
              </>
            ) : (
              <>
                <Chip size="small" label="not tested" color="warning" sx={{ mr: 1 }} />
                Never tested: test the connection before sending invoices.
              </>
            )}
          </Row>
          {p.notes ? <Row label="Notes">{p.notes}</Row> : null}
        </Box>
        {report ? <ConnectionReport report={report} /> : null}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap' }}>
        {p.active ? null : (
          <Button size="small" onClick={onActivate} aria-label={`Make ${p.gstin} active`}>
            Make active
          </Button>
        )}
        <Button
          size="small"
          onClick={() => void test()}
          disabled={testing}
          aria-label={`Test connection of ${p.gstin}`}
        >
          {testing ? 'Testing…' : 'Test connection'}
        </Button>
        <Button size="small" onClick={onEdit} aria-label={`Edit ${p.gstin}`}>
          Edit
        </Button>
        <Button size="small" color="error" onClick={onRemove} aria-label={`Remove ${p.gstin}`}>
          Remove
        </Button>
      </CardActions>
    </Card>
  );
}
