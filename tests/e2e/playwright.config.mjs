// Playwright runner config. The browser is Debian's /usr/bin/chromium (CHROME_PATH to change):
// Playwright never downloads one. The static server for dist/ is started by global-setup.mjs
// on a free port of 127.0.0.1.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './specs',
  testMatch: /.*\.spec\.mjs$/,
  globalSetup: './global-setup.mjs',
  timeout: 90_000,
  expect: { timeout: 5_000 },
  retries: 0,
  workers: Number(process.env.E2E_WORKERS ?? 2), // the machine has 2 cores
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./lib/summary-reporter.mjs']],
  outputDir: 'test-results/output',
  use: {
    headless: true,
    locale: 'pt-PT',
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'allow',
    trace: 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The browser's own UI language: it sets the order of the segments of <input type=date>
        // (mm/dd/yyyy), which the keyboard test types into. Pages still get the test's locale.
        '--lang=en-US',
      ],
    },
  },
});
