/**
 * Per-test fixtures: a freshly started app with its own temp data folder, a page whose clock
 * is pinned (so "today" is the same on every run), and a guard that fails the test on any
 * console error or uncaught page error.
 */
import { test as base, expect, type ConsoleMessage } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, type RunningApp } from './support/app-process';
import { ensureRendererBuilt } from './support/renderer-build';
import type { Seed } from './support/seed';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Monday 16 June 2025, 10:30 IST: inside FY 2025-26, a working day. */
export const FIXED_NOW = new Date('2025-06-16T10:30:00+05:30');

export interface ConsoleGuard {
  /** Problems seen so far. */
  readonly problems: string[];
  /** Tolerates console errors matching this pattern (for tests that provoke one on purpose). */
  allow(pattern: RegExp): void;
}

interface Fixtures {
  /** Fills the data folder before the app starts; `test.use({ seed: … })`. None by default: a fresh install. */
  seed: Seed | null;
  /** Extra environment for the app process; `test.use({ appEnv: { EINVOICE_DESK_FAKE_NOW: … } })`. */
  appEnv: Record<string, string>;
  app: RunningApp;
  consoleGuard: ConsoleGuard;
}

interface WorkerFixtures {
  rendererBuilt: void;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  rendererBuilt: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      ensureRendererBuilt(ROOT);
      await use();
    },
    { scope: 'worker', auto: true, timeout: 120_000 },
  ],

  seed: [null, { option: true }],
  appEnv: [{}, { option: true }],

  app: async ({ seed, appEnv, page }, use, testInfo) => {
    const app = await startApp(ROOT, seed ? (dir) => seed.run(dir) : undefined, appEnv);
    try {
      await use(app);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('app-output.txt', { body: app.output(), contentType: 'text/plain' });
      }
      // Leave the app's page first: a status poll landing just after the app stopped would
      // otherwise show up as a connection error in the console guard, which checks after this.
      await page.goto('about:blank').catch(() => undefined);
      await app.stop();
    }
  },

  page: async ({ page }, use) => {
    await page.clock.setFixedTime(FIXED_NOW);
    await use(page);
  },

  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((p) => p.test(text))) problems.push(`console.error: ${text}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use({ problems, allow: (pattern) => allowed.push(pattern) });
      expect(problems, 'console errors and uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
