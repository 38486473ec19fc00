import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { SHORTCUTS } from './shortcuts';

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="help-title" maxWidth="sm" fullWidth>
      <DialogTitle id="help-title">Help and keyboard shortcuts</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          eInvoice Desk keeps your invoices on this computer and registers them with the GST Invoice
          Registration Portal (IRP). Amounts are shown in rupees with lakh and crore grouping, dates as
          dd/mm/yyyy in Indian Standard Time.
        </DialogContentText>
        <Table size="small" aria-label="Keyboard shortcuts">
          <TableHead>
            <TableRow>
              <TableCell>Keys</TableCell>
              <TableCell>Does</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUTS.map((s) => (
              <TableRow key={s.keys}>
                <TableCell>
                  <Typography component="kbd" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                    {s.keys}
                  </Typography>
                </TableCell>
                <TableCell>{s.action}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
