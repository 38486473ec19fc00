import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../shared/api';
import type { Ledger } from '../ledger';
import { PartyService } from './party-service';
import type { PartySaveInput } from './types';
import {
  BUYER,
  BUYER_GJ,
  SANDBOX_BAD_CHECK,
  SANDBOX_BAD_STRUCTURE,
  SELLER,
  clock,
  errorOf,
  fakeLookup,
  ledgerWithSeller,
  taxpayer,
} from './testing';

let ledger: Ledger;
let time: ReturnType<typeof clock>;
let active: string | null;
let irp: ReturnType<typeof fakeLookup>;
let parties: PartyService;

function registered(overrides: Partial<PartySaveInput> = {}): PartySaveInput {
  return {
    gstin: BUYER,
    legalName: 'Unique Fabrics LLP',
    address1: '4, Laxmi Mills Compound',
    location: 'Mumbai',
    pin: 400011,
    ...overrides,
  };
}

function unregistered(overrides: Partial<PartySaveInput> = {}): PartySaveInput {
  return {
    kind: 'unregistered',
    legalName: 'Ramesh Kumar',
    address1: '12 Gandhi Nagar',
    location: 'Ahmedabad',
    stateCode: '24',
    pin: 380001,
    ...overrides,
  };
}

function overseas(overrides: Partial<PartySaveInput> = {}): PartySaveInput {
  return {
    kind: 'overseas',
    legalName: 'Gulf Textiles FZE',
    address1: 'Plot 7, Jebel Ali Free Zone',
    location: 'Dubai',
    countryCode: 'AE',
    ...overrides,
  };
}

beforeEach(async () => {
  time = clock();
  ledger = await ledgerWithSeller(time.now);
  active = SELLER;
  irp = fakeLookup({
    [BUYER]: taxpayer(),
    [BUYER_GJ]: taxpayer({
      gstin: BUYER_GJ,
      legalName: 'JAYANT "JAY" EXPORTS',
      tradeName: null,
      address1: null,
      address2: 'Ashram Road',
      location: 'Ahmedabad',
      pin: 380009,
      stateCode: '24',
      status: 'CNL',
      statusLabel: 'Cancelled',
      deregisteredOn: '2024-03-31',
    }),
  });
  parties = new PartyService({ ledger, lookup: irp.lookup, now: time.now, activeGstin: () => active });
});
afterEach(() => ledger.close());

describe('PartyService.save', () => {
  it('creates a registered party with the state from its GSTIN', () => {
    const p = parties.save(registered({ gstin: ` ${BUYER.toLowerCase()} `, phone: '022 4000-1234' }));
    expect(p).toMatchObject({
      businessGstin: SELLER,
      gstin: BUYER,
      kind: 'registered',
      kindLabel: 'Registered',
      stateCode: '27',
      stateName: 'Maharashtra',
      countryCode: 'IN',
      countryName: 'India',
      pin: 400011,
      phone: '02240001234',
      fetchedAt: null,
      stale: true,
      warnings: [],
    });
    expect(parties.get(p.id)).toEqual(p);
  });

  it('refuses a GSTIN failing the check digit or structure unless relaxed, then warns', () => {
    for (const gstin of [SANDBOX_BAD_CHECK, SANDBOX_BAD_STRUCTURE]) {
      const input = registered({
        gstin,
        pin: gstin === SANDBOX_BAD_CHECK ? 560001 : 171001,
        location: 'Sandbox town',
      });
      const e = errorOf(() => parties.save(input));
      expect(e.code).toBe('BAD_REQUEST');
      expect(e.field).toBe('gstin');
      expect(e.message).toMatch(/typing mistake/);
      const p = parties.save({ ...input, relaxChecksum: true });
      expect(p.gstin).toBe(gstin);
      expect(p.warnings).toEqual([
        expect.stringMatching(/would be refused by the live IRP.*sandbox testing only/),
      ]);
    }
  });

  it('saves an unregistered party, marked as unable to be a B2B buyer', () => {
    const p = parties.save(unregistered());
    expect(p).toMatchObject({
      gstin: null,
      kind: 'unregistered',
      kindLabel: 'Unregistered (cannot be a B2B buyer)',
      stateName: 'Gujarat',
      stale: false,
    });
    expect(p.warnings).toEqual([expect.stringMatching(/cannot be the buyer of a B2B e-invoice/)]);
    // Kind is inferred from the absence of a GSTIN too.
    const { kind: _kind, ...rest } = unregistered({ legalName: 'Suresh Shah' });
    expect(parties.save(rest).kind).toBe('unregistered');
  });

  it('saves an overseas party at state 96 and PIN 999999', () => {
    const p = parties.save(overseas());
    expect(p).toMatchObject({
      gstin: null,
      kind: 'overseas',
      stateCode: '96',
      pin: 999999,
      countryCode: 'AE',
      countryName: 'United Arab Emirates',
      stateName: 'Other Country',
      warnings: [],
    });
    const { kind: _kind, ...inferred } = overseas({ countryCode: 'us', legalName: 'Acme Inc' });
    expect(parties.save(inferred)).toMatchObject({ kind: 'overseas', countryCode: 'US' });
  });

  const invalid: Array<[string, PartySaveInput, string, RegExp]> = [
    ['legal name missing', registered({ legalName: '  ' }), 'legalName', /Legal name is required/],
    ['legal name short', registered({ legalName: 'AB' }), 'legalName', /3 to 100 characters/],
    ['legal name long', registered({ legalName: 'x'.repeat(101) }), 'legalName', /3 to 100/],
    ['legal name quote', registered({ legalName: 'The "Best" Co' }), 'legalName', /double quote/],
    ['trade name short', registered({ tradeName: 'AB' }), 'tradeName', /3 to 100/],
    ['address1 missing', registered({ address1: null }), 'address1', /Address line 1 is required/],
    ['address1 long', registered({ address1: 'a'.repeat(101) }), 'address1', /1 to 100/],
    ['address1 quote', registered({ address1: '4 "A" wing' }), 'address1', /double quote/],
    ['address2 short', registered({ address2: 'ab' }), 'address2', /3 to 100/],
    ['location missing', registered({ location: '' }), 'location', /required/],
    ['location short', registered({ location: 'Ab' }), 'location', /3 to 100/],
    ['phone letters', registered({ phone: '98450abc12' }), 'phone', /6 to 12 digits/],
    ['phone short', registered({ phone: '12345' }), 'phone', /6 to 12 digits/],
    ['phone long', registered({ phone: '+91 98450 12345' }), 'phone', /6 to 12 digits/],
    ['email shape', registered({ email: 'accounts.example.com' }), 'email', /does not look like/],
    ['email short', registered({ email: 'a@b.c' }), 'email', /6 to 100/],
    ['GSTIN missing', registered({ gstin: null, kind: 'registered' }), 'gstin', /required/],
    ['GSTIN shape', registered({ gstin: '27AAPFU0939F1Z' }), 'gstin', /15 characters/],
    ['GSTIN is URP', registered({ gstin: 'urp' }), 'gstin', /URP is not a GSTIN/],
    ['GSTIN check digit', registered({ gstin: '27AAPFU0939F1ZW' }), 'gstin', /check digit/],
    ['own GSTIN', registered({ gstin: SELLER, pin: 560001 }), 'gstin', /your own GSTIN.*2211/],
    ['state vs GSTIN', registered({ stateCode: '29' }), 'stateCode', /does not match GSTIN.*2265/],
    ['registered abroad', registered({ countryCode: 'US' }), 'countryCode', /must be IN/],
    ['PIN missing', registered({ pin: null }), 'pin', /PIN code is required/],
    ['PIN vs state', registered({ pin: 560001 }), 'pin', /560001 is not in Maharashtra.*2178/],
    ['PIN as text', registered({ pin: '400011' as unknown as number }), 'pin', /whole number/],
    ['PIN range', registered({ pin: 99999 }), 'pin', /less than 100000/],
    ['status', registered({ status: 'XYZ' as never }), 'status', /ACT, CNL, INA or PRO/],
    ['block status', registered({ blockStatus: 'X' as never }), 'blockStatus', /U .* or B/],
    ['fetched at', registered({ fetchedAt: 'yesterday' }), 'fetchedAt', /ISO time/],
    [
      'fetched in future',
      registered({ fetchedAt: '2024-07-16T04:30:00.000Z' }),
      'fetchedAt',
      /in the future/,
    ],
    ['kind', registered({ kind: 'b2c' as never }), 'kind', /registered, unregistered or overseas/],
    ['unregistered with GSTIN', unregistered({ gstin: BUYER }), 'gstin', /no GSTIN/],
    ['unregistered state 96', unregistered({ stateCode: '96' }), 'stateCode', /only for overseas/],
    ['unregistered state 99', unregistered({ stateCode: '99' }), 'stateCode', /not a state/],
    ['unregistered no state', unregistered({ stateCode: null }), 'stateCode', /State is required/],
    ['unregistered abroad', unregistered({ countryCode: 'AE' }), 'countryCode', /choose overseas/],
    ['unregistered PIN', unregistered({ pin: 400011 }), 'pin', /not in Gujarat/],
    ['overseas with GSTIN', overseas({ gstin: BUYER }), 'gstin', /overseas party has no GSTIN/],
    ['overseas no country', overseas({ countryCode: null }), 'countryCode', /Country is required/],
    ['overseas in India', overseas({ countryCode: 'IN' }), 'countryCode', /not IN/],
    ['overseas bad country', overseas({ countryCode: 'XX' }), 'countryCode', /not an ISO country/],
    ['overseas state', overseas({ stateCode: '27' }), 'stateCode', /state 96/],
    ['overseas PIN', overseas({ pin: 400011 }), 'pin', /999999/],
    ['overseas location', overseas({ location: null }), 'location', /required/],
    ['id', registered({ id: -3 }), 'id', /positive whole number/],
  ];

  it.each(invalid)('refuses %s, naming the field', (_name, input, field, message) => {
    const e = errorOf(() => parties.save(input));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('refuses a request that is not an object, and needs an active GSTIN set up', () => {
    expect(errorOf(() => parties.save(null as never)).field).toBe('party');
    active = null;
    const none = errorOf(() => parties.save(registered()));
    expect([none.code, none.field]).toEqual(['BAD_REQUEST', 'activeGstin']);
    active = BUYER;
    const missing = errorOf(() => parties.list());
    expect([missing.code, missing.field]).toEqual(['NOT_FOUND', 'activeGstin']);
  });

  it('refuses a second party with the same GSTIN, naming the first', () => {
    const first = parties.save(registered());
    const e = errorOf(() => parties.save(registered({ legalName: 'Unique Fabrics again' })));
    expect([e.code, e.field]).toEqual(['CONFLICT', 'gstin']);
    expect(e.message).toMatch(/already saved as the party Unique Fabrics LLP/);
    // Saving the same party again is an update, not a duplicate.
    expect(parties.save(registered({ id: first.id, tradeName: 'Unique' })).tradeName).toBe('Unique');
  });

  it('updates in place; keeps IRP details unless fetched again, clears them when the GSTIN changes', () => {
    const created = parties.save(
      registered({ status: 'ACT', blockStatus: 'B', fetchedAt: '2024-07-15T04:00:00.000Z' }),
    );
    expect(created).toMatchObject({ status: 'ACT', blockStatus: 'B', stale: false });
    expect(created.warnings).toEqual([expect.stringMatching(/E-way bills are blocked/)]);

    time.advanceDays(1);
    const edited = parties.save(registered({ id: created.id, email: 'accounts@unique.example' }));
    expect(edited).toMatchObject({
      email: 'accounts@unique.example',
      status: 'ACT',
      blockStatus: 'B',
      fetchedAt: '2024-07-15T04:00:00.000Z',
      createdAt: created.createdAt,
    });
    expect(edited.updatedAt).not.toBe(created.updatedAt);

    const moved = parties.save(
      registered({ id: created.id, gstin: BUYER_GJ, pin: 380009, location: 'Ahmedabad' }),
    );
    expect(moved).toMatchObject({
      gstin: BUYER_GJ,
      stateCode: '24',
      status: null,
      fetchedAt: null,
      stale: true,
    });

    const nowUnregistered = parties.save(unregistered({ id: created.id }));
    expect(nowUnregistered).toMatchObject({
      gstin: null,
      kind: 'unregistered',
      status: null,
      blockStatus: null,
    });
  });

  it('refuses to update a party of another GSTIN or one that does not exist', () => {
    ledger.businesses.upsert({ gstin: BUYER_GJ, legalName: 'Another business of ours' });
    const mine = parties.save(registered());
    active = BUYER_GJ;
    for (const id of [mine.id, 999]) {
      const e = errorOf(() => parties.save(registered({ id })));
      expect([e.code, e.field]).toEqual(['NOT_FOUND', 'id']);
      expect(errorOf(() => parties.get(id)).code).toBe('NOT_FOUND');
    }
  });
});

describe('PartyService.list and remove', () => {
  it('searches by name or GSTIN ignoring case, within the active GSTIN only', () => {
    parties.save(registered());
    parties.save(unregistered());
    parties.save(overseas());
    ledger.businesses.upsert({ gstin: BUYER_GJ, legalName: 'Another business of ours' });
    ledger.parties.create({ businessGstin: BUYER_GJ, legalName: 'Unique Other', stateCode: '24' });

    expect(parties.list().map((p) => p.legalName)).toEqual([
      'Gulf Textiles FZE',
      'Ramesh Kumar',
      'Unique Fabrics LLP',
    ]);
    expect(parties.list({ search: 'uNiQuE' }).map((p) => p.gstin)).toEqual([BUYER]);
    expect(parties.list({ search: 'aapfu0939' }).map((p) => p.kind)).toEqual(['registered']);
    expect(parties.list({ search: 'gulf', limit: 5 })[0]?.countryCode).toBe('AE');
    expect(parties.list({ limit: 1 })).toHaveLength(1);
    expect(errorOf(() => parties.list({ search: 'x'.repeat(101) })).field).toBe('search');
    expect(errorOf(() => parties.list({ limit: 0 })).field).toBe('limit');
  });

  it('removes an unused party and refuses one on an invoice', () => {
    const unused = parties.save(unregistered());
    parties.remove(unused.id);
    expect(errorOf(() => parties.get(unused.id)).code).toBe('NOT_FOUND');

    const used = parties.save(registered());
    ledger.invoices.saveDraft({
      businessGstin: SELLER,
      docType: 'INV',
      docNo: 'INV/001',
      docDate: '15/07/2024',
      supplyType: 'B2B',
      partyId: used.id,
      buyerGstin: BUYER,
      buyerName: used.legalName,
      posStateCode: '27',
      model: {},
      lines: [{ hsnCode: '520811', isService: false, gstRateMilli: 5000 }],
    });
    const e = errorOf(() => parties.remove(used.id));
    expect([e.code, e.field]).toEqual(['CONFLICT', 'id']);
    expect(e.message).toBe(
      'Unique Fabrics LLP is on 1 invoice and cannot be removed. You can still correct its details.',
    );
    expect(parties.get(used.id).id).toBe(used.id);
    expect(errorOf(() => parties.remove(999)).code).toBe('NOT_FOUND');
  });
});

describe('PartyService.fetchFromIrp', () => {
  it('fills a draft from the IRP that saves as it is, recording status and time', async () => {
    const draft = await parties.fetchFromIrp(BUYER.toLowerCase(), { sync: true });
    expect(irp.calls).toEqual([{ gstin: BUYER, sync: true }]);
    expect(draft).toEqual({
      kind: 'registered',
      gstin: BUYER,
      legalName: 'UNIQUE FABRICS LLP',
      tradeName: 'Unique Fabrics',
      address1: '4, Laxmi Mills Compound',
      address2: 'Shakti Mills Lane',
      location: 'Mumbai',
      pin: 400011,
      stateCode: '27',
      stateName: 'Maharashtra',
      countryCode: 'IN',
      status: 'ACT',
      blockStatus: 'U',
      fetchedAt: '2024-07-15T04:30:00.000Z',
      taxpayerType: 'REG',
      registeredOn: '2017-07-01',
      deregisteredOn: null,
      existingId: null,
      warnings: [],
    });
    const saved = parties.save(draft);
    expect(saved).toMatchObject({
      status: 'ACT',
      blockStatus: 'U',
      fetchedAt: draft.fetchedAt,
      stale: false,
    });
    expect((await parties.fetchFromIrp(BUYER)).existingId).toBe(saved.id);
  });

  it('makes double quotes single and moves a lone street to address line 1', async () => {
    const draft = await parties.fetchFromIrp(BUYER_GJ);
    expect(draft).toMatchObject({
      legalName: "JAYANT 'JAY' EXPORTS",
      tradeName: null,
      address1: 'Ashram Road',
      address2: null,
      status: 'CNL',
    });
    expect(draft.warnings).toEqual([
      `GSTIN ${BUYER_GJ} is cancelled (de-registered on 31/03/2024). The IRP refuses e-invoices to it for documents dated after the cancellation.`,
    ]);
  });

  const cases: Array<[string, Parameters<typeof taxpayer>[0], RegExp[]]> = [
    ['active', {}, []],
    ['cancelled without a date', { status: 'CNL', deregisteredOn: null }, [/is cancelled\. The IRP refuses/]],
    ['inactive', { status: 'INA' }, [/is inactive on the GST portal/]],
    ['provisional', { status: 'PRO' }, [/only provisionally registered/]],
    ['status unknown', { status: null }, [/did not say whether .* is active/]],
    ['e-way bills blocked', { blocked: true }, [/E-way bills are blocked .* not its e-way bill/]],
    ['composition dealer', { taxpayerType: 'COM' }, [/composition dealer: it cannot charge GST/]],
    ['SEZ unit', { taxpayerType: 'SEZ' }, [/SEZ unit .* SEZWP .* SEZWOP/]],
    [
      'cancelled, blocked and SEZ',
      { status: 'CNL', deregisteredOn: '2023-01-15', blocked: true, taxpayerType: 'SEZ Unit' },
      [/cancelled \(de-registered on 15\/01\/2023\)/, /E-way bills are blocked/, /SEZWP/],
    ],
  ];

  it.each(cases)('warns in plain words when the taxpayer is %s', async (_name, overrides, expected) => {
    irp = fakeLookup({ [BUYER]: taxpayer(overrides) });
    parties = new PartyService({ ledger, lookup: irp.lookup, now: time.now, activeGstin: () => active });
    const draft = await parties.fetchFromIrp(BUYER);
    expect(draft.warnings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(draft.warnings[i]).toMatch(pattern));
  });

  it('warns about a sandbox GSTIN failing the check digit, and checks the shape before asking', async () => {
    irp = fakeLookup({
      [SANDBOX_BAD_CHECK]: taxpayer({ gstin: SANDBOX_BAD_CHECK, stateCode: '29', pin: 562160 }),
    });
    parties = new PartyService({ ledger, lookup: irp.lookup, now: time.now, activeGstin: () => active });
    const draft = await parties.fetchFromIrp(SANDBOX_BAD_CHECK);
    expect(draft.warnings).toEqual([expect.stringMatching(/check digit.*sandbox testing only/)]);
    await expect(parties.fetchFromIrp('27AAPFU')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'gstin',
    });
    expect(irp.calls).toHaveLength(1);
  });

  it('passes the IRP error through', async () => {
    await expect(parties.fetchFromIrp('05AAACG2115R1ZN')).rejects.toBeInstanceOf(DeskError);
    await expect(parties.fetchFromIrp('05AAACG2115R1ZN')).rejects.toMatchObject({ code: '3001' });
  });
});

describe('PartyService.refreshIfStale', () => {
  it('does not ask the IRP about fresh details or parties without a GSTIN', async () => {
    const fresh = parties.save(
      registered({ status: 'ACT', blockStatus: 'U', fetchedAt: time.now().toISOString() }),
    );
    const walkIn = parties.save(unregistered());
    time.advanceDays(30);
    for (const p of [fresh, walkIn]) {
      const r = await parties.refreshIfStale(p.id);
      expect(r.refreshed).toBe(false);
      expect(r.party.id).toBe(p.id);
    }
    expect(irp.calls).toEqual([]);
  });

  it('refreshes details older than 30 days: status, block status, address and time', async () => {
    const p = parties.save(
      registered({
        address1: 'Old address',
        status: 'ACT',
        blockStatus: 'U',
        fetchedAt: time.now().toISOString(),
      }),
    );
    time.advanceDays(31);
    expect(parties.get(p.id).stale).toBe(true);
    irp = fakeLookup({
      [BUYER]: taxpayer({ status: 'INA', blocked: true, address1: 'New Building', pin: 400013 }),
    });
    parties = new PartyService({ ledger, lookup: irp.lookup, now: time.now, activeGstin: () => active });

    const r = await parties.refreshIfStale(p.id);
    expect(irp.calls).toEqual([{ gstin: BUYER, sync: false }]);
    expect(r.refreshed).toBe(true);
    expect(r.party).toMatchObject({
      status: 'INA',
      blockStatus: 'B',
      address1: 'New Building',
      address2: 'Shakti Mills Lane',
      location: 'Mumbai',
      pin: 400013,
      legalName: 'Unique Fabrics LLP',
      fetchedAt: time.now().toISOString(),
      stale: false,
    });
    expect(r.warnings).toEqual([
      expect.stringMatching(/is inactive/),
      expect.stringMatching(/E-way bills are blocked/),
    ]);
    expect(r.party.warnings).toEqual(r.warnings);
    expect(parties.get(p.id).status).toBe('INA');
  });

  it('refreshes a party never fetched, keeping a PIN from the IRP that does not fit its state', async () => {
    const p = parties.save(registered());
    irp = fakeLookup({ [BUYER]: taxpayer({ pin: 560001, address1: null, address2: null, location: 'Mu' }) });
    parties = new PartyService({ ledger, lookup: irp.lookup, now: time.now, activeGstin: () => active });
    const r = await parties.refreshIfStale(p.id);
    expect(r.refreshed).toBe(true);
    expect(r.party).toMatchObject({ pin: 400011, address1: '4, Laxmi Mills Compound', location: 'Mumbai' });
    expect(r.party.fetchedAt).toBe(time.now().toISOString());
  });

  it('keeps the saved details and warns when the IRP cannot be reached', async () => {
    const p = parties.save(
      registered({ status: 'ACT', blockStatus: 'U', fetchedAt: '2024-05-01T00:00:00.000Z' }),
    );
    irp = fakeLookup({ [BUYER]: new DeskError('TRANSPORT', 'The IRP did not answer in time.') });
    parties = new PartyService({ ledger, lookup: irp.lookup, now: time.now, activeGstin: () => active });
    const r = await parties.refreshIfStale(p.id);
    expect(r.refreshed).toBe(false);
    expect(r.party.fetchedAt).toBe('2024-05-01T00:00:00.000Z');
    expect(r.party.stale).toBe(true);
    expect(r.warnings).toEqual([
      `Could not check GSTIN ${BUYER} with the IRP just now (The IRP did not answer in time.); showing the details fetched on 01/05/2024.`,
    ]);
  });
});
