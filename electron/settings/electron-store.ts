/**
 * Settings for the Electron main process, through electron-store. electron-store is ESM and
 * imports `electron` at load time, so only the Electron entry (main.ts) may import this file;
 * everything else uses createConfStore, which reads and writes the same settings.json.
 */
import ElectronStore from 'electron-store';
import { openConfBacked } from './conf-store';
import type { AppSettings, SettingsStore } from './settings';

export function createElectronStore(dataDir: string): SettingsStore {
  return openConfBacked((shared) => new ElectronStore<AppSettings>({ ...shared, name: 'settings' }), dataDir);
}
