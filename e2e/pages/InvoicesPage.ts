import type { Locator, Page } from '@playwright/test';

export class InvoicesPage {
  readonly search: Locator;
  readonly status: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.search = main.getByRole('searchbox', { name: 'Search invoices' });
    this.status = main.getByRole('combobox', { name: 'Status' });
    this.table = main.getByRole('table', { name: 'Invoices' });
    this.emptyState = main.getByText(/^No invoices (yet|match)$/);
  }
}
