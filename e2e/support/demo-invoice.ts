/**
 * The buyer, item and goods invoice the e2e specs key in against the built-in sandbox: a
 * Maharashtra buyer of the demo Karnataka seller (inter-state, IGST) and a 5 % cotton fabric.
 */
import type { Page } from '@playwright/test';
import type { AppShell } from '../pages/AppShell';
import { InvoiceEditorPage } from '../pages/InvoicePages';
import { ItemsPage, PartiesPage } from '../pages/MastersPages';

export const DEMO_BUYER = { gstin: '27AAKFS7310Q1ZK', name: 'Sahyadri Engineering Works' };

export const DEMO_ITEM = {
  description: 'Cotton fabric, dyed',
  hsn: '520811',
  unit: 'MTR',
  gstRate: '5%',
  price: '245.50',
};

/** The buyer by Get GSTIN details, then the item. */
export async function addDemoMasters(page: Page, shell: AppShell): Promise<void> {
  await shell.goTo('Parties');
  const parties = new PartiesPage(page);
  await parties.addRegistered(DEMO_BUYER.gstin);
  await parties.save();
  await shell.goTo('Items');
  await new ItemsPage(page).add(DEMO_ITEM);
}

/** Opens a new invoice (Alt+N) and keys in one line of the demo item for the demo buyer; its number. */
export async function keyInDemoInvoice(page: Page, quantity: string): Promise<string> {
  await page.keyboard.press('Alt+KeyN');
  return new InvoiceEditorPage(page).keyInGoodsInvoice({
    buyerSearch: 'Sahyadri',
    buyerGstin: DEMO_BUYER.gstin,
    placeOfSupply: '27',
    itemSearch: 'Cotton',
    itemOption: /Cotton fabric, dyed/,
    hsn: DEMO_ITEM.hsn,
    quantity,
  });
}
