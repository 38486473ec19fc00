import Typography from '@mui/material/Typography';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The signed QR code as the IRP issued it (the JWT itself is the QR's content). */
export function QrImage({ signedQrCode }: { signedQrCode: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(signedQrCode, { errorCorrectionLevel: 'M', margin: 2, width: 240 })
      .then((data) => live && setUrl(data))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [signedQrCode]);
  if (failed) return <Typography color="error">The QR code could not be drawn on this screen.</Typography>;
  if (!url) return <Typography color="text.secondary">Drawing the QR code…</Typography>;
  return <img src={url} alt="QR code of the signed invoice" width={240} height={240} />;
}
