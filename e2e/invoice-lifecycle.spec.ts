/**
 * The invoice life cycle against the built-in sandbox with pinned clocks (the app's and the
 * page's): a party by Get GSTIN details, an item, an invoice keyed in with the keyboard only,
 * its IRN and QR, the dashboard's countdown, cancelling, the register, and — with the clock
 * moved 25 hours on — the refusal to cancel and the credit note it offers instead.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FIXED_NOW, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { InvoiceDetailsPage, InvoiceEditorPage } from './pages/InvoicePages';
import { InvoicesPage } from './pages/InvoicesPage';
import { ItemsPage, PartiesPage } from './pages/MastersPages';
import { DEMO_BUYER, DEMO_ITEM } from './support/demo-invoice';

const LATER = new Date(FIXED_NOW.getTime() + 25 * 60 * 60_000);

test.use({ appEnv: { EINVOICE_DESK_FAKE_NOW: FIXED_NOW.toISOString() } });

async function setUpMasters(page: Page, shell: AppShell): Promise<void> {
  await shell.goTo('Parties');
  const parties = new PartiesPage(page);
  await parties.addRegistered(DEMO_BUYER.gstin);
  await expect(parties.field('Legal name')).toHaveValue(DEMO_BUYER.name);
  await expect(parties.field('State')).toHaveValue('27');
  await parties.save();
  await expect(parties.table).toContainText(DEMO_BUYER.name);
  await shell.goTo('Items');
  await new ItemsPage(page).add(DEMO_ITEM);
  await expect(new ItemsPage(page).table).toContainText(DEMO_ITEM.description);
}

/** Keys in one invoice from Alt+N to Ctrl+Enter without the mouse; returns its number. */
async function keyInInvoice(page: Page): Promise<string> {
  const keyboard = page.keyboard;
  await keyboard.press('Alt+KeyN');
  const editor = new InvoiceEditorPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'New invoice' })).toBeVisible();
  await expect(editor.party).toBeFocused();
  const docNo = await editor.docNo.inputValue();

  await keyboard.type('Sahyadri');
  await expect(editor.option(new RegExp(DEMO_BUYER.gstin))).toBeVisible();
  await keyboard.press('Enter');
  await expect(editor.placeOfSupply).toBeFocused();
  await expect(editor.placeOfSupply).toHaveValue('27');
  await keyboard.press('Enter');

  await expect(editor.line(1, 'item')).toBeFocused();
  await keyboard.type('Cotton');
  await expect(editor.option(/Cotton fabric, dyed/)).toBeVisible();
  await keyboard.press('Enter');
  await expect(editor.line(1, 'HSN/SAC')).toBeFocused();
  await expect(editor.line(1, 'HSN/SAC')).toHaveValue(DEMO_ITEM.hsn);
  // A new empty line appeared once the first was filled.
  await expect(editor.line(2, 'item')).toHaveValue('');
  await keyboard.press('Enter');
  await expect(editor.line(1, 'quantity')).toBeFocused();
  await keyboard.type('100');
  await keyboard.press('Enter');
  await expect(editor.line(1, 'unit')).toBeFocused();
  await expect(editor.line(1, 'unit')).toHaveValue(DEMO_ITEM.unit);
  await keyboard.press('Enter');
  await expect(editor.line(1, 'unit price')).toHaveValue(DEMO_ITEM.price.replace(/0$/, ''));

  // Karnataka seller, Maharashtra buyer: inter-state, IGST 5 % of ₹24,550.
  await expect(editor.totals).toContainText('IGST');
  await expect(editor.totals).toContainText('₹1,227.50');
  // ₹25,777.50 rounded to the rupee (round-off is on by default).
  await expect(editor.totals).toContainText('Round off₹0.50');
  await expect(editor.totals).toContainText('₹25,778.00');
  await expect(page.getByLabel('Amount in words')).toHaveText(
    'Rupees Twenty-Five Thousand Seven Hundred Seventy-Eight Only',
  );

  await keyboard.press('Control+Enter');
  return docNo;
}

test('keys in an invoice with the keyboard, generates it, sees its countdown and cancels it', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(120_000);
  const shell = new AppShell(page);
  await shell.open(app.url);
  await setUpMasters(page, shell);

  const docNo = await keyInInvoice(page);
  const details = new InvoiceDetailsPage(page);
  await expect(details.status('IRN generated')).toBeVisible({ timeout: 20_000 });
  await expect(details.fact('IRN')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(details.fact('Ack No')).toHaveText(/^\d{15}$/);
  await expect(details.fact('Ack date')).toContainText('16/06/2025');
  await expect(details.qr).toBeVisible();
  await expect(details.fact('Cancel window')).toHaveText(/^2[34] h \d+ min left$/);
  await shell.attachScreenshot(testInfo, 'invoice-generated.png');

  await shell.goTo('Dashboard');
  const cancellable = page.getByRole('region', { name: 'Cancellable now (24-hour windows)' });
  await expect(cancellable).toContainText(docNo);
  await expect(cancellable).toContainText(/2[34] h \d+ min left/);
  await shell.attachScreenshot(testInfo, 'dashboard-countdown.png');

  await cancellable.getByRole('link', { name: new RegExp(docNo) }).click();
  await details.button('Cancel IRN').click();
  const dialog = page.getByRole('dialog', { name: /Cancel the IRN/ });
  await expect(dialog).toContainText(/Time left to cancel: 2[34] h \d+ min left/);
  await dialog.getByRole('radio', { name: '2 · Data entry mistake' }).check();
  await dialog.getByLabel('Remark').fill('Wrong quantity keyed in');
  await shell.attachScreenshot(testInfo, 'cancel-dialog.png');
  await dialog.getByRole('button', { name: 'Cancel IRN' }).click();
  await expect(dialog).toBeHidden();
  await expect(details.status('Cancelled')).toBeVisible();
  await expect(details.fact('IRN status')).toHaveText('Cancelled');
  await expect(details.fact('Cancelled')).toContainText('Wrong quantity keyed in');
});

test('after 24 hours cancelling is refused and a credit note is drafted; the register searches, filters and exports', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  const shell = new AppShell(page);
  await shell.open(app.url);
  await setUpMasters(page, shell);
  const docNo = await keyInInvoice(page);
  const details = new InvoiceDetailsPage(page);
  await expect(details.status('IRN generated')).toBeVisible({ timeout: 20_000 });
  const invoiceHash = new URL(page.url()).hash;

  // The register: search by number, filter by status, export the view.
  await shell.goTo('Invoices');
  const register = new InvoicesPage(page);
  await register.search.fill(docNo);
  await expect(register.rows()).toHaveCount(1);
  await expect(register.rows().first()).toContainText('IRN generated');
  await register.filterStatus('Cancelled');
  await expect(register.emptyState).toHaveText('No invoices match');
  await register.filterStatus('IRN generated');
  await expect(register.rows()).toHaveCount(1);
  await shell.attachScreenshot(testInfo, 'register-filtered.png');
  const downloading = page.waitForEvent('download');
  await register.exportButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^einvoice-register-29AAGCV4521M1ZW-.*\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(docNo);

  // 25 hours later (the app and the page clocks alike), the same data folder.
  await app.restart({ env: { EINVOICE_DESK_FAKE_NOW: LATER.toISOString() } });
  await page.clock.setFixedTime(LATER);
  await shell.open(`${app.url}${invoiceHash}`);
  await expect(details.status('IRN generated')).toBeVisible();
  await expect(details.fact('Cancel window')).toHaveText('Closed (24 hours have passed)');
  await details.button('Cancel IRN').click();
  const dialog = page.getByRole('dialog', { name: /Cancel the IRN/ });
  await expect(dialog).toContainText('only within 24 hours of its acknowledgement');
  await expect(dialog).toContainText('credit note');
  await shell.attachScreenshot(testInfo, 'cancel-refused.png');
  await dialog.getByRole('button', { name: 'Draft a credit note' }).click();

  const editor = new InvoiceEditorPage(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
  await expect(editor.docType).toHaveValue('CRN');
  await expect(editor.originalNumber).toHaveValue(docNo);
  await expect(editor.form.getByLabel('Original invoice date')).toHaveValue('16/06/2025');
  await expect(editor.party).toHaveValue(DEMO_BUYER.name);
  await shell.attachScreenshot(testInfo, 'credit-note-draft.png');
});
