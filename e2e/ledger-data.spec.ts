import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { DashboardPage } from './pages/DashboardPage';
import { GstinsPage } from './pages/GstinsPage';
import { InvoicesPage } from './pages/InvoicesPage';
import { SEEDED, seedBusinesses } from './support/seed';

test.describe('screens over a ledger with GSTINs and an invoice', () => {
  test.use({ seed: seedBusinesses });

  test('shows the active GSTIN, its environment, and its data in Indian formats', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);

    await expect(shell.gstinButton).toHaveText(SEEDED.sandboxGstin);
    await expect(shell.environmentBadge()).toHaveText('SANDBOX');
    await expect(new DashboardPage(page).cardValue('Drafts')).toHaveText('1');

    await shell.goTo('Invoices');
    const invoices = new InvoicesPage(page);
    const row = invoices.table.getByRole('row', { name: new RegExp(SEEDED.docNo) });
    await expect(row).toContainText(SEEDED.docDate);
    await expect(row).toContainText(SEEDED.totalText);
    await expect(row).toContainText(SEEDED.buyerGstin);
    await expect(row).toContainText('Draft');
    await shell.attachScreenshot(testInfo, 'invoices-with-data.png');

    // Search narrows the register; a miss shows the empty state.
    await invoices.search.fill('no-such-document');
    await expect(invoices.emptyState).toHaveText('No invoices match');
    await invoices.search.fill('0001');
    await expect(row).toBeVisible();

    await shell.goTo('Parties');
    await expect(page.getByRole('table', { name: 'Parties' })).toContainText(SEEDED.buyerName);
    await expect(page.getByRole('table', { name: 'Parties' })).toContainText('29 · Karnataka');

    await shell.goTo('Items');
    const items = page.getByRole('table', { name: 'Items' });
    await expect(items).toContainText(SEEDED.itemDescription);
    await expect(items).toContainText('5%');
    await expect(items).toContainText(SEEDED.itemPriceText);
  });

  test('switches GSTIN from the app bar: grouped by PAN, badge and screens follow', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await expect(shell.gstinButton).toHaveText(SEEDED.sandboxGstin);
    await expect(shell.environmentBadge()).toHaveText('SANDBOX');
    await shell.goTo('Invoices');
    await expect(new InvoicesPage(page).table).toContainText(SEEDED.docNo);

    await shell.gstinButton.click();
    const menu = shell.gstinMenu();
    await expect(menu.getByText(/^PAN /)).toHaveText([`PAN ${SEEDED.otherPan}`, `PAN ${SEEDED.sharedPan}`]);
    await expect(menu.getByRole('menuitem')).toHaveCount(3);
    await shell.attachScreenshot(testInfo, 'gstin-menu.png');
    await page.keyboard.press('Escape');

    await shell.switchGstin(SEEDED.productionGstin);
    await expect(shell.gstinButton).toHaveText(SEEDED.productionGstin);
    await expect(shell.environmentBadge()).toHaveText('PRODUCTION');
    await expect(page.getByText(`Now working as ${SEEDED.productionGstin}.`)).toBeVisible();
    // The invoice belongs to the other GSTIN: this one's register is empty.
    await expect(new InvoicesPage(page).emptyState).toHaveText('No invoices yet');

    // The choice is stored, not just shown.
    await page.reload();
    await expect(shell.gstinButton).toHaveText(SEEDED.productionGstin);

    await shell.goTo('GSTINs & API access');
    const gstins = new GstinsPage(page);
    // The two sandbox GSTINs have API access, grouped under their PAN; no demo business was added.
    await expect(gstins.cards()).toHaveCount(2);
    await expect(gstins.panGroup(SEEDED.sharedPan).getByRole('article')).toHaveCount(2);
    await expect(gstins.card('29AAGCV4521M1ZW')).toHaveCount(0);
    // The production GSTIN is in the ledger only.
    await expect(gstins.ledgerOnly.getByRole('row')).toHaveCount(2);
    await expect(gstins.ledgerOnly).toContainText(SEEDED.productionGstin);
    await expect(gstins.ledgerOnly).toContainText('Active');
    await shell.attachScreenshot(testInfo, 'gstins-with-data.png');

    await gstins.action(SEEDED.secondSandboxGstin, 'Make active').click();
    await expect(shell.gstinButton).toHaveText(SEEDED.secondSandboxGstin);
    await expect(shell.environmentBadge()).toHaveText('SANDBOX');
    await expect(gstins.card(SEEDED.secondSandboxGstin)).toContainText('Active');
  });
});
