/**
 * Settings in `<dataDir>/settings.json` through `conf` (plain Node) or electron-store (which
 * extends conf, so both share this adapter).
 *
 * A damaged settings file is not worth stopping the app for: settings are a handful of
 * preferences, unlike the ledger. So a file that is not JSON is moved aside to
 * `settings.corrupt-<stamp>.json` and defaults are used; a file with some bad values is also
 * copied aside, and only those values are reset. Either way `store.recovery` says what
 * happened so the app can tell the user once.
 */
import Conf, { type Options as ConfOptions } from 'conf';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeskError, LocalErrorCode } from '../../shared/api';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  assertSetting,
  checkPatch,
  isSettingKey,
  settingProblem,
  type AppSettings,
  type SettingKey,
  type SettingsRecovery,
  type SettingsStore,
} from './settings';

export const SETTINGS_FILE = 'settings.json';

/** The part of the options both conf and electron-store accept. */
export type SharedConfOptions = Pick<
  ConfOptions<AppSettings>,
  'cwd' | 'defaults' | 'clearInvalidConfig' | 'accessPropertiesByDotNotation' | 'watch'
>;

/** Compact UTC stamp without colons (Windows file names cannot hold them). */
function stamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function asidePath(dataDir: string, at: Date): string {
  const stem = path.join(dataDir, `settings.corrupt-${stamp(at)}`);
  let candidate = `${stem}.json`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem}-${n}.json`;
  return candidate;
}

/**
 * Looks at the file before conf does, so that damage is repaired with a backup instead of
 * conf either throwing (clearInvalidConfig: false) or silently wiping it (true).
 */
export function repairSettingsFile(
  dataDir: string,
  now: () => Date = () => new Date(),
): SettingsRecovery | null {
  const file = path.join(dataDir, SETTINGS_FILE);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const backupPath = asidePath(dataDir, now());
    renameSync(file, backupPath);
    return { backupPath, reason: 'The settings file was not readable JSON; default settings are used.' };
  }
  const record = parsed as Record<string, unknown>;
  const bad = Object.keys(record).filter(
    (key) => isSettingKey(key) && settingProblem(key, record[key]) !== null,
  );
  if (bad.length === 0) return null;
  const backupPath = asidePath(dataDir, now());
  copyFileSync(file, backupPath);
  for (const key of bad) delete record[key];
  writeFileSync(file, `${JSON.stringify(record, null, '\t')}\n`);
  return {
    backupPath,
    reason: `Settings with unusable values were reset to their defaults: ${bad.join(', ')}.`,
  };
}

/** Builds the store from any conf-compatible constructor (conf itself, or electron-store). */
export function openConfBacked(
  create: (options: SharedConfOptions) => Conf<AppSettings>,
  dataDir: string,
  now: () => Date = () => new Date(),
): SettingsStore {
  let recovery: SettingsRecovery | null;
  try {
    recovery = repairSettingsFile(dataDir, now);
  } catch (error) {
    throw new DeskError(
      LocalErrorCode.Internal,
      `The settings file in ${dataDir} cannot be read or repaired (${(error as Error).message}); check the folder's permissions.`,
      'dataDir',
    );
  }
  // No JSON schema for conf: values are checked by settings.ts on every write and on every read
  // (below), and repairSettingsFile deals with a damaged file at open. A schema made conf compile
  // ajv's meta-schema at every start: a fifth of a short command's time.
  const conf = create({
    cwd: dataDir,
    defaults: { ...DEFAULT_SETTINGS },
    // repairSettingsFile has already dealt with bad content, keeping a copy; conf must not wipe silently.
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  });

  /**
   * conf reads the file again on every access. A value edited in by hand since the store was
   * opened is checked as repairSettingsFile checks it at open, and the default stands in for it
   * until the next start repairs the file (keeping a copy).
   */
  const usable = (key: SettingKey, value: unknown): unknown =>
    value === undefined || settingProblem(key, value) === null ? value : DEFAULT_SETTINGS[key];

  const all = (): AppSettings => {
    const store = conf.store as Partial<Record<SettingKey, unknown>>;
    const out: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) {
      const value = usable(key, store[key]);
      if (value !== undefined) out[key] = value;
    }
    return out as unknown as AppSettings;
  };

  return {
    recovery,
    get: (key) => usable(key, conf.get(key)) as AppSettings[typeof key],
    set(key, value) {
      assertSetting(key, value);
      if (value === undefined) conf.delete(key);
      else conf.set(key, value);
    },
    update(patch) {
      const entries = checkPatch(patch);
      const next = { ...conf.store } as Record<string, unknown>;
      for (const [key, value] of entries) {
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      // One write for the whole patch.
      conf.store = next as unknown as AppSettings;
      return all();
    },
    all,
  };
}

/** Settings for plain Node (browser mode, CLI, tests): `<dataDir>/settings.json`. */
export function createConfStore(dataDir: string, options: { now?: () => Date } = {}): SettingsStore {
  return openConfBacked(
    (shared) => new Conf<AppSettings>({ ...shared, configName: 'settings' }),
    dataDir,
    options.now,
  );
}
