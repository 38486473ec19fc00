import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * Browser mode refuses every call without the per-launch token. Someone who bookmarked the
 * bare address, or opened it after a restart (new token), lands here instead of on a broken app.
 */
export function AccessKeyMissing() {
  return (
    <Box component="main" sx={{ maxWidth: 640, mx: 'auto', mt: 10, px: 2 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        eInvoice Desk
      </Typography>
      <Alert severity="warning">
        <AlertTitle>This page has no valid access key</AlertTitle>
        Open the link printed by npm start: it ends with <code>?token=…</code> and changes each time the app
        starts. Your data is safe; this only keeps other web pages on this computer out of your invoices.
      </Alert>
    </Box>
  );
}
