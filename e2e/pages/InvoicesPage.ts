import type { Locator, Page } from '@playwright/test';

export class InvoicesPage {
  readonly search: Locator;
  readonly status: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.search = main.getByRole('searchbox', { name: 'Search invoices' });
    this.status = main.getByRole('combobox', { name: 'Status' });
    this.table = main.getByRole('table', { name: 'Invoices' });
    this.emptyState = main.getByText(/^No invoices (yet|match)$/);
    this.exportButton = main.getByRole('button', { name: 'Export CSV' });
  }

  async filterStatus(label: string): Promise<void> {
    await this.status.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** Body rows (the header row excluded). */
  rows(): Locator {
    return this.table.getByRole('row').filter({ hasNot: this.page.getByRole('columnheader') });
  }
}
