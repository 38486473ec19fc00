/**
 * Prints one or several e-invoices: the main process verifies each signed QR code and draws one
 * PDF. In the desktop app the PDF is saved and opened in the system's PDF viewer, whose Print
 * command reaches the printer (a sandboxed renderer cannot print a blob), and "Save as PDF"
 * still offers it as a download. In browser mode the file downloads and opens in a tab for the
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
  /** After the file was offered (downloaded or opened in the viewer), with its name. */
  onDone?: (fileName: string) => void;
  variant?: 'outlined' | 'contained';
}

interface Printed {
  fileName: string;
  pdfBase64: string;
}

export const OPENED_TEXT = 'Opened in your PDF viewer: use its Print command.';

export function preparingText(n: number): string {
  return n === 1 ? 'Preparing the e-invoice…' : `Preparing ${n} e-invoices…`;
}

export function PrintButton({ ids, label, onDone, variant = 'outlined' }: PrintButtonProps) {
  const api = useDesk();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<DeskError | null>(null);
  /** The PDF the desktop app opened in the viewer, kept for "Save as PDF". */
  const [opened, setOpened] = useState<Printed | null>(null);
  const text = label ?? (ids.length === 1 ? 'Print e-invoice' : `Print ${ids.length} e-invoices`);

  const print = async () => {
    setBusy(true);
    setRefusal(null);
    setOpened(null);
    try {
      const printed = await api['invoice-print']({ ids });
      if (isElectron()) {
        const { opened: inViewer } = await api['pdf-open'](printed);
        if (inViewer) setOpened(printed);
        // No viewer could be started: the download is the way to the printer.
        else downloadBase64(printed.fileName, printed.pdfBase64, 'application/pdf');
      } else {
        const url = downloadBase64(printed.fileName, printed.pdfBase64, 'application/pdf');
        window.open(url, '_blank', 'noopener');
      }
      onDone?.(printed.fileName);
    } catch (error) {
      setRefusal(asDeskError(error));
    } finally {
      setBusy(false);
    }
  };

  const qrRefused = refusal?.field === 'signedQrCode';
  return (
    <Box>
      <Button variant={variant} disabled={busy || ids.length === 0} onClick={() => void print()}>
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
      {opened ? (
        <Alert
          severity="info"
          sx={{ mt: 1 }}
          onClose={() => setOpened(null)}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => downloadBase64(opened.fileName, opened.pdfBase64, 'application/pdf')}
            >
              Save as PDF
            </Button>
          }
        >
          {OPENED_TEXT}
        </Alert>
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
