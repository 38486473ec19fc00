import type { Locator, Page } from '@playwright/test';

/** The GSTINs & API access screen: profile cards grouped by PAN, the remove dialog. */
export class GstinsPage {
  readonly main: Locator;
  readonly addButton: Locator;
  readonly emptyState: Locator;
  readonly ledgerOnly: Locator;
  readonly removeDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.addButton = this.main.getByRole('button', { name: 'Add GSTIN' });
    this.emptyState = this.main.getByText('No GSTINs with API access yet');
    this.ledgerOnly = this.main.getByRole('table', { name: 'GSTINs without API access' });
    this.removeDialog = page.getByRole('dialog', { name: /^Remove / });
  }

  /** The group of GSTINs under one PAN. */
  panGroup(pan: string): Locator {
    return this.main.getByRole('region', { name: new RegExp(`^PAN ${pan}`) });
  }

  card(gstin: string): Locator {
    return this.main.getByRole('article', { name: `GSTIN ${gstin}` });
  }

  cards(): Locator {
    return this.main.getByRole('article', { name: /^GSTIN / });
  }

  action(gstin: string, action: 'Make active' | 'Test connection' | 'Edit' | 'Remove'): Locator {
    const name = {
      'Make active': `Make ${gstin} active`,
      'Test connection': `Test connection of ${gstin}`,
      Edit: `Edit ${gstin}`,
      Remove: `Remove ${gstin}`,
    }[action];
    return this.main.getByRole('button', { name, exact: true });
  }
}
