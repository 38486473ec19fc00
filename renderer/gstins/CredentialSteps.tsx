import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef } from 'react';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import type { StepProps } from './stepProps';
import { PRACTICE_PASSWORD, PRACTICE_USERS, type WizardDraft } from './wizardModel';

const PORTAL: Partial<Record<WizardDraft['environment'], string>> = {
  'nic-irp1': 'einvoice1.gst.gov.in',
  'nic-irp2': 'einvoice2.gst.gov.in',
};

/** Step 4: how to create the API user on the portal, in the portal's own words. */
export function PortalStep({ draft }: StepProps) {
  if (draft.environment === 'builtin') {
    return (
      <Stack spacing={2}>
        <Typography>
          The built-in practice sandbox needs no registration: it comes with practice API users. Use the one
          for your practice GSTIN; the user name is filled in for you on the next step.
        </Typography>
        <Table size="small" aria-label="Practice API users">
          <TableHead>
            <TableRow>
              <TableCell>API user</TableCell>
              <TableCell>GSTIN</TableCell>
              <TableCell>Business</TableCell>
              <TableCell>Client ID</TableCell>
              <TableCell>Client secret</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {PRACTICE_USERS.map((u) => (
              <TableRow key={u.userName}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{u.userName}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{u.gstin}</TableCell>
                <TableCell>
                  {u.business}
                  <br />
                  <small>{u.note}</small>
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{u.clientId}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{u.clientSecret}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2">
          Every practice user&apos;s password is <code>{PRACTICE_PASSWORD}</code>. These are practice details,
          not secrets; they work only with the built-in sandbox.
        </Typography>
      </Stack>
    );
  }
  if (draft.environment === 'nic-sandbox') {
    return (
      <Stack spacing={1.5} component="ol" sx={{ pl: 2.5, m: 0 }}>
        <li>
          Register on NIC&apos;s sandbox portal (einv-apisandbox.nic.in) with your GSTIN and e-mail address;
          NIC sends a client ID and client secret for the sandbox.
        </li>
        <li>On the sandbox portal, create an API user with a user name and password of your choice.</li>
        <li>Download the sandbox&apos;s public key there: you will import it on the next step.</li>
        <li>Sandbox details work only in the sandbox; production needs a separate API user.</li>
      </Stack>
    );
  }
  const portal = PORTAL[draft.environment];
  const via = draft.integrationMode === 'gsp' ? 'Through GSP' : 'Direct';
  return (
    <Stack spacing={1.5}>
      <Box component="ol" sx={{ pl: 2.5, m: 0, '& li': { mb: 1 } }}>
        <li>
          Sign in to the e-invoice portal{portal ? ` (${portal})` : ''} with your GST portal login for this
          GSTIN.
        </li>
        <li>
          Open <strong>API Registration → User Credentials → Create API User</strong>.
        </li>
        <li>
          Choose <strong>{via}</strong>
          {draft.integrationMode === 'gsp' && draft.gspName.trim()
            ? ` and select ${draft.gspName.trim()}`
            : ''}
          , matching what you chose on step 2.
          {draft.integrationMode === 'direct'
            ? ' Enter the IP addresses from step 3; the portal then shows your client ID and client secret.'
            : ' Your GSP gives you the client ID and client secret.'}
        </li>
        <li>
          Choose the API user name and password. They are separate from your GST portal login: keep them for
          the next step.
        </li>
        <li>Download the portal&apos;s public key (PEM file or the text shown) for the next step.</li>
      </Box>
      <Alert severity="info">
        {ENVIRONMENTS[draft.environment].label}: every GSTIN, even under the same PAN, needs its own API user.
      </Alert>
    </Stack>
  );
}

function KeyField({
  label,
  field,
  value,
  onChange,
  error,
  hint,
  accept,
}: {
  label: string;
  field: string;
  value: string;
  onChange: (text: string) => void;
  error: string | undefined;
  hint: string;
  accept: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const pick = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => onChange(typeof reader.result === 'string' ? reader.result : '');
    reader.readAsText(file);
  };
  return (
    <Box>
      <TextField
        label={label}
        value={value}
        name={field}
        onChange={(e) => onChange(e.target.value)}
        multiline
        minRows={2}
        maxRows={6}
        fullWidth
        error={Boolean(error)}
        helperText={error ?? hint}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
      />
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        aria-label={`${label} file`}
        hidden
        onChange={(e) => {
          pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <Button size="small" sx={{ mt: 0.5 }} onClick={() => input.current?.click()}>
        Choose {label.toLowerCase()} file…
      </Button>
    </Box>
  );
}

/** Step 5: the API user's credentials and the environment's keys. Secrets are write-only. */
export function CredentialsStep({ draft, update, errors, editing }: StepProps) {
  const keep = (is: boolean | undefined, what: string) =>
    is ? `A ${what} is stored: leave empty to keep it.` : undefined;
  return (
    <Stack spacing={2}>
      <Typography>
        The API user&apos;s details from the portal. The password and client secret are stored encrypted on
        this computer and are never shown again.
      </Typography>
      <TextField
        label="API user name"
        value={draft.userName}
        onChange={(e) => update({ userName: e.target.value })}
        autoFocus
        error={Boolean(errors.userName)}
        helperText={errors.userName ?? 'Not your GST portal login: the API user created for this GSTIN.'}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label="Password"
        type="password"
        value={draft.password}
        onChange={(e) => update({ password: e.target.value })}
        error={Boolean(errors.password)}
        helperText={errors.password ?? keep(editing?.hasPassword, 'password')}
        slotProps={{ htmlInput: { autoComplete: 'new-password' } }}
      />
      <TextField
        label="Client ID"
        value={draft.clientId}
        onChange={(e) => update({ clientId: e.target.value })}
        error={Boolean(errors.clientId)}
        helperText={
          errors.clientId ??
          (editing?.clientIdMasked ? `Stored: ${editing.clientIdMasked}. Leave empty to keep it.` : undefined)
        }
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        label="Client secret"
        type="password"
        value={draft.clientSecret}
        onChange={(e) => update({ clientSecret: e.target.value })}
        error={Boolean(errors.clientSecret)}
        helperText={errors.clientSecret ?? keep(editing?.hasClientSecret, 'client secret')}
        slotProps={{ htmlInput: { autoComplete: 'new-password' } }}
      />
      {draft.environment === 'builtin' ? (
        <Alert severity="info">The built-in sandbox supplies its own keys: there is nothing to import.</Alert>
      ) : (
        <>
          <KeyField
            label="IRP public key"
            field="encryptionPublicKeyPem"
            value={draft.publicKey}
            onChange={(publicKey) => update({ publicKey })}
            error={errors.encryptionPublicKeyPem}
            hint={
              editing?.hasPublicKey
                ? 'A key is stored: leave empty to keep it.'
                : `The public key of ${ENVIRONMENTS[draft.environment].label}: the PEM file, or the base64 text the portal shows.`
            }
            accept=".pem,.cer,.crt,.key,.txt"
          />
          <KeyField
            label="Signing certificate"
            field="signingCertPem"
            value={draft.signingCert}
            onChange={(signingCert) => update({ signingCert })}
            error={errors.signingCertPem}
            hint={
              editing?.hasSigningCert
                ? 'A certificate is stored: leave empty to keep it.'
                : "Optional: the IRP's signing certificate, to check the signature on each signed invoice and QR code."
            }
            accept=".pem,.cer,.crt,.txt"
          />
        </>
      )}
      <TextField
        label="Notes (optional)"
        value={draft.notes}
        onChange={(e) => update({ notes: e.target.value })}
        multiline
        minRows={1}
        helperText="For yourself: who created the API user, when the password was last changed."
      />
    </Stack>
  );
}
