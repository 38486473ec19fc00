import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { captureIo } from '../test-io';

// The built-in sandbox's seeded API users (sandbox/README.md).
const SAHYADRI = {
  gstin: '27AAKFS7310Q1ZK',
  user: 'sahyadri_api',
  clientId: 'SBXSAHYADRI27CLIENT',
  secret: 'sbx-secret-sahyadri-27',
};

describe('einvoice-desk gstin / lookup', () => {
  let dataDir: string;
  const env = () => ({ EINVOICE_DESK_DATA: dataDir });
  const run = async (args: string[], stdin = '') => {
    const io = captureIo(stdin, env());
    const code = await runCli(args, io);
    return { code, out: io.out(), err: io.err() };
  };
  const addArgs = (extra: string[] = []) => [
    'gstin',
    'add',
    '--gstin',
    SAHYADRI.gstin,
    '--env',
    'builtin',
    '--user',
    SAHYADRI.user,
    '--client-id',
    SAHYADRI.clientId,
    '--client-secret',
    SAHYADRI.secret,
    '--password-stdin',
    ...extra,
  ];

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'cli-gstin-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds a GSTIN after a passing test, lists it masked, tests it, looks up another, removes it', async () => {
    const added = await run([...addArgs(), '--json'], 'Sandbox@123\n');
    expect(added.code).toBe(0);
    const addJson = JSON.parse(added.out);
    expect(addJson.saved).toBe(true);
    expect(addJson.test).toMatchObject({ health: true, auth: true, gstinDetails: true });
    expect(addJson.profile).toMatchObject({
      gstin: SAHYADRI.gstin,
      legalName: 'Sahyadri Engineering Works',
      isSandbox: true,
    });

    const listed = await run(['gstin', 'list', '--json']);
    const profiles = JSON.parse(listed.out);
    expect(profiles.map((p: { gstin: string }) => p.gstin)).toEqual([SAHYADRI.gstin]);
    expect(listed.out).not.toContain('Sandbox@123');
    expect(listed.out).not.toContain(SAHYADRI.secret);
    expect(listed.out).not.toContain(SAHYADRI.clientId);

    const tested = await run(['gstin', 'test', SAHYADRI.gstin, '--json']);
    expect(tested.code).toBe(0);
    expect(JSON.parse(tested.out)).toMatchObject({
      health: true,
      auth: true,
      tokenExpiry: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });

    const lookedUp = await run(['lookup', '29AAGCV4521M1ZW', '--as', SAHYADRI.gstin, '--json']);
    expect(lookedUp.code).toBe(0);
    expect(JSON.parse(lookedUp.out)).toMatchObject({
      gstin: '29AAGCV4521M1ZW',
      status: 'ACT',
      stateCode: '29',
    });

    const synced = await run(['lookup', '32AAJFP3305C1ZV', '--as', SAHYADRI.gstin, '--sync']);
    expect(synced.code).toBe(0);
    expect(synced.out).toContain('Periyar Spices');

    const removed = await run(['gstin', 'remove', SAHYADRI.gstin]);
    expect(removed.code).toBe(0);
    expect(JSON.parse((await run(['gstin', 'list', '--json'])).out)).toEqual([]);
  });

  it('refuses a password on the command line and saves nothing on a failing test', async () => {
    const noStdin = await run(addArgs().filter((a) => a !== '--password-stdin'));
    expect(noStdin.code).toBe(2);
    expect(noStdin.err).toContain('--password-stdin');

    const wrong = await run([...addArgs(), '--json'], 'not-the-password');
    expect(wrong.code).toBe(1);
    const json = JSON.parse(wrong.out);
    expect(json.saved).toBe(false);
    expect(json.test.auth).toBe(false);
    expect(json.test.steps.find((s: { id: string }) => s.id === 'auth')).toMatchObject({ code: '1019' });
    expect(JSON.parse((await run(['gstin', 'list', '--json'])).out)).toEqual([]);
  });

  it('explains a GSTIN not enabled for e-invoicing, and --no-test saves it anyway', async () => {
    const args = [
      'gstin',
      'add',
      '--gstin',
      '29AABCC6047H1ZM',
      '--env',
      'builtin',
      '--user',
      'cauvery_api',
      '--client-id',
      'SBXCAUVERY29CLIENT',
      '--client-secret',
      'sbx-secret-cauvery-29',
      '--password-stdin',
    ];
    const tested = await run(args, 'Sandbox@123');
    expect(tested.code).toBe(1);
    expect(tested.out).toMatch(/not enabled/i);
    const saved = await run([...args, '--no-test'], 'Sandbox@123');
    expect(saved.code).toBe(0);
    expect(saved.out).toContain('Saved API access for 29AABCC6047H1ZM');
  });

  it('keeps no secret in plain text anywhere in the data folder', async () => {
    await run(addArgs(), 'Sandbox@123');
    const { listFilesRecursive } = await import('../../vault/testing');
    for (const file of listFilesRecursive(dataDir)) {
      if (file.includes(`${path.sep}sandbox${path.sep}`)) continue; // the sandbox's own seed lists its users
      const text = readFileSync(file).toString('latin1');
      expect(text, file).not.toContain('Sandbox@123');
      expect(text, file).not.toContain(SAHYADRI.secret);
    }
  });

  it('asks for the GSTIN and the environment in plain words', async () => {
    expect((await run(['gstin', 'test'])).err).toContain('Name the GSTIN');
    const badEnv = await run(
      ['gstin', 'add', '--gstin', SAHYADRI.gstin, '--env', 'moon', '--password-stdin'],
      'x',
    );
    expect(badEnv.code).toBe(2);
    expect(badEnv.err).toContain('--env must be one of builtin, nic-sandbox, nic-irp1, nic-irp2, custom');
  });
});
