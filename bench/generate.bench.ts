/**
 * IRN generation through `einvoice-desk generate` against the sandbox, compared with the
 * sandbox's own throughput, and bounded concurrency against a slow IRP.
 *
 * - Reference: the sandbox's own rate, measured exactly as sandbox.bench.ts measures it (its
 *   `measureSandboxRate`, 8 raw HTTP clients, same sandbox settings), against this very sandbox
 *   just before and just after the command's run. This VM's speed drifts by ±10 % or more between
 *   runs minutes apart, so the ratio is taken against the mean of the two, measured in the same
 *   minute as the command.
 * - CLI: 10,000 invoices in one file through the real command (child process, its own ledger),
 *   everything included: validation, ledger writes, outbox, signature checks. The target
 *   is ≥ 60 % of the sandbox's own rate.
 * - Latency: with 500 ms injected on generate, invoices per second at --concurrency 1 against the
 *   default bounded concurrency; target ≥ 8× faster. The serial run is timed on a sample (1,000
 *   invoices one at a time would take over 8 minutes); the rate is what is compared.
 * The sandbox runs as its own process, as `npm run sandbox` starts it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interStateInvoice } from '../electron/irp/test-fixtures';
import { measureSandboxRate, startBenchSandbox } from './sandbox.bench';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface User {
  gstin: string;
  userName: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
): Promise<{ code: number; out: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'electron', 'cli', 'einvoice-desk.mjs'), ...args],
      {
        env: { ...process.env, ...env },
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, ms: performance.now() - started }));
    child.stdin.end(stdin);
  });
}

async function faults(url: string, body: unknown) {
  await fetch(`${url}/sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function invoices(prefix: string, n: number): unknown[] {
  const today = new Date();
  return Array.from({ length: n }, (_, i) => interStateInvoice(`${prefix}${i + 1}`, today, 1 + (i % 50)));
}

export default async function run(): Promise<void> {
  // The command as users run it: from its prebuilt bundle (the bin falls back to compiling the
  // sources when the bundle is older than them, which would measure tsx instead).
  execFileSync(process.execPath, [path.join(root, 'electron', 'build-main.mjs')], { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-generate-'));
  const sandbox = await startBenchSandbox();
  const { url, stateDir } = sandbox;
  try {
    const user = (JSON.parse(readFileSync(path.join(stateDir, 'api-users.json'), 'utf8')) as User[])[0]!;
    const keyFile = path.join(stateDir, 'encryption-public-key.pem');
    const certFile = path.join(stateDir, 'signing-cert.pem');

    // The command, on its own data folder, set up as a custom environment against this sandbox.
    const env = { EINVOICE_DESK_DATA: path.join(dir, 'data') };
    const added = await cli(
      [
        'gstin',
        'add',
        '--gstin',
        user.gstin,
        '--env',
        'custom',
        '--base-url',
        url,
        '--user',
        user.userName,
        '--client-id',
        user.clientId,
        '--client-secret',
        user.clientSecret,
        '--password-stdin',
        '--public-key',
        keyFile,
        '--signing-cert',
        certFile,
      ],
      env,
      user.password,
    );
    if (added.code !== 0) throw new Error(`gstin add failed: ${added.out}`);

    const bulkFile = path.join(dir, 'bulk.json');
    writeFileSync(bulkFile, JSON.stringify(invoices('CLI/', 10_000)));
    const before = await measureSandboxRate(sandbox);
    const bulk = await cli(['generate', bulkFile, '--gstin', user.gstin, '--json'], env);
    const after = await measureSandboxRate(sandbox);
    const reference = (before.irnsPerSecond + after.irnsPerSecond) / 2;
    const bulkRows = JSON.parse(bulk.out) as Array<{ status: string }>;
    const generated = bulkRows.filter((r) => r.status === 'generated').length;
    const cliRate = bulkRows.length / (bulk.ms / 1000);

    // 500 ms on every generate: one at a time against bounded concurrency.
    await faults(url, { latencyMs: 500, paths: ['/eicore/v1.03/Invoice'] });
    const serialFile = path.join(dir, 'serial.json');
    writeFileSync(serialFile, JSON.stringify(invoices('SER/', 20)));
    const serial = await cli(
      ['generate', serialFile, '--gstin', user.gstin, '--json', '--concurrency', '1'],
      env,
    );
    const concurrentFile = path.join(dir, 'concurrent.json');
    writeFileSync(concurrentFile, JSON.stringify(invoices('CON/', 1000)));
    const concurrent = await cli(['generate', concurrentFile, '--gstin', user.gstin, '--json'], env);
    await faults(url, {});
    const serialRate = 20 / (serial.ms / 1000);
    const concurrentRate = 1000 / (concurrent.ms / 1000);
    const concurrentOk = (JSON.parse(concurrent.out) as Array<{ status: string }>).filter(
      (r) => r.status === 'generated',
    ).length;

    const share = cliRate / reference;
    console.log(
      `sandbox's own rate (sandbox.bench.ts's measurement, same sandbox): ${before.irnsPerSecond.toFixed(0)} IRNs/s ` +
        `before the command, ${after.irnsPerSecond.toFixed(0)} after, mean ${reference.toFixed(0)}`,
    );
    console.log(
      `einvoice-desk generate, 10,000 invoices: ${(bulk.ms / 1000).toFixed(1)} s, ${cliRate.toFixed(0)} invoices/s, ` +
        `${generated} generated; ${(share * 100).toFixed(0)} % of the sandbox's own rate  target ≥ 60 %  ` +
        (share >= 0.6 && generated === 10_000 ? 'ok' : 'MISSED'),
    );
    console.log(
      `500 ms latency: one at a time ${serialRate.toFixed(2)}/s (20 invoices in ${(serial.ms / 1000).toFixed(1)} s); ` +
        `default concurrency ${concurrentRate.toFixed(1)}/s (1,000 invoices in ${(concurrent.ms / 1000).toFixed(1)} s, ${concurrentOk} generated); ` +
        `${(concurrentRate / serialRate).toFixed(1)}× faster (target ≥ 8×)`,
    );
  } finally {
    await sandbox.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
