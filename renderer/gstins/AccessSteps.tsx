import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Environment, IntegrationMode, SyncMode } from '../../shared/api/types';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import { EnvironmentChip } from './EnvironmentChip';
import type { StepProps } from './stepProps';
import { MAX_WHITELISTED_IPS, needsIps } from './wizardModel';

const ENVIRONMENT_HINTS: Record<Environment, string> = {
  builtin:
    'Runs inside this app: practise with no registration and no internet. Its IRNs are not real e-invoices.',
  'nic-sandbox': "NIC's public test IRP. Needs a sandbox API user from NIC's sandbox portal.",
  'nic-irp1': 'The e-invoice portal einvoice1.gst.gov.in. IRNs are legally valid.',
  'nic-irp2': 'The e-invoice portal einvoice2.gst.gov.in. IRNs are legally valid.',
  custom: 'The pass-through address your GSP gave you for the IRP.',
};

const ENVIRONMENT_ORDER: Environment[] = ['builtin', 'nic-sandbox', 'nic-irp1', 'nic-irp2', 'custom'];

function OptionLabel({ title, hint, chip }: { title: string; hint: string; chip?: ReactNode }) {
  return (
    <Box sx={{ py: 0.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {chip}
      </Box>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
        {hint}
      </Typography>
    </Box>
  );
}

/** Step 2: which IRP, and how the calls reach it (directly or through a GSP; sync or async). */
export function EnvironmentStep({ draft, update, errors }: StepProps) {
  return (
    <Stack spacing={3}>
      <FormControl error={Boolean(errors.environment)}>
        <FormLabel id="wizard-environment-label">IRP environment</FormLabel>
        <RadioGroup
          aria-labelledby="wizard-environment-label"
          name="environment"
          value={draft.environment}
          onChange={(e) => update({ environment: e.target.value as Environment })}
        >
          {ENVIRONMENT_ORDER.map((id) => (
            <FormControlLabel
              key={id}
              value={id}
              control={<Radio autoFocus={id === draft.environment} />}
              label={
                <OptionLabel
                  title={ENVIRONMENTS[id].label}
                  hint={ENVIRONMENT_HINTS[id]}
                  chip={
                    id === 'custom' ? undefined : <EnvironmentChip isSandbox={ENVIRONMENTS[id].isSandbox} />
                  }
                />
              }
            />
          ))}
        </RadioGroup>
        {errors.environment ? <FormHelperText>{errors.environment}</FormHelperText> : null}
      </FormControl>
      {draft.environment === 'custom' ? (
        <TextField
          label="Base URL"
          value={draft.baseUrl}
          onChange={(e) => update({ baseUrl: e.target.value })}
          error={Boolean(errors.baseUrl)}
          helperText={errors.baseUrl ?? 'Starts with https://, as given by your GSP.'}
          slotProps={{ htmlInput: { spellCheck: false, inputMode: 'url' } }}
        />
      ) : null}

      <FormControl>
        <FormLabel id="wizard-integration-label">How you connect</FormLabel>
        <RadioGroup
          aria-labelledby="wizard-integration-label"
          name="integration"
          value={draft.integrationMode}
          onChange={(e) => update({ integrationMode: e.target.value as IntegrationMode })}
        >
          <FormControlLabel
            value="direct"
            control={<Radio />}
            label={
              <OptionLabel
                title="Direct"
                hint="This app calls the IRP itself with an API user you create for direct access."
              />
            }
          />
          <FormControlLabel
            value="gsp"
            control={<Radio />}
            label={
              <OptionLabel
                title="Through a GSP"
                hint="A GST Suvidha Provider passes the calls on; the API user is created for that GSP."
              />
            }
          />
        </RadioGroup>
      </FormControl>
      {draft.integrationMode === 'gsp' ? (
        <TextField
          label="GSP name"
          value={draft.gspName}
          onChange={(e) => update({ gspName: e.target.value })}
          error={Boolean(errors['integration.gspName'])}
          helperText={errors['integration.gspName'] ?? 'As chosen on the portal when creating the API user.'}
        />
      ) : null}

      <FormControl>
        <FormLabel id="wizard-sync-label">API mode</FormLabel>
        <RadioGroup
          aria-labelledby="wizard-sync-label"
          name="sync"
          value={draft.sync}
          onChange={(e) => update({ sync: e.target.value as SyncMode })}
        >
          <FormControlLabel
            value="synchronous"
            control={<Radio />}
            label={
              <OptionLabel
                title="Synchronous"
                hint="Each invoice gets its IRN in the same call, within seconds: right for most businesses."
              />
            }
          />
          <FormControlLabel
            value="asynchronous"
            control={<Radio />}
            label={
              <OptionLabel
                title="Asynchronous"
                hint="Invoices are handed over in bulk and their IRNs fetched a little later: for high volumes."
              />
            }
          />
        </RadioGroup>
      </FormControl>
    </Stack>
  );
}

/** Step 3: the whitelisted static IP addresses a production IRP insists on. */
export function IpStep({ draft, update, errors }: StepProps) {
  if (!needsIps(draft)) {
    return (
      <Stack spacing={2}>
        <Alert severity="info">
          {draft.environment === 'custom'
            ? 'Your GSP calls the IRP from its own whitelisted addresses: there is nothing to enter here.'
            : `${ENVIRONMENTS[draft.environment].label} needs no whitelisted IP addresses: continue to the next step.`}
        </Alert>
        <Typography color="text.secondary">
          Production IRPs accept calls only from up to four static IP addresses registered with the API user.
          Sandboxes accept calls from anywhere.
        </Typography>
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      <Typography>
        The production IRP accepts calls only from the IP addresses whitelisted for the API user: up to{' '}
        {MAX_WHITELISTED_IPS} static public addresses of your internet connection in India. Calls from any
        other address are refused, so a connection whose address changes every day will not work. Your
        internet provider can give you a static address.
      </Typography>
      {draft.integrationMode === 'gsp' ? (
        <Alert severity="info">
          Through a GSP, the GSP&apos;s servers call the IRP: list the addresses you registered for this API
          user, if any.
        </Alert>
      ) : null}
      {draft.ips.map((ip, i) => {
        const field = `whitelistedIps[${i}]`;
        return (
          <TextField
            key={field}
            label={`IP address ${i + 1}${i === 0 && draft.integrationMode === 'direct' ? '' : ' (optional)'}`}
            value={ip}
            autoFocus={i === 0}
            onChange={(e) => {
              const ips = [...draft.ips];
              ips[i] = e.target.value;
              update({ ips });
            }}
            error={Boolean(errors[field])}
            helperText={errors[field] ?? (i === 0 ? 'Like 203.0.113.10' : undefined)}
            slotProps={{ htmlInput: { inputMode: 'decimal', spellCheck: false } }}
            sx={{ maxWidth: 320 }}
          />
        );
      })}
    </Stack>
  );
}
