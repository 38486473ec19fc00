import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAppDataDir, resolveDataDir } from './data-dir';

describe('data folder', () => {
  it('follows EINVOICE_DESK_DATA when set', () => {
    expect(resolveDataDir({ EINVOICE_DESK_DATA: 'some/dir' })).toBe(path.resolve('some/dir'));
  });

  it('ignores a blank EINVOICE_DESK_DATA', () => {
    expect(resolveDataDir({ EINVOICE_DESK_DATA: '  ' })).toBe(defaultAppDataDir(process.platform, {}));
  });

  it("matches Electron's userData folder on each platform", () => {
    expect(
      defaultAppDataDir('win32', { APPDATA: 'C:\\Users\\asha\\AppData\\Roaming' }, 'C:\\Users\\asha'),
    ).toBe('C:\\Users\\asha\\AppData\\Roaming\\eInvoice Desk');
    expect(defaultAppDataDir('darwin', {}, '/Users/asha')).toBe(
      '/Users/asha/Library/Application Support/eInvoice Desk',
    );
    expect(defaultAppDataDir('linux', {}, '/home/asha')).toBe('/home/asha/.config/eInvoice Desk');
    expect(defaultAppDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/asha')).toBe('/cfg/eInvoice Desk');
  });
});
