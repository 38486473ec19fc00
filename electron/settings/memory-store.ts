import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  assertSetting,
  checkPatch,
  type AppSettings,
  type SettingKey,
  type SettingsStore,
} from './settings';

function copy<T>(value: T): T {
  return value === undefined ? value : (structuredClone(value) as T);
}

/** Settings held in memory: for tests, and for the CLI when no data folder is wanted. */
export function createMemoryStore(initial: Partial<AppSettings> = {}): SettingsStore {
  checkPatch(initial);
  const values: AppSettings = { ...DEFAULT_SETTINGS, ...copy(initial) };
  const all = (): AppSettings => {
    const out = {} as Record<SettingKey, unknown>;
    for (const key of SETTING_KEYS) if (values[key] !== undefined) out[key] = copy(values[key]);
    return out as unknown as AppSettings;
  };
  return {
    recovery: null,
    get: (key) => copy(values[key]),
    set(key, value) {
      assertSetting(key, value);
      if (value === undefined) delete values[key];
      else values[key] = copy(value);
    },
    update(patch) {
      for (const [key, value] of checkPatch(patch)) {
        if (value === undefined) delete values[key];
        else (values as unknown as Record<string, unknown>)[key] = copy(value);
      }
      return all();
    },
    all,
  };
}
