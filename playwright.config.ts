import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Use Playwright's own Chromium where it is installed; otherwise the
 * distribution's (Debian's `chromium`), which is what CI installs.
 */
function browserPath(): string | undefined {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
}

const executablePath = browserPath();
// Another port lets two checkouts run their browser tests side by side.
const PORT = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // No network here beyond the registries: stop Chromium's own background calls.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
  },
});
