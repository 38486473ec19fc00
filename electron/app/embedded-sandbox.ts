/**
 * The built-in IRP sandbox, run in-process on a random loopback port for any GSTIN set up with
 * the `builtin` environment. Its state lives in `<dataDir>/sandbox`, so IRNs survive restarts.
 *
 * The desktop app and the `einvoice-desk` command may run at the same time on one data folder;
 * two sandboxes on one state would hand out clashing acknowledgement numbers. So the process
 * that starts it records its address in `running.json`, and another process uses that sandbox
 * while it answers, starting its own only when it does not.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type ApiUser, type RunningSandbox, type Taxpayer } from '../../sandbox';

export interface EmbeddedSandbox {
  url: string;
  encryptionPublicKeyPem: string;
  signingCertPem: string;
  apiUsers: ApiUser[];
  taxpayers: Taxpayer[];
  /** True when this process runs it (and so stops it on close). */
  owned: boolean;
  close(): Promise<void>;
}

const RUNNING_FILE = 'running.json';

export function sandboxStateDir(dataDir: string): string {
  return path.join(dataDir, 'sandbox');
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/eivital/v1.04/heartbeat/ping`, { signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

export async function openEmbeddedSandbox(
  dataDir: string,
  options: { now?: Date } = {},
): Promise<EmbeddedSandbox> {
  const stateDir = sandboxStateDir(dataDir);
  mkdirSync(stateDir, { recursive: true });
  const runningFile = path.join(stateDir, RUNNING_FILE);

  if (existsSync(runningFile)) {
    try {
      const running = readJson<{ url: string; pid: number }>(runningFile);
      if (running.pid !== process.pid && (await answers(running.url))) {
        return {
          url: running.url,
          encryptionPublicKeyPem: readFileSync(path.join(stateDir, 'encryption-public-key.pem'), 'utf8'),
          signingCertPem: readFileSync(path.join(stateDir, 'signing-cert.pem'), 'utf8'),
          apiUsers: readJson<ApiUser[]>(path.join(stateDir, 'api-users.json')),
          taxpayers: readJson<Taxpayer[]>(path.join(stateDir, 'taxpayers.json')),
          owned: false,
          close: async () => undefined,
        };
      }
    } catch {
      // A stale or damaged record: start our own below and overwrite it.
    }
  }

  const sandbox: RunningSandbox = await startSandbox({
    stateDir,
    port: 0,
    ...(options.now ? { now: options.now } : {}),
  });
  writeFileSync(runningFile, JSON.stringify({ url: sandbox.url, pid: process.pid }));
  return {
    url: sandbox.url,
    encryptionPublicKeyPem: sandbox.encryptionPublicKeyPem,
    signingCertPem: sandbox.signingCertPem,
    apiUsers: sandbox.apiUsers,
    taxpayers: readJson<Taxpayer[]>(path.join(stateDir, 'taxpayers.json')),
    owned: true,
    async close() {
      try {
        if (readJson<{ pid: number }>(runningFile).pid === process.pid) rmSync(runningFile, { force: true });
      } catch {
        // already gone
      }
      await sandbox.close();
    },
  };
}
