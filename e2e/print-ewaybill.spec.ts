/**
 * Print and e-way bill on one generated invoice, against the built-in sandbox with pinned clocks
 * (the app's and the page's): the e-invoice PDF downloads, an e-way bill is generated with
 * distance 0 (the IRP's PIN-to-PIN distance is shown), cancelled with the e-way bill system's
 * reasons, and then the IRN itself is cancelled from the invoice screen.
 *
 * The invoice is keyed in and generated through the UI (the editor exists), so only the app
 * process ever talks to the data folder's sandbox.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FIXED_NOW, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { EwayBillPanel } from './pages/EwayBillPanel';
import { InvoiceDetailsPage, InvoiceEditorPage } from './pages/InvoicePages';
import { addDemoMasters, keyInDemoInvoice } from './support/demo-invoice';

test.use({ appEnv: { EINVOICE_DESK_FAKE_NOW: FIXED_NOW.toISOString() } });

/** A buyer by Get GSTIN details, an item, and one goods invoice generated from the editor. */
async function generatedInvoice(page: Page, shell: AppShell): Promise<string> {
  await addDemoMasters(page, shell);
  const docNo = await keyInDemoInvoice(page, '100');
  await expect(new InvoiceEditorPage(page).totals).toContainText('₹25,778.00');
  await page.keyboard.press('Control+Enter');
  return docNo;
}

test('prints the e-invoice, generates an e-way bill with distance 0, cancels it, then cancels the IRN', async ({
  page,
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  const shell = new AppShell(page);
  await shell.open(app.url);
  await generatedInvoice(page, shell);
  const details = new InvoiceDetailsPage(page);
  await expect(details.status('IRN generated')).toBeVisible({ timeout: 20_000 });
  expect(new URL(page.url()).hash).toMatch(/^#\/invoices\/\d+$/);

  // Print: the verified PDF arrives as a download (browser mode also opens it in a tab).
  const downloading = page.waitForEvent('download');
  const popup = page.waitForEvent('popup');
  await details.button('Print e-invoice').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^INV-.+\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.length).toBeGreaterThan(1000);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await (await popup).close();
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  // E-way bill by IRN, distance 0: the IRP works out the PIN-to-PIN distance.
  const ewb = new EwayBillPanel(page);
  await expect(ewb.region).toContainText('No e-way bill on this invoice.');
  await ewb.generate({
    mode: 'Road',
    vehicleNo: 'ka01ab1234',
    transporterName: 'Swift Roadways',
    distanceKm: '0',
  });
  await expect(ewb.partB).toBeHidden();
  await expect(ewb.region).toContainText(/The IRP computed [1-9]\d* km/);
  const row = ewb.table.getByRole('row', { name: /^\d{12}/ });
  await expect(row).toHaveCount(1);
  const ewbNo = (await row.getByRole('rowheader').textContent())!.trim();
  await expect(row).toContainText('KA01AB1234');
  await expect(row).toContainText('Active');
  await expect(row).toContainText(/valid for \d+ (day|h)/);
  await expect(ewb.generateButton).toBeDisabled();
  await shell.attachScreenshot(testInfo, 'ewaybill-generated.png');

  // Cancel it: the e-way bill system's reasons (2 is "Order cancelled" there, unlike the IRN's).
  await ewb.region.getByRole('button', { name: `Cancel e-way bill ${ewbNo}` }).click();
  const cancelDialog = ewb.cancelDialog(ewbNo);
  const reasons = await cancelDialog
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((r) => r.closest('label')?.textContent ?? ''));
  expect(reasons).toEqual(['1 · Duplicate', '2 · Order cancelled', '3 · Data entry mistake', '4 · Others']);
  await expect(cancelDialog).toContainText('These numbers are not the IRN’s');
  await expect(cancelDialog).toContainText(/Time left to cancel: 2[34] h \d+ min left/);
  await cancelDialog.getByRole('radio', { name: '2 · Order cancelled' }).check();
  await cancelDialog.getByLabel('Remark').fill('Order cancelled by the buyer');
  await shell.attachScreenshot(testInfo, 'ewaybill-cancel-dialog.png');
  await cancelDialog.getByRole('button', { name: 'Cancel e-way bill', exact: true }).click();
  await expect(cancelDialog).toBeHidden();
  await expect(ewb.row(new RegExp(`^${ewbNo}`))).toContainText('Cancelled');
  await expect(ewb.generateButton).toBeEnabled();

  // Then the IRN, from the invoice screen.
  await details.button('Cancel IRN').click();
  const irnDialog = page.getByRole('dialog', { name: /Cancel the IRN/ });
  await irnDialog.getByRole('radio', { name: '2 · Data entry mistake' }).check();
  await irnDialog.getByLabel('Remark').fill('Wrong quantity keyed in');
  await irnDialog.getByRole('button', { name: 'Cancel IRN' }).click();
  await expect(irnDialog).toBeHidden();
  await expect(details.status('Cancelled')).toBeVisible();
  await expect(details.fact('IRN status')).toHaveText('Cancelled');
  await expect(ewb.generateButton).toBeDisabled();
});
