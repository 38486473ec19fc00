import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test. Playwright owns e2e/ (see playwright.config.ts).
export default defineConfig({
  test: {
    include: ['{shared,electron,sandbox,renderer}/**/*.test.{ts,tsx}', 'electron-builder.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // CI keeps a machine-readable record so .ci/run can print one closing count.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.reports/unit.json' }]] : ['default'],
  },
});
