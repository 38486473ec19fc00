import type { Locator, Page } from '@playwright/test';

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
