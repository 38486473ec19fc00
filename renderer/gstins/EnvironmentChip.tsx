import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';

/**
 * SANDBOX or PRODUCTION beside every GSTIN and environment choice: a practice IRN must never be
 * taken for a legal one, wherever the GSTIN appears.
 */
export function EnvironmentChip({ isSandbox, label }: { isSandbox: boolean; label?: string }) {
  const detail = isSandbox
    ? `${label ? `${label}: ` : ''}practice only, IRNs made here have no legal effect.`
    : `${label ? `${label}: ` : ''}IRNs made here are legally valid e-invoices.`;
  return (
    <Tooltip title={detail}>
      <Chip
        size="small"
        label={isSandbox ? 'SANDBOX' : 'PRODUCTION'}
        color={isSandbox ? 'warning' : 'success'}
        sx={{ fontWeight: 700, letterSpacing: 0.5 }}
      />
    </Tooltip>
  );
}

export function DemoChip() {
  return (
    <Tooltip title="The demo business of the built-in practice sandbox, set up on first start. You may remove it.">
      <Chip size="small" label="DEMO" color="info" variant="outlined" sx={{ fontWeight: 700 }} />
    </Tooltip>
  );
}
