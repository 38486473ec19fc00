import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/api';
import { SETTINGS_FILE, createConfStore } from './conf-store';
import { createMemoryStore } from './memory-store';
import { DEFAULT_SETTINGS, toSettingsView, type SettingKey, type SettingsStore } from './settings';

const GSTIN = '29AAGCB7383J1Z4';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'settings-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(fn: () => unknown): DeskError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DeskError);
    return error as DeskError;
  }
  throw new Error('expected a refusal');
}

const BAD_VALUES: Array<[SettingKey, unknown]> = [
  ['activeGstin', 'not a gstin'],
  ['activeGstin', '29aagcb7383j1z4'],
  ['roundOffTotals', 'yes'],
  ['healthPollSeconds', 5],
  ['healthPollSeconds', 60.5],
  ['healthPollSeconds', 4000],
  ['windowBounds', { width: 100, height: 800 }],
  ['windowBounds', { width: 1200, height: 800, colour: 'blue' }],
  ['bridgePort', 80],
  ['bridgePort', 70000],
];

const GOOD_VALUES: Array<[SettingKey, unknown]> = [
  ['activeGstin', GSTIN],
  ['activeGstin', null],
  ['roundOffTotals', false],
  ['healthPollSeconds', 10],
  ['windowBounds', { x: -20, y: 0, width: 1280, height: 800, maximized: true }],
  ['bridgePort', 43117],
];

// Both backings must behave the same; each case runs against each.
const backings: Array<[string, () => SettingsStore]> = [
  ['memory', () => createMemoryStore()],
  ['conf', () => createConfStore(dir)],
];

describe.each(backings)('%s settings store', (_name, make) => {
  it('starts from the defaults', () => {
    const store = make();
    expect(store.all()).toEqual({ activeGstin: null, roundOffTotals: true, healthPollSeconds: 60 });
    expect(store.get('windowBounds')).toBeUndefined();
    expect(store.recovery).toBeNull();
  });

  it('sets, gets and clears optional values', () => {
    const store = make();
    store.set('activeGstin', GSTIN);
    store.set('windowBounds', { width: 1280, height: 800 });
    expect(store.get('activeGstin')).toBe(GSTIN);
    expect(store.all()).toMatchObject({ activeGstin: GSTIN, windowBounds: { width: 1280, height: 800 } });
    store.set('windowBounds', undefined);
    expect(store.get('windowBounds')).toBeUndefined();
    expect('windowBounds' in store.all()).toBe(false);
  });

  it.each(GOOD_VALUES)('keeps %s = %j and gives it back as it was set', (key, value) => {
    const store = make();
    store.set(key, value as never);
    expect(store.get(key)).toEqual(value);
  });

  it.each(BAD_VALUES)('refuses %s = %j with a plain message naming the field', (key, value) => {
    const store = make();
    const before = store.all();
    const error = refusal(() => store.set(key, value as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe(key);
    expect(error.message).not.toMatch(/schema|ajv/i);
    expect(store.all()).toEqual(before);
  });

  it('refuses to clear a setting that must have a value, and unknown settings', () => {
    const store = make();
    expect(refusal(() => store.set('healthPollSeconds', undefined as never)).field).toBe('healthPollSeconds');
    expect(refusal(() => store.update({ colour: 'blue' } as never)).message).toBe(
      'There is no setting called "colour".',
    );
  });

  it('applies a patch all at once, or not at all', () => {
    const store = make();
    expect(store.update({ roundOffTotals: false, healthPollSeconds: 120 })).toEqual({
      activeGstin: null,
      roundOffTotals: false,
      healthPollSeconds: 120,
    });
    refusal(() => store.update({ activeGstin: GSTIN, healthPollSeconds: 1 }));
    expect(store.get('activeGstin')).toBeNull();
    expect(store.get('healthPollSeconds')).toBe(120);
  });

  it('hands out copies: changing a returned object does not change the setting', () => {
    const store = make();
    store.set('windowBounds', { width: 1280, height: 800 });
    const bounds = store.get('windowBounds');
    if (bounds) bounds.width = 9999;
    expect(store.get('windowBounds')?.width).toBe(1280);
  });
});

describe('conf settings store on disk', () => {
  it('keeps settings in <dataDir>/settings.json across openings', () => {
    const first = createConfStore(dir);
    first.update({ activeGstin: GSTIN, bridgePort: 43117 });
    const file = path.join(dir, SETTINGS_FILE);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ activeGstin: GSTIN, bridgePort: 43117 });
    const second = createConfStore(dir);
    expect(second.get('activeGstin')).toBe(GSTIN);
    expect(second.get('bridgePort')).toBe(43117);
    expect(second.recovery).toBeNull();
  });

  it('creates the data folder when it does not exist yet', () => {
    const nested = path.join(dir, 'a', 'b');
    createConfStore(nested).set('roundOffTotals', false);
    expect(JSON.parse(readFileSync(path.join(nested, SETTINGS_FILE), 'utf8'))).toMatchObject({
      roundOffTotals: false,
    });
  });

  it('keeps keys it does not know (written by a newer version) but does not report them', () => {
    writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ roundOffTotals: false, futureThing: 1 }));
    const store = createConfStore(dir);
    expect(store.all()).toEqual({ activeGstin: null, roundOffTotals: false, healthPollSeconds: 60 });
    store.set('healthPollSeconds', 30);
    expect(JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8'))).toMatchObject({ futureThing: 1 });
  });

  it('uses the default for a value edited in by hand while it is open, until the next start repairs it', () => {
    const store = createConfStore(dir);
    store.set('healthPollSeconds', 30);
    const file = path.join(dir, SETTINGS_FILE);
    writeFileSync(file, JSON.stringify({ healthPollSeconds: 'often', roundOffTotals: false }));
    expect(store.get('healthPollSeconds')).toBe(DEFAULT_SETTINGS.healthPollSeconds);
    expect(store.get('roundOffTotals')).toBe(false);
    expect(store.all()).toMatchObject({
      healthPollSeconds: DEFAULT_SETTINGS.healthPollSeconds,
      roundOffTotals: false,
    });
    const reopened = createConfStore(dir);
    expect(reopened.recovery?.reason).toMatch(/healthPollSeconds/);
    expect(reopened.get('healthPollSeconds')).toBe(DEFAULT_SETTINGS.healthPollSeconds);
  });

  it('moves an unreadable file aside and starts from defaults, saying so', () => {
    const file = path.join(dir, SETTINGS_FILE);
    writeFileSync(file, '{"activeGstin": "29AAGCB7383J1Z4", oops');
    const store = createConfStore(dir, { now: () => new Date('2024-07-15T04:30:00Z') });
    expect(store.all()).toEqual(DEFAULT_SETTINGS);
    expect(store.recovery).toEqual({
      backupPath: path.join(dir, 'settings.corrupt-20240715T043000Z.json'),
      reason: 'The settings file was not readable JSON; default settings are used.',
    });
    expect(readFileSync(store.recovery?.backupPath as string, 'utf8')).toContain('oops');
    store.set('roundOffTotals', false);
    expect(createConfStore(dir).recovery).toBeNull();
  });

  it('resets only the unusable values, keeping a copy of the original', () => {
    const file = path.join(dir, SETTINGS_FILE);
    writeFileSync(
      file,
      JSON.stringify({ activeGstin: GSTIN, healthPollSeconds: 'often', roundOffTotals: false }),
    );
    const store = createConfStore(dir);
    expect(store.all()).toEqual({ activeGstin: GSTIN, roundOffTotals: false, healthPollSeconds: 60 });
    expect(store.recovery?.reason).toBe(
      'Settings with unusable values were reset to their defaults: healthPollSeconds.',
    );
    expect(JSON.parse(readFileSync(store.recovery?.backupPath as string, 'utf8'))).toMatchObject({
      healthPollSeconds: 'often',
    });
  });

  it('does not overwrite an earlier copy of a damaged file', () => {
    const now = () => new Date('2024-07-15T04:30:00Z');
    writeFileSync(path.join(dir, SETTINGS_FILE), 'first damage');
    createConfStore(dir, { now });
    writeFileSync(path.join(dir, SETTINGS_FILE), '[]');
    const store = createConfStore(dir, { now });
    expect(store.recovery?.backupPath).toBe(path.join(dir, 'settings.corrupt-20240715T043000Z-2.json'));
    expect(
      readdirSync(dir)
        .filter((n) => n.startsWith('settings.corrupt-'))
        .sort(),
    ).toHaveLength(2);
    expect(existsSync(path.join(dir, 'settings.corrupt-20240715T043000Z.json'))).toBe(true);
  });
});

describe('toSettingsView', () => {
  it('gives the renderer only what the contract carries', () => {
    expect(
      toSettingsView({
        activeGstin: GSTIN,
        roundOffTotals: true,
        healthPollSeconds: 60,
        bridgePort: 43117,
        windowBounds: { width: 800, height: 600 },
      }),
    ).toEqual({ activeGstin: GSTIN, roundOffTotals: true, healthPollSeconds: 60 });
  });
});
