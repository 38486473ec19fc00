import type { Locator, Page } from '@playwright/test';

export interface PartBEntry {
  mode?: 'Road' | 'Rail' | 'Air' | 'Ship';
  vehicleNo?: string;
  transporterGstin?: string;
  transporterName?: string;
  distanceKm?: string;
}

/** The "E-way bill" region of the invoice details screen, its Part-B and cancel dialogs. */
export class EwayBillPanel {
  readonly region: Locator;
  readonly generateButton: Locator;
  readonly refreshButton: Locator;
  readonly table: Locator;
  readonly partB: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('main').getByRole('region', { name: 'E-way bill' });
    this.generateButton = this.region.getByRole('button', { name: 'Generate e-way bill', exact: true });
    this.refreshButton = this.region.getByRole('button', { name: 'Get e-way bill details' });
    this.table = this.region.getByRole('table', { name: 'E-way bills' });
    this.partB = page.getByRole('dialog', { name: /^Generate e-way bill for / });
  }

  /** A field of the Part-B dialog by its label (required ones end in " *"). */
  partBField(label: string): Locator {
    return this.partB.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`));
  }

  /** Fills Part-B and submits it with Enter from the last field typed in. */
  async generate(entry: PartBEntry): Promise<void> {
    await this.generateButton.click();
    await this.partB.waitFor();
    if (entry.mode) await this.partBField('Transport mode').selectOption({ label: entry.mode });
    if (entry.vehicleNo !== undefined) await this.partBField('Vehicle number').fill(entry.vehicleNo);
    if (entry.transporterGstin !== undefined)
      await this.partBField('Transporter GSTIN').fill(entry.transporterGstin);
    if (entry.transporterName !== undefined)
      await this.partBField('Transporter name').fill(entry.transporterName);
    const distance = this.partBField('Distance (km)');
    await distance.fill(entry.distanceKm ?? '0');
    await distance.press('Enter');
  }

  row(ewbNo: string | RegExp): Locator {
    return this.table.getByRole('row', { name: ewbNo });
  }

  cancelDialog(ewbNo: string | RegExp): Locator {
    return this.page.getByRole('dialog', {
      name: typeof ewbNo === 'string' ? `Cancel e-way bill ${ewbNo}` : ewbNo,
    });
  }
}
