import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  readonly today: Locator;

  constructor(readonly page: Page) {
    this.today = page.getByRole('main').getByText(/^Today is /);
  }

  /** The count on a card, e.g. cardValue('Drafts'): the card's only all-digit text. */
  cardValue(label: string): Locator {
    return this.page.getByRole('region', { name: label }).getByText(/^[\d,]+$/);
  }
}
