/**
 * Printing from the register: two invoices keyed in and generated through the editor against the
 * built-in sandbox, ticked in the register (a click and Space on the focused row), and printed
 * with "Print selected" into one PDF download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FIXED_NOW, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { InvoiceDetailsPage } from './pages/InvoicePages';
import { InvoicesPage } from './pages/InvoicesPage';
import { addDemoMasters, keyInDemoInvoice } from './support/demo-invoice';

test.use({ appEnv: { EINVOICE_DESK_FAKE_NOW: FIXED_NOW.toISOString() } });

/** One goods invoice keyed in from the editor and sent with Ctrl+Enter; its number. */
async function generateOne(page: Page, quantity: string): Promise<string> {
  const docNo = await keyInDemoInvoice(page, quantity);
  await page.keyboard.press('Control+Enter');
  await expect(new InvoiceDetailsPage(page).status('IRN generated')).toBeVisible({ timeout: 20_000 });
  return docNo;
}

test('selects two generated invoices in the register and prints them into one PDF', async ({ page, app }) => {
  test.setTimeout(150_000);
  const shell = new AppShell(page);
  await shell.open(app.url);
  await addDemoMasters(page, shell);

  const first = await generateOne(page, '100');
  const second = await generateOne(page, '40');
  expect(second).not.toBe(first);

  await shell.goTo('Invoices');
  const register = new InvoicesPage(page);
  await expect(register.rows()).toHaveCount(2);
  const main = page.getByRole('main');
  const box = (docNo: string) =>
    main.getByRole('checkbox', { name: `Select ${docNo} for printing`, exact: true });
  await box(first).check();
  const secondRow = register.rows().filter({
    has: page.getByRole('checkbox', { name: `Select ${second} for printing`, exact: true }),
  });
  await secondRow.focus();
  await expect(secondRow).toBeFocused();
  await page.keyboard.press('Space');
  await expect(secondRow).toHaveAttribute('aria-selected', 'true');
  await expect(main.getByText('2 selected', { exact: true })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await main.getByRole('button', { name: 'Print selected' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // Two invoices, one file: at least one page each.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
  await expect(main.getByText(/Preparing/)).toBeHidden();
});
