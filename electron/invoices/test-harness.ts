/**
 * Test harness for the invoice life cycle: a real sandbox the test can fault and move in time,
 * and the app's services on a temp data folder with a GSTIN set up against that sandbox (as a
 * custom environment, so the test owns the sandbox's controls). Test-only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GstinProfileInput } from '../../shared/api';
import { openAppServices, type AppServices } from '../app/services';
import { interStateInvoice, startTestSandbox, type SandboxHarness } from '../irp/test-fixtures';
import type { FaultHooks } from './outbox-processor';

export interface InvoiceHarness {
  services: AppServices;
  h: SandboxHarness;
  dataDir: string;
  /** Moves the app's clock and the sandbox's together. */
  advanceMinutes(minutes: number): Promise<void>;
  /** Imports a valid inter-state INV-01 and returns its id. */
  importInvoice(docNo: string, qty?: number): number;
  close(): Promise<void>;
}

export async function startInvoiceHarness(hooks: FaultHooks = {}): Promise<InvoiceHarness> {
  const start = new Date();
  const realStart = Date.now();
  let offset = 0;
  const now = () => new Date(start.getTime() + offset + (Date.now() - realStart));
  const h = await startTestSandbox(start);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'invoices-'));
  const services = await openAppServices({ dataDir, mode: 'cli', now, outboxHooks: hooks });
  const user = h.sandbox.apiUsers[0]!;
  const profile: GstinProfileInput = {
    gstin: user.gstin,
    environment: 'custom',
    baseUrl: h.sandbox.url,
    userName: user.userName,
    clientId: user.clientId,
    password: user.password,
    clientSecret: user.clientSecret,
    integration: { mode: 'direct', sync: 'synchronous' },
    encryptionPublicKeyPem: h.sandbox.encryptionPublicKeyPem,
    signingCertPem: h.sandbox.signingCertPem,
  };
  const saved = await services.gstins.save(profile);
  if (!saved.saved) throw new Error(`harness GSTIN not saved: ${JSON.stringify(saved.report)}`);
  return {
    services,
    h,
    dataDir,
    async advanceMinutes(minutes) {
      offset += minutes * 60_000;
      await h.advance(minutes);
    },
    importInvoice(docNo, qty = 100) {
      return services.invoices.importInv01(interStateInvoice(docNo, now(), qty) as never, user.gstin).id;
    },
    async close() {
      await services.close();
      await h.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
