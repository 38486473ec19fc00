import { FIXED_NOW, expect, test } from './fixtures';
import { AppShell, SECTIONS } from './pages/AppShell';
import { DashboardPage } from './pages/DashboardPage';
import { InvoicesPage } from './pages/InvoicesPage';
import { SettingsPage } from './pages/SettingsPage';

/** The built-in sandbox's demo business, set up on the first start of a fresh data folder. */
const DEMO_GSTIN = '29AAGCV4521M1ZW';

test.describe('app shell in browser mode', () => {
  test('renders the banner, navigation and dashboard of a fresh data folder (with the demo business)', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);

    await expect(shell.banner).toContainText('eInvoice Desk');
    await expect(shell.navigation.getByRole('link')).toHaveText(SECTIONS.map((s) => s.label));
    await expect(shell.heading('Dashboard')).toBeVisible();
    await expect(page).toHaveTitle('eInvoice Desk');

    // The pinned clock is 16/06/2025 in IST; the dashboard says so in dd/mm/yyyy.
    expect(FIXED_NOW.toISOString()).toBe('2025-06-16T05:00:00.000Z');
    const dashboard = new DashboardPage(page);
    await expect(dashboard.today).toContainText('16/06/2025');
    await expect(dashboard.cardValue('Drafts')).toHaveText('0');

    // A fresh data folder starts with the built-in sandbox's demo business, active and marked SANDBOX.
    await expect(shell.gstinButton).toHaveText(DEMO_GSTIN);
    await expect(shell.environmentBadge()).toHaveText('SANDBOX');

    // The token has left the address bar but the page keeps working after a reload.
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await page.reload();
    await expect(shell.heading('Dashboard')).toBeVisible();
    await expect(shell.gstinButton).toHaveText(DEMO_GSTIN);

    await shell.attachScreenshot(testInfo, 'dashboard.png');
  });

  test('every navigation item opens its screen', async ({ page, app }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await expect(shell.heading('Dashboard')).toBeVisible();

    for (const section of SECTIONS) {
      await shell.goTo(section.label);
      await expect(shell.heading(section.label)).toBeVisible();
      await expect(shell.navLink(section.label)).toHaveAttribute('aria-current', 'page');
      expect(new URL(page.url()).hash).toBe(section.hash);
      // No screen may be stuck on its spinner or show a load failure on a fresh ledger.
      await expect(shell.main.getByRole('status')).toHaveCount(0);
      await expect(shell.main.getByText(/could not be loaded/)).toHaveCount(0);
      await shell.attachScreenshot(testInfo, `${section.hash.slice(2)}.png`);
    }

    await shell.goTo('Invoices');
    await expect(new InvoicesPage(page).emptyState).toHaveText('No invoices yet');
  });

  test('keyboard shortcuts open screens, search and the help dialog', async ({ page, app }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await expect(shell.heading('Dashboard')).toBeVisible();

    for (const [i, section] of SECTIONS.entries()) {
      await shell.shortcut(i + 1);
      await expect(shell.heading(section.label)).toBeVisible();
    }

    await shell.shortcut(2);
    await expect(shell.heading('Invoices')).toBeVisible();
    const invoices = new InvoicesPage(page);
    await page.keyboard.press('Control+k');
    await expect(invoices.search).toBeFocused();
    // Typing "?" into a search box is text, not a request for help.
    await page.keyboard.type('?');
    await expect(invoices.search).toHaveValue('?');
    await expect(shell.helpDialog).toBeHidden();
    await invoices.search.blur();

    await page.keyboard.press('F1');
    await expect(shell.helpDialog).toBeVisible();
    await shell.attachScreenshot(testInfo, 'help-dialog.png');
    await expect(shell.helpDialog.getByRole('table', { name: 'Keyboard shortcuts' })).toContainText('Alt+6');
    await page.keyboard.press('Escape');
    await expect(shell.helpDialog).toBeHidden();

    await page.keyboard.press('Shift+Slash');
    await expect(shell.helpDialog).toBeVisible();
    await shell.helpDialog.getByRole('button', { name: 'Close' }).click();
    await expect(shell.helpDialog).toBeHidden();

    await shell.helpButton.click();
    await expect(shell.helpDialog).toBeVisible();
  });

  test('settings are saved and read back', async ({ page, app }) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await shell.goTo('Settings');
    const settings = new SettingsPage(page);

    await expect(settings.dataFolder).toContainText(app.dataDir);
    const wasOn = await settings.roundOff.isChecked();
    const poll = Number(await settings.healthPoll.inputValue());
    const newPoll = poll === 120 ? 90 : 120;

    await settings.roundOff.setChecked(!wasOn);
    await settings.healthPoll.fill(String(newPoll));
    await settings.save.click();
    await expect(page.getByText('Settings saved.')).toBeVisible();

    await page.reload();
    await expect(shell.heading('Settings')).toBeVisible();
    await expect(settings.roundOff).toBeChecked({ checked: !wasOn });
    await expect(settings.healthPoll).toHaveValue(String(newPoll));
  });

  test('refuses to work without the access token', async ({ browser, app }, testInfo) => {
    // A separate context: no sessionStorage carried over from a page that had the token.
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      // The refused API calls are logged by Chromium as failed loads (401); nothing else may be.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) problems.push(m.text());
    });
    try {
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(app.origin);
      await expect(page.getByText(/Open the link printed by npm start/)).toBeVisible();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await new AppShell(page).attachScreenshot(testInfo, 'no-access-key.png');

      // The bridge itself answers 401 with an envelope.
      const response = await page.request.post(`${app.origin}api/invoke/app-info`, { data: { req: null } });
      expect(response.status()).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
