import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.dirname(fileURLToPath(import.meta.url));
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// Packaging needs downloads that this machine cannot make, so the installer's configuration
// is checked for the properties the product depends on.
describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9]+)+$/);
    expect(config.productName).toBe('eInvoice Desk');
    expect(pkg.productName).toBe(config.productName);
  });

  it('builds a per-user NSIS installer for 64-bit Windows', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('points at icons that exist', () => {
    for (const icon of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon]) {
      expect(existsSync(path.join(root, icon)), icon).toBe(true);
    }
    const ico = readFileSync(path.join(root, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // ICO type
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(4); // several sizes
  });

  it('ships the built app and keeps the native SQLite module loadable', () => {
    expect(config.files).toContain('dist/**/*');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*');
    expect(pkg.main).toBe('dist/electron/main.mjs');
  });

  it('ships the invoice fonts the PDF embeds', () => {
    const fonts = config.extraResources.find((r: { from: string }) => r.from === 'resources/fonts');
    expect(fonts).toMatchObject({ to: 'fonts' });
    expect(existsSync(path.join(root, 'resources', 'fonts', 'DejaVuSans.ttf'))).toBe(true);
  });

  it('leaves the native rebuild to install-app-deps', () => {
    expect(config.npmRebuild).toBe(false);
    expect(pkg.scripts['rebuild:electron']).toBe('electron-builder install-app-deps');
  });
});
