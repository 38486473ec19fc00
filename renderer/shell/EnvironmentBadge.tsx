import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { AppInfo } from '../../shared/api/types';
import { environmentName } from '../format/environment';

/**
 * A clerk must never mistake a practice IRN for a legal one (or the reverse), so the
 * environment of the active GSTIN stays in view on every screen.
 */
export function EnvironmentBadge({ info }: { info: AppInfo | undefined }) {
  if (!info?.activeGstin) return null;
  const sandbox = info.isSandbox;
  const detail = sandbox
    ? `${environmentName(info.environment)}: IRNs made here are for practice and have no legal effect.`
    : `${environmentName(info.environment)}: IRNs made here are legally valid e-invoices.`;
  return (
    <Tooltip title={detail}>
      <Chip
        label={sandbox ? 'SANDBOX' : 'PRODUCTION'}
        color={sandbox ? 'warning' : 'success'}
        size="small"
        aria-label={`Environment: ${sandbox ? 'sandbox' : 'production'}. ${detail}`}
        sx={{ fontWeight: 700, letterSpacing: 0.5 }}
      />
    </Tooltip>
  );
}
