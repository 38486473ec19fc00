/**
 * The app's few preferences, behind one small interface with three backings: electron-store in
 * the Electron main process, `conf` (which electron-store is built on) in plain Node (browser
 * mode, CLI), and memory for tests. Validation lives here, not in the backings, so every
 * backing refuses the same values with the same plain message.
 */
import { DeskError, LocalErrorCode, type SettingsView } from '../../shared/api';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

/** A type alias, not an interface: conf wants a Record-compatible type. */
export type AppSettings = {
  /** The GSTIN the desk is working as; null until one is set up. */
  activeGstin: string | null;
  /** Round the invoice total to the rupee by default in the editor. */
  roundOffTotals: boolean;
  /** Seconds between background health checks of the IRP. */
  healthPollSeconds: number;
  /** Where the main window was, to reopen it there. */
  windowBounds?: WindowBounds;
  /** Browser mode's port, kept so a bookmarked address keeps working; random when absent. */
  bridgePort?: number;
  /** Set once the user removes the demo business, so it is not set up again at the next start. */
  demoDismissed?: boolean;
};

export type SettingKey = keyof AppSettings;

export const DEFAULT_SETTINGS: Readonly<AppSettings> = Object.freeze({
  activeGstin: null,
  roundOffTotals: true,
  healthPollSeconds: 60,
});

/** When a settings file could not be used as it was: what was kept aside, and why. */
export interface SettingsRecovery {
  backupPath: string;
  reason: string;
}

export interface SettingsStore {
  get<K extends SettingKey>(key: K): AppSettings[K];
  /** `undefined` clears an optional setting. Throws a DeskError (BAD_REQUEST, field = key) for a bad value. */
  set<K extends SettingKey>(key: K, value: AppSettings[K]): void;
  /** Checks every value first, then writes them together: a bad value leaves all unchanged. */
  update(patch: Partial<AppSettings>): AppSettings;
  all(): AppSettings;
  /** Set when opening found a damaged settings file and reset it (see conf-store.ts). */
  readonly recovery: SettingsRecovery | null;
}

export const SETTING_KEYS: readonly SettingKey[] = [
  'activeGstin',
  'roundOffTotals',
  'healthPollSeconds',
  'windowBounds',
  'bridgePort',
  'demoDismissed',
];

export const HEALTH_POLL_RANGE = { min: 10, max: 3600 } as const;
export const PORT_RANGE = { min: 1024, max: 65535 } as const;

const GSTIN_SHAPE = /^[0-9]{2}[0-9A-Z]{13}$/;

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function boundsProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const b = value as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (!['x', 'y', 'width', 'height', 'maximized'].includes(key)) return `has an unknown part "${key}"`;
  }
  if (!isInt(b.width, 200, 100_000) || !isInt(b.height, 200, 100_000)) {
    return 'needs a whole-number width and height of at least 200 pixels';
  }
  if (
    (b.x !== undefined && !isInt(b.x, -100_000, 100_000)) ||
    (b.y !== undefined && !isInt(b.y, -100_000, 100_000))
  ) {
    return 'needs whole-number x and y';
  }
  if (b.maximized !== undefined && typeof b.maximized !== 'boolean')
    return 'needs maximized to be true or false';
  return null;
}

/** Why `value` is not acceptable for `key`, in plain words; null when it is. */
export function settingProblem(key: SettingKey, value: unknown): string | null {
  switch (key) {
    case 'activeGstin':
      return value === null || (typeof value === 'string' && GSTIN_SHAPE.test(value))
        ? null
        : 'The active GSTIN must be 15 capital letters and digits, starting with the two-digit state code, or empty.';
    case 'roundOffTotals':
      return typeof value === 'boolean' ? null : 'Round-off of totals must be on or off.';
    case 'healthPollSeconds':
      return isInt(value, HEALTH_POLL_RANGE.min, HEALTH_POLL_RANGE.max)
        ? null
        : `The IRP health check interval must be a whole number of seconds from ${HEALTH_POLL_RANGE.min} to ${HEALTH_POLL_RANGE.max}.`;
    case 'windowBounds': {
      if (value === undefined) return null;
      const problem = boundsProblem(value);
      return problem ? `The saved window position ${problem}.` : null;
    }
    case 'bridgePort':
      return value === undefined || isInt(value, PORT_RANGE.min, PORT_RANGE.max)
        ? null
        : `The browser-mode port must be a whole number from ${PORT_RANGE.min} to ${PORT_RANGE.max}.`;
    case 'demoDismissed':
      return value === undefined || typeof value === 'boolean'
        ? null
        : 'Whether the demo was removed must be true or false.';
    default:
      return `There is no setting called "${String(key)}".`;
  }
}

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** Throws the DeskError the router passes to the user unchanged. */
export function assertSetting(key: string, value: unknown): void {
  const problem = isSettingKey(key) ? settingProblem(key, value) : `There is no setting called "${key}".`;
  if (problem) throw new DeskError(LocalErrorCode.BadRequest, problem, key);
}

/** Every known key of `patch`, validated; unknown keys are refused rather than silently dropped. */
export function checkPatch(patch: Partial<AppSettings>): Array<[SettingKey, unknown]> {
  const entries = Object.entries(patch) as Array<[string, unknown]>;
  for (const [key, value] of entries) assertSetting(key, value);
  return entries as Array<[SettingKey, unknown]>;
}

/** The subset the renderer sees (`settings-get`). */
export function toSettingsView(settings: AppSettings): SettingsView {
  return {
    activeGstin: settings.activeGstin,
    roundOffTotals: settings.roundOffTotals,
    healthPollSeconds: settings.healthPollSeconds,
  };
}
