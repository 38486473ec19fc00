import { defineConfig } from 'vitest/config';

// Unit tests live beside the code they test. Playwright owns e2e/ (see playwright.config.ts).
export default defineConfig({
  test: {
    include: ['{shared,electron,sandbox,renderer}/**/*.test.{ts,tsx}', 'electron-builder.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
