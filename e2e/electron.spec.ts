/**
 * Electron-mode smoke test. The Electron binary is downloaded lazily by its npm package and
 * cannot be fetched on every machine (not on the build machine), so the test skips, saying
 * why, when the binary is absent.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The binary's path, or why there is none. Never triggers the package's download attempt. */
function electronBinary(): { path: string } | { absent: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { absent: 'the electron package is not installed' };
  }
  // require('electron') starts a download when path.txt is missing: check it first.
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH && !existsSync(path.join(packageDir, 'path.txt'))) {
    return { absent: `${path.join(packageDir, 'path.txt')} is missing (the binary was never downloaded)` };
  }
  try {
    const binary: unknown = require('electron');
    if (typeof binary !== 'string') return { absent: 'require("electron") did not give a path' };
    return existsSync(binary) ? { path: binary } : { absent: `${binary} does not exist` };
  } catch (error) {
    return { absent: `require("electron") failed: ${(error as Error).message}` };
  }
}

/** The built main-process entry: package.json "main" when it exists, else what build-main writes. */
function mainEntry(): string | null {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main?: string };
  const candidates = [pkg.main, 'dist/electron/main.cjs', 'dist/electron/main.mjs'].filter(
    (c): c is string => typeof c === 'string',
  );
  return candidates.map((c) => path.join(ROOT, c)).find((c) => existsSync(c)) ?? null;
}

const binary = electronBinary();

test.describe('Electron mode', () => {
  test.skip(
    'absent' in binary,
    `Electron binary is absent on this machine: ${'absent' in binary ? binary.absent : ''}`,
  );

  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring pattern.
  test('opens the window with the app bar', async ({}, testInfo) => {
    if (!('path' in binary)) return;
    const main = mainEntry();
    expect(main, 'the Electron main process is built (npm run build)').not.toBeNull();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'einvoice-desk-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [main!],
      cwd: ROOT,
      env: { ...process.env, EINVOICE_DESK_DATA: dataDir },
    });
    try {
      const window = await app.firstWindow();
      const problems: string[] = [];
      window.on('pageerror', (e) => problems.push(e.message));
      window.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await window.clock.setFixedTime(new Date('2025-06-16T10:30:00+05:30'));
      await expect(window).toHaveTitle('eInvoice Desk');
      await expect(window.getByRole('banner')).toContainText('eInvoice Desk');
      await expect(window.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      expect(problems).toEqual([]);
      await testInfo.attach('electron-window.png', {
        body: await window.screenshot(),
        contentType: 'image/png',
      });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
