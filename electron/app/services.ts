/**
 * Composition: everything a running app (Electron, browser mode) or the CLI needs, opened from
 * one data folder. The only place that knows how the pieces fit together.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunMode } from '../../shared/api';
import { createRouter, type Router } from '../ipc/router';
import { openLedger, type Ledger } from '../ledger';
import { createConfStore, type SettingsStore } from '../settings';
import { clockFromEnv, type Clock } from './clock';
import { createHandlers } from './handlers';

export interface AppServicesOptions {
  dataDir: string;
  mode: RunMode;
  /** electron-store in Electron; conf in plain Node when absent. */
  settings?: SettingsStore;
  /** The bundled Electron build passes the copied migrations folder. */
  migrationsDir?: string;
  now?: Clock;
}

export interface AppServices {
  dataDir: string;
  ledger: Ledger;
  settings: SettingsStore;
  router: Router;
  now: Clock;
  close(): Promise<void>;
}

export const LEDGER_FILE = 'ledger.sqlite';

function appVersion(): string {
  // package.json sits two folders up from electron/app in source and from dist/electron in builds.
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, '..', '..', 'package.json'), path.join(here, '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'einvoice-desk' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

export async function openAppServices(options: AppServicesOptions): Promise<AppServices> {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? clockFromEnv();
  const settings = options.settings ?? createConfStore(options.dataDir, { now });
  const ledger = await openLedger({
    file: path.join(options.dataDir, LEDGER_FILE),
    backupDir: path.join(options.dataDir, 'backups'),
    now,
    ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
  });
  const router = createRouter(
    createHandlers({ ledger, settings, dataDir: options.dataDir, mode: options.mode, version: appVersion(), now }),
  );
  return {
    dataDir: options.dataDir,
    ledger,
    settings,
    router,
    now,
    async close() {
      ledger.close();
    },
  };
}
