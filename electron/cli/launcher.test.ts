import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interStateInvoice, startTestSandbox } from '../irp/test-fixtures';
import { captureIo, customGstinAddArgs } from './test-io';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'electron', 'cli', 'einvoice-desk.mjs');
const bundle = path.join(root, 'dist', 'electron', 'cli.mjs');
const run = promisify(execFile);

// The command's entry runs the prebuilt bundle when it is current and the sources otherwise;
// both must behave the same.
describe('the einvoice-desk entry', () => {
  let dir: string;
  let invoiceFile: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cli-launcher-'));
    invoiceFile = path.join(dir, 'one.json');
    writeFileSync(invoiceFile, JSON.stringify([interStateInvoice('LAUNCH/1', new Date())]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs from the sources when asked to, with the exit code of the command', async () => {
    const env = { ...process.env, EINVOICE_DESK_FROM_SOURCE: '1', EINVOICE_DESK_DATA: dir };
    const ok = await run(process.execPath, [bin, 'validate', invoiceFile, '--json'], { env });
    expect(JSON.parse(ok.stdout)).toEqual([{ index: 0, valid: true, errors: [], warnings: [] }]);
    const refused = await run(process.execPath, [bin, 'validate'], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 2 });
  }, 30_000);

  it('gives the same answer from the prebuilt bundle (npm run build)', async () => {
    // npm install builds it; a checkout that never built gets it built here rather than skipped.
    if (!existsSync(bundle)) execFileSync(process.execPath, [path.join(root, 'electron', 'build-main.mjs')]);
    const { runCli } = (await import(pathToFileURL(bundle).href)) as {
      runCli: (argv: string[], io: ReturnType<typeof captureIo>) => Promise<number>;
    };
    const io = captureIo('', { EINVOICE_DESK_DATA: dir });
    expect(await runCli(['validate', invoiceFile, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual([{ index: 0, valid: true, errors: [], warnings: [] }]);
  }, 60_000);

  it('calls the IRP from the bundle, which leaves out the transports axios has of its own (and undici)', async () => {
    if (!existsSync(bundle)) execFileSync(process.execPath, [path.join(root, 'electron', 'build-main.mjs')]);
    // Loading the bundle must not load Node's fetch implementation (build-main.mjs explains why).
    const probe = await run(process.execPath, [
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(pathToFileURL(bundle).href)});` +
        `console.log(JSON.stringify(process.moduleLoadList.filter((m) => m.includes('undici'))));`,
    ]);
    expect(JSON.parse(probe.stdout)).toEqual([]);
    // Nor the form-data package (multipart bodies, which no IRP call sends).
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/node_modules\/form-data\//);

    const { runCli } = (await import(pathToFileURL(bundle).href)) as {
      runCli: (argv: string[], io: ReturnType<typeof captureIo>) => Promise<number>;
    };
    const h = await startTestSandbox(new Date());
    const data = mkdtempSync(path.join(os.tmpdir(), 'cli-bundle-irp-'));
    try {
      const user = h.sandbox.apiUsers[0]!;
      const key = path.join(data, 'key.pem');
      const cert = path.join(data, 'cert.pem');
      writeFileSync(key, h.sandbox.encryptionPublicKeyPem);
      writeFileSync(cert, h.sandbox.signingCertPem);
      const env = { EINVOICE_DESK_DATA: path.join(data, 'data') };
      const added = captureIo(user.password, env);
      expect(await runCli(customGstinAddArgs(user, h.sandbox.url, key, cert), added), added.err()).toBe(0);
      const generated = captureIo('', env);
      expect(await runCli(['generate', invoiceFile, '--gstin', user.gstin, '--json'], generated)).toBe(0);
      const [row] = JSON.parse(generated.out()) as Array<{ status: string; irn: string }>;
      expect(row).toMatchObject({ status: 'generated' });
      expect(row!.irn).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await h.stop();
      rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
