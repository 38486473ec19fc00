import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import type { GstinProfileView } from '../../shared/api/types';

/** Asks before forgetting a GSTIN's API access, and says plainly what is and is not deleted. */
export function RemoveDialog({
  profile,
  onCancel,
  onConfirm,
}: {
  profile: GstinProfileView;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open
      onClose={busy ? undefined : onCancel}
      aria-labelledby="remove-gstin-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="remove-gstin-title">
        Remove {profile.isDemo ? 'the demo business' : 'API access for'} {profile.gstin}?
      </DialogTitle>
      <DialogContent>
        {profile.isDemo ? (
          <DialogContentText sx={{ mb: 2 }}>
            This is the demo business of the built-in practice sandbox (
            {profile.legalName ?? 'practice GSTIN'}). Removing it forgets its practice API user; it will not
            be set up again when the app starts. You can always add a practice user yourself with Add GSTIN.
          </DialogContentText>
        ) : null}
        <DialogContentText sx={{ mb: 2 }}>
          The API user name, password, client ID and client secret stored for {profile.gstin} are deleted from
          this computer. Nothing changes on the e-invoice portal.
        </DialogContentText>
        <DialogContentText>
          Invoices of this GSTIN stay in the ledger: they can still be opened by choosing the GSTIN in the app
          bar, but no new IRN can be generated for it until its API access is set up again.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onConfirm().finally(() => setBusy(false));
          }}
        >
          Remove
        </Button>
      </DialogActions>
    </Dialog>
  );
}
