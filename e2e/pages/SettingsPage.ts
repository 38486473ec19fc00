import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly roundOff: Locator;
  readonly healthPoll: Locator;
  readonly save: Locator;
  readonly dataFolder: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.roundOff = main.getByRole('switch', { name: 'Round invoice totals to the nearest rupee' });
    this.healthPoll = main.getByRole('textbox', { name: 'IRP health check interval (seconds)' });
    this.save = main.getByRole('button', { name: 'Save settings' });
    this.dataFolder = main.getByText(/^Data folder:/);
  }
}
