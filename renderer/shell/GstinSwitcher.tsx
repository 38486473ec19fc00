import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CheckIcon from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type ReactNode } from 'react';
import type { BusinessSummary } from '../../shared/api/types';
import { useDesk } from '../desk/DeskContext';
import { useAppState } from './AppState';
import { useNotify } from './Notifier';

/** GSTINs grouped by PAN: one legal entity may hold a registration in several states. */
export function groupByPan(businesses: readonly BusinessSummary[]): Array<[string, BusinessSummary[]]> {
  const groups = new Map<string, BusinessSummary[]>();
  for (const b of businesses) groups.set(b.pan, [...(groups.get(b.pan) ?? []), b]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pan, list]) => [pan, [...list].sort((x, y) => x.gstin.localeCompare(y.gstin))]);
}

export function GstinSwitcher() {
  const api = useDesk();
  const notify = useNotify();
  const { info, businesses, loaded, refresh } = useAppState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const active = info?.activeGstin ?? null;

  const activate = async (gstin: string) => {
    setAnchor(null);
    if (gstin === active) return;
    try {
      await api['business-activate']({ gstin });
      await refresh();
      notify.success(`Now working as ${gstin}.`);
    } catch (error) {
      notify.error(error);
    }
  };

  const items: ReactNode[] = [];
  for (const [pan, list] of groupByPan(businesses)) {
    items.push(<ListSubheader key={`pan-${pan}`}>PAN {pan}</ListSubheader>);
    for (const b of list) {
      items.push(
        <MenuItem key={b.gstin} selected={b.gstin === active} onClick={() => void activate(b.gstin)}>
          <ListItemIcon>{b.gstin === active ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
          <ListItemText primary={b.gstin} secondary={b.tradeName ?? b.legalName} />
        </MenuItem>,
      );
    }
  }
  if (items.length === 0) {
    items.push(
      <MenuItem key="none" disabled>
        No GSTINs yet: add one under GSTINs &amp; API access
      </MenuItem>,
    );
  }

  return (
    <>
      <Button
        color="inherit"
        endIcon={<ArrowDropDownIcon />}
        disabled={!loaded}
        aria-label={
          !loaded
            ? 'Loading GSTINs'
            : active
              ? `Active GSTIN ${active}. Change GSTIN`
              : 'No active GSTIN. Choose a GSTIN'
        }
        aria-haspopup="menu"
        aria-controls={anchor ? 'gstin-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', fontFamily: 'monospace', fontSize: '0.95rem' }}
      >
        {/* Until the first answer, say nothing rather than a wrong "No GSTIN yet". */}
        {loaded ? (active ?? 'No GSTIN yet') : '…'}
      </Button>
      <Menu id="gstin-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {items}
      </Menu>
    </>
  );
}
