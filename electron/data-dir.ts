/**
 * Where user data lives: `EINVOICE_DESK_DATA` when set (tests, portable installs, scripts),
 * otherwise the folder Electron would choose for `userData`, so the desktop app, browser mode
 * and the `einvoice-desk` command all share one ledger.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'eInvoice Desk';
export const DATA_DIR_ENV = 'EINVOICE_DESK_DATA';

export function defaultAppDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), PRODUCT_NAME);
}

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return override ? path.resolve(override) : defaultAppDataDir(process.platform, env);
}
