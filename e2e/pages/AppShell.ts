import type { Locator, Page, TestInfo } from '@playwright/test';

/** The frame around every screen: app bar (banner), side navigation, help dialog. */
export const SECTIONS = [
  { label: 'Dashboard', hash: '#/dashboard' },
  { label: 'Invoices', hash: '#/invoices' },
  { label: 'Parties', hash: '#/parties' },
  { label: 'Items', hash: '#/items' },
  { label: 'GSTINs & API access', hash: '#/gstins' },
  { label: 'Settings', hash: '#/settings' },
] as const;

export type SectionLabel = (typeof SECTIONS)[number]['label'];

export class AppShell {
  readonly banner: Locator;
  readonly navigation: Locator;
  readonly main: Locator;
  readonly helpButton: Locator;
  readonly helpDialog: Locator;
  readonly gstinButton: Locator;
  /** The IRP health light; its accessible name carries the tooltip's words. */
  readonly irpStatus: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.navigation = page.getByRole('navigation', { name: 'Sections' });
    this.main = page.getByRole('main');
    this.helpButton = this.banner.getByRole('button', { name: 'Help' });
    this.helpDialog = page.getByRole('dialog', { name: 'Help and keyboard shortcuts' });
    this.gstinButton = this.banner.getByRole('button', {
      name: /^(Active GSTIN |No active GSTIN|Loading GSTINs)/,
    });
    this.irpStatus = this.banner.getByRole('button', { name: /^IRP status:/ });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  heading(name: string): Locator {
    return this.main.getByRole('heading', { level: 1, name, exact: true });
  }

  navLink(label: SectionLabel): Locator {
    return this.navigation.getByRole('link', { name: label, exact: true });
  }

  async goTo(label: SectionLabel): Promise<void> {
    await this.navLink(label).click();
    await this.heading(label).waitFor();
  }

  /** Alt+<n>: the n-th navigation item. */
  async shortcut(n: number): Promise<void> {
    await this.page.keyboard.press(`Alt+Digit${n}`);
  }

  /** The GSTIN menu's entries, PAN headings included, in order. */
  gstinMenu(): Locator {
    return this.page.getByRole('menu');
  }

  async switchGstin(gstin: string): Promise<void> {
    await this.gstinButton.click();
    await this.gstinMenu()
      .getByRole('menuitem', { name: new RegExp(gstin) })
      .click();
    await this.gstinMenu().waitFor({ state: 'hidden' });
  }

  environmentBadge(): Locator {
    return this.banner.getByText(/^(SANDBOX|PRODUCTION)$/);
  }

  async attachScreenshot(testInfo: TestInfo, name: string): Promise<void> {
    // Saved under test-results/ (not only kept in the report) so it can be looked at after any run.
    const file = testInfo.outputPath(name);
    // Finished animations (ripples, menu fades) so the picture shows the settled screen.
    await this.page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
    await testInfo.attach(name, { path: file, contentType: 'image/png' });
  }
}
