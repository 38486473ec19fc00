import type { TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { GstinsPage } from './pages/GstinsPage';
import { GstinWizard, type Credentials } from './pages/GstinWizard';

/** The built-in sandbox's practice users (sandbox/README.md). */
const DEMO = { gstin: '29AAGCV4521M1ZW', pan: 'AAGCV4521M', name: 'Vasundhara Textiles Private Limited' };
const SAHYADRI = {
  gstin: '27AAKFS7310Q1ZK',
  pan: 'AAKFS7310Q',
  name: 'Sahyadri Engineering Works',
  credentials: {
    userName: 'sahyadri_api',
    password: 'Sandbox@123',
    clientId: 'SBXSAHYADRI27CLIENT',
    clientSecret: 'sbx-secret-sahyadri-27',
  },
};
const CAUVERY = {
  gstin: '29AABCC6047H1ZM',
  pan: 'AABCC6047H',
  credentials: {
    userName: 'cauvery_api',
    password: 'Sandbox@123',
    clientId: 'SBXCAUVERY29CLIENT',
    clientSecret: 'sbx-secret-cauvery-29',
  },
};

/** Opens the wizard and walks the first four steps on the built-in sandbox, by keyboard where it can. */
async function throughToCredentials(
  shell: AppShell,
  gstin: string,
  testInfo: TestInfo,
  shots: string | null,
): Promise<GstinWizard> {
  const page = shell.page;
  const gstins = new GstinsPage(page);
  await shell.goTo('GSTINs & API access');
  await gstins.addButton.click();
  const wizard = new GstinWizard(page);
  await wizard.expectStep(1);
  await expect(wizard.gstin).toBeFocused();
  await wizard.gstin.fill(gstin);
  if (shots) await wizard.screenshot(testInfo, `${shots}-1-gstin.png`);
  // Enter advances, from the text field and from the radio buttons alike.
  await page.keyboard.press('Enter');
  await wizard.expectStep(2);
  await expect(wizard.environment('Built-in practice sandbox')).toBeChecked();
  await expect(wizard.environment('Built-in practice sandbox')).toBeFocused();
  if (shots) await wizard.screenshot(testInfo, `${shots}-2-environment.png`);
  await page.keyboard.press('Enter');
  await wizard.expectStep(3);
  await expect(wizard.dialog).toContainText('needs no whitelisted IP addresses');
  if (shots) await wizard.screenshot(testInfo, `${shots}-3-ip-addresses.png`);
  await wizard.next.click();
  await wizard.expectStep(4);
  await expect(wizard.dialog.getByRole('table', { name: 'Practice API users' })).toContainText(
    'sahyadri_api',
  );
  if (shots) await wizard.screenshot(testInfo, `${shots}-4-api-user.png`);
  await wizard.next.click();
  await wizard.expectStep(5);
  return wizard;
}

async function enterCredentials(wizard: GstinWizard, credentials: Credentials): Promise<void> {
  await wizard.fillCredentials(credentials);
  // Secrets are typed into password fields: never shown as text.
  await expect(wizard.password).toHaveAttribute('type', 'password');
  await expect(wizard.clientSecret).toHaveAttribute('type', 'password');
}

test.describe('GSTIN registration wizard (built-in sandbox)', () => {
  test('happy path: add the second practice user, test, save, switch to it', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await expect(shell.gstinButton).toHaveText(DEMO.gstin);

    await shell.goTo('GSTINs & API access');
    const gstins = new GstinsPage(page);
    await gstins.addButton.click();
    const wizard = new GstinWizard(page);
    await wizard.expectStep(1);

    // A mistyped check digit is caught at once, with the character it should be.
    await wizard.gstin.fill('27AAKFS7310Q1ZL');
    await expect(wizard.dialog).toContainText('The check digit (the last character) does not match');
    await expect(wizard.dialog).toContainText('it would be K');
    await wizard.gstin.fill(SAHYADRI.gstin);
    await expect(wizard.dialog.getByText('The check digit')).toHaveCount(0);
    await expect(wizard.gstinFacts).toHaveText(['27 · Maharashtra', SAHYADRI.pan]);
    // The active demo GSTIN has a session: the IRP's own record of this GSTIN can be fetched.
    await wizard.dialog.getByRole('button', { name: 'Fetch details from the IRP' }).click();
    const details = wizard.dialog.getByRole('region', { name: 'Details on the IRP' });
    await expect(details).toContainText(SAHYADRI.name);
    await expect(details).toContainText('Status: Active');
    await wizard.screenshot(testInfo, 'happy-1-gstin.png');
    await wizard.cancel.click();
    await expect(wizard.dialog).toBeHidden();

    const again = await throughToCredentials(shell, SAHYADRI.gstin, testInfo, 'happy');
    // The practice user matching the GSTIN is filled in.
    await expect(again.userName).toHaveValue('sahyadri_api');
    await enterCredentials(again, SAHYADRI.credentials);
    await again.screenshot(testInfo, 'happy-5-credentials.png');
    await page.keyboard.press('Enter');
    await again.expectStep(6);

    await again.testButton.click();
    await expect(again.report).toContainText('The connection works');
    await expect(again.reportSteps).toHaveCount(3);
    await expect(again.reportStep('IRP answers')).toContainText('IRP answers: ok');
    await expect(again.reportStep('Sign in with the API user')).toContainText(
      'Sign in with the API user: ok',
    );
    await expect(again.reportStep('Read this GSTIN from the IRP')).toContainText(`${SAHYADRI.name}, active`);
    await expect(again.report).toContainText(/Session valid until \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} IST/);
    await expect(again.report.getByRole('region', { name: 'Found on the IRP' })).toContainText(SAHYADRI.name);
    // Nothing on the page ever shows the secrets typed.
    await expect(page.getByText('sbx-secret-sahyadri-27')).toHaveCount(0);
    await again.screenshot(testInfo, 'happy-6-test-passed.png');

    await again.save.click();
    await expect(again.dialog).toBeHidden();
    await expect(page.getByText(`Saved ${SAHYADRI.gstin}: the connection test passed.`)).toBeVisible();

    const card = gstins.panGroup(SAHYADRI.pan).getByRole('article', { name: `GSTIN ${SAHYADRI.gstin}` });
    await expect(card).toContainText(SAHYADRI.name);
    await expect(card).toContainText('SANDBOX');
    await expect(card).toContainText('Password set');
    await expect(card).toContainText('Client secret set');
    await expect(card).toContainText(/Last test\s*ok/);
    await expect(card).not.toContainText('SBXSAHYADRI27CLIENT');
    await expect(gstins.panGroup(DEMO.pan)).toContainText(DEMO.gstin);
    await shell.attachScreenshot(testInfo, 'happy-7-listed.png');

    // Switchable from the app bar, under its own PAN.
    await shell.gstinButton.click();
    await expect(shell.gstinMenu().getByText(/^PAN /)).toHaveText([`PAN ${DEMO.pan}`, `PAN ${SAHYADRI.pan}`]);
    await page.keyboard.press('Escape');
    await shell.switchGstin(SAHYADRI.gstin);
    await expect(shell.gstinButton).toHaveText(SAHYADRI.gstin);
    await expect(shell.environmentBadge()).toHaveText('SANDBOX');
    await expect(shell.irpStatus).toContainText('IRP answering');
    await expect(gstins.card(SAHYADRI.gstin)).toContainText('Active');
  });

  test('wrong password: the sign-in step fails in plain words and nothing is saved', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    const wizard = await throughToCredentials(shell, SAHYADRI.gstin, testInfo, null);
    await enterCredentials(wizard, { ...SAHYADRI.credentials, password: 'wrong' });
    await wizard.next.click();
    await wizard.expectStep(6);

    await wizard.testButton.click();
    await expect(wizard.report).toContainText('The connection test failed');
    const signIn = wizard.reportStep('Sign in with the API user');
    await expect(signIn).toContainText('Sign in with the API user: failed');
    await expect(signIn).toContainText("The API user's password is wrong.");
    await expect(signIn).toContainText('IRP code 1019');
    // Without a session the GSTIN cannot be read: the test stops there.
    await expect(wizard.reportSteps).toHaveCount(2);
    await wizard.screenshot(testInfo, 'wrong-password-6-test-failed.png');

    // Save tests again and refuses.
    await wizard.save.click();
    await expect(wizard.dialog).toContainText('Nothing was saved: the connection test failed.');
    await expect(wizard.reportStep('Sign in with the API user')).toContainText(
      "The API user's password is wrong.",
    );
    await wizard.screenshot(testInfo, 'wrong-password-save-refused.png');
    await wizard.cancel.click();
    await expect(wizard.dialog).toBeHidden();

    const gstins = new GstinsPage(page);
    await expect(gstins.card(SAHYADRI.gstin)).toHaveCount(0);
    await page.reload();
    await expect(shell.heading('GSTINs & API access')).toBeVisible();
    await expect(gstins.cards()).toHaveCount(1);
    await expect(gstins.card(DEMO.gstin)).toBeVisible();
    await expect(gstins.card(SAHYADRI.gstin)).toHaveCount(0);
  });

  test('not enabled: 3026 is explained, then "Save without testing" saves with a warning', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    const wizard = await throughToCredentials(shell, CAUVERY.gstin, testInfo, null);
    await expect(wizard.userName).toHaveValue('cauvery_api');
    await enterCredentials(wizard, CAUVERY.credentials);
    await wizard.next.click();
    await wizard.expectStep(6);

    await wizard.testButton.click();
    const signIn = wizard.reportStep('Sign in with the API user');
    await expect(signIn).toContainText('Sign in with the API user: failed');
    await expect(signIn).toContainText('E-invoicing is not enabled for this GSTIN on the portal.');
    await expect(signIn).toContainText('Enable e-invoicing for this GSTIN on the e-invoice portal');
    await expect(signIn).toContainText('IRP code 3026');
    await expect(wizard.dialog).toContainText('Saving without a test keeps the details unchecked');
    await wizard.screenshot(testInfo, 'not-enabled-6-test-failed.png');

    await wizard.saveWithoutTesting.click();
    await expect(wizard.dialog).toBeHidden();
    await expect(
      page.getByRole('alert').filter({ hasText: `Saved ${CAUVERY.gstin} without a connection test.` }),
    ).toBeVisible();
    const gstins = new GstinsPage(page);
    const card = gstins.panGroup(CAUVERY.pan).getByRole('article', { name: `GSTIN ${CAUVERY.gstin}` });
    await expect(card).toContainText('not tested');
    await expect(card).toContainText('cauvery_api');
    await expect(card).toContainText('Password set');
    await shell.attachScreenshot(testInfo, 'not-enabled-saved-untested.png');

    // A test from the list records the failure on the card.
    await gstins.action(CAUVERY.gstin, 'Test connection').click();
    await expect(card.getByRole('region', { name: 'Connection test result' })).toContainText(
      'E-invoicing is not enabled for this GSTIN on the portal.',
    );
    await expect(card).toContainText(/Last test\s*failed/);
  });
});

test.describe('the demo business and the IRP light', () => {
  test('the demo business is there on a fresh start and stays removed after a restart', async ({
    page,
    app,
  }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await expect(shell.gstinButton).toHaveText(DEMO.gstin);
    await expect(shell.environmentBadge()).toHaveText('SANDBOX');

    await shell.goTo('GSTINs & API access');
    const gstins = new GstinsPage(page);
    const card = gstins.card(DEMO.gstin);
    await expect(card).toContainText(DEMO.name);
    await expect(card).toContainText('DEMO');
    await expect(card).toContainText('SANDBOX');
    await expect(card).toContainText('vasundhara_api');
    await expect(card).toContainText('The demo business of the built-in practice sandbox');
    await expect(card).toContainText('None (a sandbox needs none)');

    await gstins.action(DEMO.gstin, 'Remove').click();
    await expect(gstins.removeDialog).toContainText('it will not be set up again when the app starts');
    await expect(gstins.removeDialog).toContainText('Invoices of this GSTIN stay in the ledger');
    await shell.attachScreenshot(testInfo, 'demo-remove-dialog.png');
    await gstins.removeDialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(gstins.removeDialog).toBeHidden();
    await expect(page.getByText(`Removed the demo business ${DEMO.gstin}.`, { exact: false })).toBeVisible();
    await expect(gstins.card(DEMO.gstin)).toHaveCount(0);
    await expect(gstins.emptyState).toBeVisible();
    await expect(shell.gstinButton).toHaveText('No GSTIN yet');
    await expect(shell.environmentBadge()).toHaveCount(0);

    await app.restart();
    await shell.open(app.url);
    await shell.goTo('GSTINs & API access');
    await expect(gstins.emptyState).toBeVisible();
    await expect(gstins.cards()).toHaveCount(0);
    await expect(shell.gstinButton).toHaveText('No GSTIN yet');
    // Its (practice) invoices would still be reachable: the business stays in the ledger.
    await expect(gstins.ledgerOnly).toContainText(DEMO.gstin);
    await shell.attachScreenshot(testInfo, 'demo-removed-after-restart.png');
  });

  test('the IRP status light says the built-in IRP is answering', async ({ page, app }, testInfo) => {
    const shell = new AppShell(page);
    await shell.open(app.url);
    await expect(shell.irpStatus).toContainText('IRP answering');
    await expect(shell.irpStatus).toHaveAccessibleName(/^IRP status: IRP answering \(\d+ ms\)\./);
    await shell.irpStatus.hover();
    await expect(page.getByRole('tooltip')).toContainText(/IRP answering \(\d+ ms\)/);
    await shell.attachScreenshot(testInfo, 'irp-status.png');
    await shell.irpStatus.click();
    await expect(shell.irpStatus).toContainText('IRP answering');
  });
});
