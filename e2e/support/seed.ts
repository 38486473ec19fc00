/**
 * Test data written into a data folder before the app starts, through the app's own service
 * composition (the same ledger and settings code the app runs), so no SQL lives here.
 */
import { openAppServices } from '../../electron/app/services';

/**
 * Wrapped in an object because Playwright takes a bare function given to `test.use` for a
 * fixture function rather than a value.
 */
export interface Seed {
  name: string;
  run(dataDir: string): Promise<void>;
}

export const SEEDED = {
  /**
   * Two registrations of one PAN on the built-in practice IRP, both with API access in the vault
   * (so the app does not set up its demo business), and one production GSTIN of another PAN that
   * is in the ledger only, without API access.
   */
  sandboxGstin: '27AAPFU0939F1ZV',
  secondSandboxGstin: '29AAPFU0939F1ZR',
  productionGstin: '07AAACB1234C1Z5',
  sharedPan: 'AAPFU0939F',
  otherPan: 'AAACB1234C',
  docNo: 'UT/25-26/0001',
  docDate: '16/06/2025',
  totalPaise: 1_23_45_678_50,
  totalText: '₹1,23,45,678.50',
  buyerName: 'Shree Ganesh Stores',
  buyerGstin: '29AWGPV7107B1Z1',
  itemDescription: 'Cotton fabric, dyed',
  itemPriceText: '₹245.50',
} as const;

async function businessesAndAnInvoice(dataDir: string): Promise<void> {
  const services = await openAppServices({ dataDir, mode: 'cli' });
  try {
    const { businesses, parties, items, invoices } = services.ledger;
    businesses.upsert({
      gstin: SEEDED.sandboxGstin,
      legalName: 'Udyog Traders Pvt Ltd',
      stateCode: '27',
      environment: 'builtin',
    });
    businesses.upsert({
      gstin: SEEDED.secondSandboxGstin,
      legalName: 'Udyog Traders Pvt Ltd',
      tradeName: 'Udyog South',
      stateCode: '29',
      environment: 'builtin',
    });
    businesses.upsert({
      gstin: SEEDED.productionGstin,
      legalName: 'Bharat Steel Ltd',
      stateCode: '07',
      environment: 'nic-irp1',
    });
    const party = parties.create({
      businessGstin: SEEDED.sandboxGstin,
      legalName: SEEDED.buyerName,
      gstin: SEEDED.buyerGstin,
      stateCode: '29',
      pin: 560001,
    });
    items.create({
      businessGstin: SEEDED.sandboxGstin,
      description: SEEDED.itemDescription,
      hsnCode: '520811',
      isService: false,
      unit: 'MTR',
      gstRateMilli: 5000,
      defaultUnitPriceMilli: 245_500,
    });
    invoices.saveDraft({
      businessGstin: SEEDED.sandboxGstin,
      docType: 'INV',
      docNo: SEEDED.docNo,
      docDate: SEEDED.docDate,
      supplyType: 'B2B',
      partyId: party.id,
      buyerGstin: SEEDED.buyerGstin,
      buyerName: SEEDED.buyerName,
      posStateCode: '29',
      totals: { totalPaise: SEEDED.totalPaise },
      model: null,
      lines: [{ hsnCode: '520811', isService: false, gstRateMilli: 5000 }],
    });
    // Vault profiles, saved without a connection test (these GSTINs are not the sandbox's users):
    // with any profile in the vault the app's first start leaves the demo business out.
    for (const gstin of [SEEDED.sandboxGstin, SEEDED.secondSandboxGstin]) {
      await services.gstins.save(
        {
          gstin,
          environment: 'builtin',
          userName: 'udyog_api',
          clientId: 'UDYOGCLIENT',
          integration: { mode: 'direct', sync: 'synchronous' },
          password: 'practice-only',
          clientSecret: 'practice-only-secret',
        },
        { withoutTest: true },
      );
    }
    const activated = await services.router.dispatch('business-activate', { gstin: SEEDED.sandboxGstin });
    if (!activated.ok) throw new Error(`Seeding could not activate a GSTIN: ${activated.error.message}`);
  } finally {
    await services.close();
  }
}

export const seedBusinesses: Seed = {
  name: 'three GSTINs (two with API access), a party, an item and a draft',
  run: businessesAndAnInvoice,
};
