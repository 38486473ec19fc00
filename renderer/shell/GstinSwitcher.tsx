import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CheckIcon from '@mui/icons-material/Check';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState, type ReactNode } from 'react';
import type { BusinessSummary, GstinProfileView } from '../../shared/api/types';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import { useDesk } from '../desk/DeskContext';
import { DemoChip, EnvironmentChip } from '../gstins/EnvironmentChip';
import { useAppState } from './AppState';
import { useNotify } from './Notifier';

/** One entry of the switcher: a GSTIN with API access, or one kept in the ledger only. */
export interface SwitcherEntry {
  gstin: string;
  pan: string;
  name: string;
  isSandbox: boolean | null;
  hasApiAccess: boolean;
  isDemo: boolean;
}

/**
 * Every GSTIN the user can work as: those with API access, and those whose invoices are in the
 * ledger without it (say, after its credentials were removed), so old invoices stay reachable.
 */
export function switcherEntries(
  profiles: readonly GstinProfileView[],
  businesses: readonly BusinessSummary[],
): SwitcherEntry[] {
  const entries = new Map<string, SwitcherEntry>();
  for (const b of businesses) {
    entries.set(b.gstin, {
      gstin: b.gstin,
      pan: b.pan,
      name: b.tradeName ?? b.legalName,
      isSandbox: b.environment ? ENVIRONMENTS[b.environment].isSandbox : null,
      hasApiAccess: false,
      isDemo: false,
    });
  }
  for (const p of profiles) {
    const business = entries.get(p.gstin);
    entries.set(p.gstin, {
      gstin: p.gstin,
      pan: p.pan,
      name: business?.name ?? p.legalName ?? p.gstin,
      isSandbox: p.isSandbox,
      hasApiAccess: true,
      isDemo: p.isDemo,
    });
  }
  return [...entries.values()];
}

/** GSTINs grouped by PAN: one legal entity may hold a registration in several states. */
export function groupByPan<T extends { pan: string; gstin: string }>(
  items: readonly T[],
): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const b of items) groups.set(b.pan, [...(groups.get(b.pan) ?? []), b]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pan, list]) => [pan, [...list].sort((x, y) => x.gstin.localeCompare(y.gstin))]);
}

export function GstinSwitcher() {
  const api = useDesk();
  const notify = useNotify();
  const { info, businesses, profiles, loaded, refresh } = useAppState();
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
  for (const [pan, list] of groupByPan(switcherEntries(profiles, businesses))) {
    items.push(<ListSubheader key={`pan-${pan}`}>PAN {pan}</ListSubheader>);
    for (const e of list) {
      items.push(
        <MenuItem key={e.gstin} selected={e.gstin === active} onClick={() => void activate(e.gstin)}>
          <ListItemIcon>{e.gstin === active ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
          <ListItemText
            primary={e.gstin}
            secondary={e.hasApiAccess ? e.name : `${e.name} · no API access, invoices only`}
            slotProps={{ primary: { sx: { fontFamily: 'monospace' } } }}
          />
          <Box sx={{ display: 'flex', gap: 0.5, ml: 2 }}>
            {e.isDemo ? <DemoChip /> : null}
            {e.isSandbox !== null ? <EnvironmentChip isSandbox={e.isSandbox} /> : null}
          </Box>
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
