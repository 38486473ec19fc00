// Not re-exported: ./electron-store (it imports `electron`; main.ts imports it directly).
export {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  assertSetting,
  settingProblem,
  toSettingsView,
  type AppSettings,
  type SettingKey,
  type SettingsRecovery,
  type SettingsStore,
  type WindowBounds,
} from './settings';
export { createConfStore, repairSettingsFile, SETTINGS_FILE } from './conf-store';
export { createMemoryStore } from './memory-store';
