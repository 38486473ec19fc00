/**
 * "Test connection" for a GSTIN's API access: the heartbeat, a real login (with the token's
 * expiry), and Get GSTIN details of the GSTIN itself. The set-up mistakes people actually make
 * (wrong client credentials, an API user made for a GSP, e-invoicing not enabled, keys of the
 * other environment) are explained in words rather than codes.
 */
import type { ConnectionTestReport, ConnectionTestStep } from '../../shared/api';
import { describeIrpCode } from '../../shared/irp/error-messages';
import { parseIrpDateTime } from '../../shared/time/ist';
import { formatDateTime } from '../../shared/format/indian';
import type { IrpClient } from '../irp/client';
import { IrpError } from '../irp/errors';
import { toTaxpayerView } from './taxpayer';

function explain(error: unknown, environmentLabel: string): { detail: string; code?: string } {
  if (!(error instanceof IrpError)) return { detail: (error as Error).message ?? String(error) };
  if (error.kind === 'protocol' && error.api === 'auth') {
    return {
      code: error.code,
      detail: `The IRP's answer could not be read with the keys set up for ${environmentLabel}. Check that the public key is the one for this environment (sandbox and production keys differ).`,
    };
  }
  if (error.kind === 'not-sent' || error.kind === 'unknown-outcome') {
    return {
      code: error.code,
      detail: `${error.message} Check the internet connection and the environment's address.`,
    };
  }
  const first = error.details[0];
  if (!first) return { code: error.code, detail: error.message };
  const described = describeIrpCode(first.code, first.irpMessage);
  return { code: first.code, detail: [described.message, described.action].filter(Boolean).join(' ') };
}

export async function runConnectionTest(
  client: IrpClient,
  gstin: string,
  environmentLabel: string,
  now: () => Date,
): Promise<ConnectionTestReport> {
  const steps: ConnectionTestStep[] = [];
  let tokenExpiry: string | null = null;
  let taxpayer: ConnectionTestReport['taxpayer'] = null;

  const health = await client.health();
  steps.push({
    id: 'health',
    label: 'IRP answers',
    ok: health.up,
    detail: health.up
      ? `${environmentLabel} answered in ${health.latencyMs} ms.`
      : `${environmentLabel} did not answer (${health.reason ?? 'no reply'}). Check the internet connection and the environment's address.`,
  });

  try {
    const session = await client.authenticate();
    tokenExpiry = session.tokenExpiry;
    const expiry = parseIrpDateTime(session.tokenExpiry);
    steps.push({
      id: 'auth',
      label: 'Sign in with the API user',
      ok: true,
      detail: `Signed in. The session is valid until ${expiry ? formatDateTime(expiry) : session.tokenExpiry} (IST).`,
    });
  } catch (error) {
    steps.push({
      id: 'auth',
      label: 'Sign in with the API user',
      ok: false,
      ...explain(error, environmentLabel),
    });
  }

  if (tokenExpiry) {
    try {
      const details = await client.getGstinDetails(gstin);
      taxpayer = toTaxpayerView(details.data);
      const name = taxpayer.legalName ?? taxpayer.tradeName ?? gstin;
      steps.push({
        id: 'gstin-details',
        label: 'Read this GSTIN from the IRP',
        ok: true,
        detail: `${name}, ${taxpayer.statusLabel.toLowerCase()}${taxpayer.location ? `, ${taxpayer.location}` : ''}.`,
      });
    } catch (error) {
      steps.push({
        id: 'gstin-details',
        label: 'Read this GSTIN from the IRP',
        ok: false,
        ...explain(error, environmentLabel),
      });
    }
  }

  return {
    // The heartbeat is informative only: some GSP endpoints do not offer it.
    ok:
      steps.filter((s) => s.id !== 'health').every((s) => s.ok) &&
      steps.some((s) => s.id === 'gstin-details'),
    steps,
    tokenExpiry,
    taxpayer,
    testedAt: now().toISOString(),
  };
}
