import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api';
import { openAppServices, type AppServices } from './services';

const SAHYADRI = {
  gstin: '27AAKFS7310Q1ZK',
  environment: 'builtin' as const,
  userName: 'sahyadri_api',
  password: 'Sandbox@123',
  clientId: 'SBXSAHYADRI27CLIENT',
  clientSecret: 'sbx-secret-sahyadri-27',
  integration: { mode: 'direct' as const, sync: 'synchronous' as const },
};

describe('app services', () => {
  let dataDir: string;
  let services: AppServices;
  const call = async (channel: string, req?: unknown) => {
    const answer = (await services.router.dispatch(channel, req)) as Envelope<unknown>;
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
    return answer.value;
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'services-'));
    services = await openAppServices({ dataDir, mode: 'browser' });
  });
  afterEach(async () => {
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up the demo business of the built-in sandbox on first start, labelled sandbox, and only once', async () => {
    await services.startBackground();
    const info = (await call('app-info')) as { activeGstin: string; isSandbox: boolean; environment: string };
    expect(info).toMatchObject({ activeGstin: '29AAGCV4521M1ZW', isSandbox: true, environment: 'builtin' });
    const profiles = (await call('gstin-profiles')) as Array<{
      gstin: string;
      isDemo: boolean;
      legalName: string;
    }>;
    expect(profiles).toEqual([
      expect.objectContaining({
        gstin: '29AAGCV4521M1ZW',
        isDemo: true,
        legalName: 'Vasundhara Textiles Private Limited',
      }),
    ]);

    const report = (await call('gstin-test', { gstin: '29AAGCV4521M1ZW' })) as { ok: boolean };
    expect(report.ok).toBe(true);
    const status = (await call('irp-status', { refresh: true })) as { up: boolean };
    expect(status.up).toBe(true);

    // Removed once, it stays removed.
    await call('gstin-remove', { gstin: '29AAGCV4521M1ZW' });
    expect(await services.gstins.ensureDemo()).toBe(false);
    expect(await call('gstin-profiles')).toEqual([]);
    expect((await call('app-info')) as { activeGstin: string | null }).toMatchObject({ activeGstin: null });
  });

  it('never lets a secret cross to the renderer, whatever the channel', async () => {
    await services.startBackground();
    const saved = await call('gstin-save', { profile: SAHYADRI });
    const answers = [
      saved,
      await call('gstin-profiles'),
      await call('gstin-test', { gstin: SAHYADRI.gstin }),
      await call('gstin-test', { draft: { ...SAHYADRI, password: undefined, clientSecret: undefined } }),
      await call('app-info'),
      await call('business-list'),
      await call('settings-get'),
      await call('irp-status', { refresh: true }),
      await call('gstin-lookup', { gstin: SAHYADRI.gstin }),
    ];
    const text = JSON.stringify(answers);
    expect(text).toContain(SAHYADRI.gstin);
    for (const secret of [
      SAHYADRI.password,
      SAHYADRI.clientSecret,
      SAHYADRI.clientId,
      'sbx-secret-vasundhara-29',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect((saved as { saved: boolean }).saved).toBe(true);
  });

  it('does not save a GSTIN whose test fails, and names the field of a bad request', async () => {
    const result = (await call('gstin-save', { profile: { ...SAHYADRI, password: 'wrong' } })) as {
      saved: boolean;
      report: { steps: Array<{ id: string; ok: boolean; code?: string }> };
    };
    expect(result.saved).toBe(false);
    expect(result.report.steps.find((s) => s.id === 'auth')).toMatchObject({ ok: false, code: '1019' });
    expect(services.vault.has(SAHYADRI.gstin)).toBe(false);

    const bad = await services.router.dispatch('gstin-save', { profile: { ...SAHYADRI, gstin: '27AAK' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', field: 'gstin' } });
  });

  it('opens a printed PDF only in the desktop app, saved under the prints folder with a safe name', async () => {
    const pdf = Buffer.from('%PDF-1.7 test').toString('base64');
    expect(await call('pdf-open', { fileName: 'x.pdf', pdfBase64: pdf })).toEqual({
      opened: false,
      path: null,
    });

    const opened: string[] = [];
    const desktop = await openAppServices({
      dataDir: path.join(dataDir, 'desktop'),
      mode: 'electron',
      openFile: async (file) => {
        opened.push(file);
      },
    });
    try {
      const answer = await desktop.router.dispatch('pdf-open', {
        fileName: '../../evil/INV 1.pdf',
        pdfBase64: pdf,
      });
      expect(answer).toMatchObject({ ok: true, value: { opened: true } });
      expect(opened).toHaveLength(1);
      expect(opened[0]).toBe(path.join(dataDir, 'desktop', 'prints', 'INV_1.pdf'));
      expect(existsSync(opened[0]!)).toBe(true);
      expect(readFileSync(opened[0]!, 'utf8')).toBe('%PDF-1.7 test');
    } finally {
      await desktop.close();
    }
  });
});
