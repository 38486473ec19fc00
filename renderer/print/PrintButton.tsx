/**
 * Prints one or several e-invoices: the main process verifies each signed QR code and draws one
 * PDF; the file is offered as a download, and in browser mode also opened in a tab for the
 * browser's print dialog. A refused QR code (bad signature, claims that differ from the ledger)
 * blocks printing and its reason is shown in place, not in a passing snackbar.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { DeskError } from '../../shared/api/result';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';
import { downloadBase64, isElectron } from './download';

export { downloadBase64 } from './download';

export interface PrintButtonProps {
  /** Invoices to print, in this order, into one PDF. */
  ids: number[];
  label?: string;
  /** After the file was offered, with its name. */
  onDone?: (fileName: string) => void;
}

function preparingText(n: number): string {
  return n === 1 ? 'Preparing the e-invoice…' : `Preparing ${n} e-invoices…`;
}

export function PrintButton({ ids, label, onDone }: PrintButtonProps) {
  const api = useDesk();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<DeskError | null>(null);
  const text = label ?? (ids.length === 1 ? 'Print e-invoice' : `Print ${ids.length} e-invoices`);

  const print = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const { fileName, pdfBase64 } = await api['invoice-print']({ ids });
      const url = downloadBase64(fileName, pdfBase64, 'application/pdf');
      if (!isElectron()) window.open(url, '_blank', 'noopener');
      onDone?.(fileName);
    } catch (error) {
      setRefusal(asDeskError(error));
    } finally {
      setBusy(false);
    }
  };

  const qrRefused = refusal?.field === 'signedQrCode';
  return (
    <Box>
      <Button variant="outlined" disabled={busy || ids.length === 0} onClick={() => void print()}>
        {text}
      </Button>
      {busy ? (
        <Box sx={{ mt: 1, maxWidth: 360 }} role="status" aria-live="polite">
          <LinearProgress aria-label={preparingText(ids.length)} />
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {preparingText(ids.length)}
          </Typography>
        </Box>
      ) : null}
      {refusal ? (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setRefusal(null)}>
          <AlertTitle>
            {qrRefused ? 'Printing blocked: the QR code did not pass its check' : 'Not printed'}
          </AlertTitle>
          {refusal.message}
        </Alert>
      ) : null}
    </Box>
  );
}
