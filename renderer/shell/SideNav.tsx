import DashboardIcon from '@mui/icons-material/Dashboard';
import InventoryIcon from '@mui/icons-material/Inventory2';
import PeopleIcon from '@mui/icons-material/People';
import ReceiptIcon from '@mui/icons-material/Receipt';
import SettingsIcon from '@mui/icons-material/Settings';
import VpnKeyIcon from '@mui/icons-material/VpnKey';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import type { ReactElement } from 'react';
import { SECTIONS, sectionHref, type SectionId } from './sections';

export const NAV_WIDTH = 232;

const ICONS: Record<SectionId, ReactElement> = {
  dashboard: <DashboardIcon />,
  invoices: <ReceiptIcon />,
  parties: <PeopleIcon />,
  items: <InventoryIcon />,
  gstins: <VpnKeyIcon />,
  settings: <SettingsIcon />,
};

export function SideNav({ current }: { current: SectionId }) {
  return (
    <Drawer
      variant="permanent"
      sx={{
        width: NAV_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: NAV_WIDTH, boxSizing: 'border-box' },
      }}
    >
      <Toolbar />
      <Box component="nav" aria-label="Sections">
        <List>
          {SECTIONS.map((s, i) => (
            <ListItemButton
              key={s.id}
              component="a"
              href={sectionHref(s.id)}
              selected={s.id === current}
              aria-current={s.id === current ? 'page' : undefined}
              title={`${s.label} (Alt+${i + 1})`}
            >
              <ListItemIcon aria-hidden>{ICONS[s.id]}</ListItemIcon>
              <ListItemText primary={s.label} />
            </ListItemButton>
          ))}
        </List>
      </Box>
    </Drawer>
  );
}
