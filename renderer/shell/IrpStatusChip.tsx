import CircleIcon from '@mui/icons-material/Circle';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IrpStatusView } from '../../shared/api/types';
import { formatIstDateTime } from '../../shared/time/ist';
import { useDesk } from '../desk/DeskContext';

/** How often the app bar asks the main process for the last health check (which polls on its own). */
export const IRP_STATUS_POLL_MS = 60_000;

export interface IrpStatusText {
  /** The chip's own short words. */
  label: string;
  /** The tooltip: what was found, and when. */
  detail: string;
  color: 'success' | 'error' | 'default';
}

/** The main process words its message as a sentence; the app bar wants the reason alone. */
function reasonOf(message: string): string {
  return message.replace(/^The IRP is not answering:\s*/i, '').replace(/\.$/, '');
}

export function irpStatusText(status: IrpStatusView | null): IrpStatusText {
  if (!status) return { label: 'IRP …', detail: 'Checking the IRP…', color: 'default' };
  const when = status.checkedAt ? ` Checked ${formatIstDateTime(new Date(status.checkedAt))} IST.` : '';
  if (status.up === true) {
    const latency = status.latencyMs !== null ? ` (${status.latencyMs} ms)` : '';
    return { label: 'IRP answering', detail: `IRP answering${latency}.${when}`, color: 'success' };
  }
  if (status.up === false) {
    return {
      label: 'IRP not answering',
      detail: `IRP not answering: ${reasonOf(status.message)}.${when}`,
      color: 'error',
    };
  }
  return {
    label: 'IRP not checked',
    detail: status.message || 'Not checked yet.',
    color: 'default',
  };
}

/**
 * The IRP health light: the last background check, asked for every minute and whenever the
 * active GSTIN changes; a click checks now. Invoices are not sent while the IRP is down, so the
 * clerk should see it before trying.
 */
export function IrpStatusChip({ activeGstin }: { activeGstin: string | null }) {
  const api = useDesk();
  const [status, setStatus] = useState<IrpStatusView | null>(null);
  const [checking, setChecking] = useState(false);
  const live = useRef(true);

  /** Asks the main process; a failed request says nothing about the IRP, so it answers null. */
  const ask = useCallback(
    (refresh: boolean): Promise<IrpStatusView | null> =>
      api['irp-status'](refresh ? { refresh: true } : {}).catch(() => null),
    [api],
  );

  useEffect(() => {
    live.current = true;
    const keep = (answer: IrpStatusView | null) => {
      if (answer && live.current) setStatus(answer);
      return answer;
    };
    void ask(false)
      .then(keep)
      .then((answer) => {
        // Right after a start or a switch there may be no check yet for this GSTIN: make one.
        if (answer && answer.up === null && answer.gstin) void ask(true).then(keep);
      });
    const timer = setInterval(() => void ask(false).then(keep), IRP_STATUS_POLL_MS);
    return () => {
      live.current = false;
      clearInterval(timer);
    };
  }, [ask, activeGstin]);

  const checkNow = async () => {
    setChecking(true);
    const answer = await ask(true);
    if (!live.current) return;
    if (answer) setStatus(answer);
    setChecking(false);
  };

  const text = irpStatusText(status);

  return (
    <Tooltip title={`${text.detail} Click to check now.`}>
      <Chip
        size="small"
        icon={<CircleIcon aria-hidden sx={{ fontSize: 12 }} />}
        label={checking ? 'Checking IRP…' : text.label}
        onClick={() => void checkNow()}
        aria-label={`IRP status: ${text.detail} Click to check now.`}
        sx={{
          bgcolor: 'background.paper',
          color: 'text.primary',
          '& .MuiChip-icon': {
            color:
              text.color === 'success' ? 'success.main' : text.color === 'error' ? 'error.main' : 'grey.500',
          },
        }}
      />
    </Tooltip>
  );
}
