import type { Locator, Page, TestInfo } from '@playwright/test';
import { AppShell } from './AppShell';

export interface Credentials {
  userName: string;
  password: string;
  clientId: string;
  clientSecret: string;
}

/** The registration wizard dialog, step by step, with a screenshot kept for each step. */
export class GstinWizard {
  readonly dialog: Locator;
  readonly stepHeading: Locator;
  readonly gstin: Locator;
  readonly gstinFacts: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly cancel: Locator;
  readonly userName: Locator;
  readonly password: Locator;
  readonly clientId: Locator;
  readonly clientSecret: Locator;
  readonly testButton: Locator;
  readonly save: Locator;
  readonly saveWithoutTesting: Locator;
  readonly report: Locator;
  readonly reportSteps: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Add a GSTIN|Edit API access for )/ });
    const d = this.dialog;
    this.stepHeading = d.getByRole('heading', { level: 2, name: /^Step \d of 6/ });
    this.gstin = d.getByRole('textbox', { name: 'GSTIN' });
    this.gstinFacts = d.getByRole('definition');
    this.next = d.getByRole('button', { name: 'Next', exact: true });
    this.back = d.getByRole('button', { name: 'Back', exact: true });
    this.cancel = d.getByRole('button', { name: 'Cancel', exact: true });
    this.userName = d.getByRole('textbox', { name: 'API user name' });
    this.password = d.getByLabel('Password', { exact: true });
    this.clientId = d.getByRole('textbox', { name: 'Client ID' });
    this.clientSecret = d.getByLabel('Client secret', { exact: true });
    this.testButton = d.getByRole('button', { name: 'Test connection', exact: true });
    this.save = d.getByRole('button', { name: 'Save', exact: true });
    this.saveWithoutTesting = d.getByRole('button', { name: 'Save without testing', exact: true });
    this.report = d.getByRole('region', { name: 'Connection test result' });
    this.reportSteps = this.report.getByRole('list', { name: 'Connection test steps' }).getByRole('listitem');
  }

  environment(label: string): Locator {
    return this.dialog.getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  /** One step of the test report, by its label ("Sign in with the API user"). */
  reportStep(label: string): Locator {
    return this.reportSteps.filter({ hasText: label });
  }

  async expectStep(n: number): Promise<void> {
    await this.dialog.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of 6`) }).waitFor();
  }

  async fillCredentials(c: Credentials): Promise<void> {
    await this.userName.fill(c.userName);
    await this.password.fill(c.password);
    await this.clientId.fill(c.clientId);
    await this.clientSecret.fill(c.clientSecret);
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    await new AppShell(this.page).attachScreenshot(testInfo, name);
  }
}
