import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useAppState } from './AppState';
import { EnvironmentBadge } from './EnvironmentBadge';
import { GstinSwitcher } from './GstinSwitcher';
import { IrpStatusChip } from './IrpStatusChip';

export const PRODUCT_NAME = 'eInvoice Desk';

export function TopBar({ onHelp }: { onHelp: () => void }) {
  const { info } = useAppState();
  return (
    <AppBar position="fixed" elevation={1} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: 1.5 }}>
        <ReceiptLongIcon aria-hidden />
        <Typography variant="h6" component="div" sx={{ fontWeight: 600 }}>
          {PRODUCT_NAME}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <IrpStatusChip activeGstin={info?.activeGstin ?? null} />
        <GstinSwitcher />
        <EnvironmentBadge info={info} />
        <Tooltip title="Help and keyboard shortcuts (F1)">
          <IconButton color="inherit" aria-label="Help" onClick={onHelp}>
            <HelpOutlineIcon />
          </IconButton>
        </Tooltip>
      </Toolbar>
    </AppBar>
  );
}
