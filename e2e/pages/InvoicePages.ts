import { expect, type Locator, type Page } from '@playwright/test';

/** The invoice editor, driven from the keyboard. */
export class InvoiceEditorPage {
  readonly form: Locator;
  readonly party: Locator;
  readonly placeOfSupply: Locator;
  readonly docNo: Locator;
  readonly docType: Locator;
  readonly originalNumber: Locator;
  readonly totals: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: /editor$/ });
    this.party = this.form.getByRole('combobox', { name: 'Buyer (party)' });
    this.placeOfSupply = this.form.getByLabel('Place of supply');
    this.docNo = this.form.getByLabel('Document number');
    this.docType = this.form.getByLabel('Document type');
    this.originalNumber = this.form.getByLabel('Original invoice number');
    this.totals = this.form.getByRole('table', { name: 'Totals' });
  }

  line(n: number, field: 'item' | 'HSN/SAC' | 'quantity' | 'unit' | 'unit price' | 'discount' | 'GST rate') {
    return this.form.getByLabel(`Line ${n} ${field}`, { exact: true });
  }

  option(name: RegExp): Locator {
    return this.page.getByRole('option', { name });
  }

  /**
   * Keys in a one-line goods invoice from the keyboard only, on a freshly opened editor: buyer
   * by search, place of supply, item by search, quantity. Waits for the focus to arrive before
   * each key, or a fast Enter lands on the old field. Returns the document number.
   */
  async keyInGoodsInvoice(o: {
    buyerSearch: string;
    buyerGstin: string;
    placeOfSupply: string;
    itemSearch: string;
    itemOption: RegExp;
    hsn: string;
    quantity: string;
  }): Promise<string> {
    const keyboard = this.page.keyboard;
    await expect(this.page.getByRole('heading', { level: 1, name: 'New invoice' })).toBeVisible();
    await expect(this.party).toBeFocused();
    const docNo = await this.docNo.inputValue();
    await keyboard.type(o.buyerSearch);
    await expect(this.option(new RegExp(o.buyerGstin))).toBeVisible();
    await keyboard.press('Enter');
    await expect(this.placeOfSupply).toBeFocused();
    await expect(this.placeOfSupply).toHaveValue(o.placeOfSupply);
    await keyboard.press('Enter');
    await expect(this.line(1, 'item')).toBeFocused();
    await keyboard.type(o.itemSearch);
    await expect(this.option(o.itemOption)).toBeVisible();
    await keyboard.press('Enter');
    await expect(this.line(1, 'HSN/SAC')).toBeFocused();
    await expect(this.line(1, 'HSN/SAC')).toHaveValue(o.hsn);
    await keyboard.press('Enter');
    await expect(this.line(1, 'quantity')).toBeFocused();
    await keyboard.type(o.quantity);
    await expect(this.line(1, 'quantity')).toHaveValue(o.quantity);
    await keyboard.press('Enter');
    await expect(this.line(1, 'quantity')).not.toBeFocused();
    return docNo;
  }
}

export class InvoiceDetailsPage {
  readonly eInvoice: Locator;
  readonly qr: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.eInvoice = main.getByRole('region', { name: 'E-invoice' });
    this.qr = main.getByRole('img', { name: 'QR code of the signed invoice' });
  }

  fact(name: string): Locator {
    return this.eInvoice
      .getByRole('table', { name: 'IRN details' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell');
  }

  button(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  /** The status chip beside the heading, e.g. status('IRN generated'). */
  status(label: string): Locator {
    return this.page.getByRole('main').getByText(label, { exact: true }).first();
  }
}
