/**
 * In-process start of the IRP sandbox: the app runs it as its embedded default on a random port, the CLI
 * and the conformance suite start it the same way.
 */
import type { AddressInfo } from 'node:net';
import { SandboxClock } from './clock';
import { DEFAULT_CONFIG, type SandboxConfig } from './config';
import type { SandboxContext } from './context';
import { FaultSet } from './faults';
import { JwtSigner } from './jwt';
import { certDer, loadPrivateKey } from './keys';
import { ewbSequenceFrom } from './routes/ewaybill';
import { createSandboxServer, drainSandboxServer } from './server';
import { Store } from './state/db';
import { loadOrCreateStateFiles } from './state/files';
import { GstinMaster } from './state/master';
import type { RunningSandbox, SandboxOptions } from './types';

export type {
  ApiUser,
  RunningSandbox,
  SandboxOptions,
  Taxpayer,
  TaxpayerStatus,
  TaxpayerType,
} from './types';
export type { SandboxConfig } from './config';
export { DEFAULT_CONFIG } from './config';

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const config: SandboxConfig = {
    ...DEFAULT_CONFIG,
    ...options.config,
    ...(options.tokenTtlMinutes !== undefined ? { tokenTtlMinutes: options.tokenTtlMinutes } : {}),
    ...(options.strictGstinChecksum !== undefined
      ? { strictGstinChecksum: options.strictGstinChecksum }
      : {}),
  };
  const clock = new SandboxClock(options.now);
  const files = await loadOrCreateStateFiles(options.stateDir, clock.now());
  const store = new Store(options.stateDir);
  const ctx: SandboxContext = {
    config,
    clock,
    store,
    master: new GstinMaster(files.taxpayers, store),
    apiUsers: files.apiUsers,
    encryptionKey: loadPrivateKey(files.encryptionPrivateKeyPem),
    signer: new JwtSigner(loadPrivateKey(files.signingPrivateKeyPem), certDer(files.signingCertPem)),
    faults: new FaultSet(),
    sessions: new Map(),
    sequences: { ackNo: store.maxAckNo() % 1e10, ewbNo: ewbSequenceFrom(store.maxEwbNo()) },
    inFlight: new Map(),
  };
  const server = createSandboxServer(ctx);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://${host}:${port}`,
    port,
    stateDir: options.stateDir,
    encryptionPublicKeyPem: files.encryptionPublicKeyPem,
    signingCertPem: files.signingCertPem,
    apiUsers: files.apiUsers,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // Requests cut off above may still be running (an injected latency, say): let them end
      // before the store they write to is closed.
      await drainSandboxServer(server);
      store.close();
    },
  };
}
