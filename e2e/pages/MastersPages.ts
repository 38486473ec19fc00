import { expect, type Locator, type Page } from '@playwright/test';

/** Parties screen and its dialog (Get GSTIN details fills the form from the IRP). */
export class PartiesPage {
  readonly table: Locator;
  readonly newButton: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.table = main.getByRole('table', { name: 'Parties' });
    this.newButton = main.getByRole('button', { name: 'New party' });
    this.dialog = page.getByRole('dialog', { name: /party|Edit/ });
  }

  field(label: string): Locator {
    return this.dialog
      .getByRole('textbox', { name: label, exact: true })
      .or(this.dialog.getByRole('combobox', { name: label, exact: true }));
  }

  async addRegistered(gstin: string): Promise<void> {
    await this.newButton.click();
    await this.field('GSTIN').fill(gstin);
    await this.dialog.getByRole('button', { name: 'Get GSTIN details' }).click();
    await expect(this.field('Legal name')).not.toHaveValue('');
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save party' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}

export class ItemsPage {
  readonly table: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.table = main.getByRole('table', { name: 'Items' });
    this.dialog = page.getByRole('dialog', { name: /item|Edit/ });
  }

  async add(item: { description: string; hsn: string; unit: string; gstRate: string; price: string }) {
    await this.page.getByRole('main').getByRole('button', { name: 'New item' }).click();
    await this.dialog.getByLabel('Description').fill(item.description);
    await this.dialog.getByLabel('HSN / SAC').fill(item.hsn);
    await this.dialog.getByLabel('Unit').selectOption(item.unit);
    await this.dialog.getByLabel('GST rate').selectOption({ label: item.gstRate });
    await this.dialog.getByLabel('Default price (₹)').fill(item.price);
    await this.dialog.getByRole('button', { name: 'Save item' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
