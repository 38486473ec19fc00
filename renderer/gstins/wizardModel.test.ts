import { describe, expect, it } from 'vitest';
import { profileView } from '../testing/fakeDesk';
import {
  analyseGstin,
  draftFromProfile,
  emptyDraft,
  isPublicIpv4,
  normalisePem,
  practiceUserFor,
  stepOfField,
  toProfileInput,
  validateStep,
  type WizardDraft,
} from './wizardModel';

const draft = (patch: Partial<WizardDraft>): WizardDraft => ({ ...emptyDraft(), ...patch });

describe('analyseGstin (wizard step 1)', () => {
  it('shows the state and PAN of a valid GSTIN', () => {
    expect(analyseGstin(' 27aakfs7310q1zk ')).toMatchObject({
      gstin: '27AAKFS7310Q1ZK',
      status: 'ok',
      stateCode: '27',
      stateName: 'Maharashtra',
      pan: 'AAKFS7310Q',
      error: null,
      warning: null,
    });
  });

  it('names the expected check character when the last one is wrong, and allows sandboxes only', () => {
    const result = analyseGstin('27AAKFS7310Q1ZL');
    expect(result.status).toBe('suspect');
    expect(result.error).toContain('it would be K');
    expect(result.warning).toContain('sandbox');
    expect(result.stateName).toBe('Maharashtra');
    expect(result.pan).toBe('AAKFS7310Q');
  });

  it("lets NIC's sandbox GSTINs (bad check digit) through with a warning", () => {
    expect(analyseGstin('29AWGPV7107B1Z1').status).toBe('suspect');
  });

  it('blocks text that is not a GSTIN at all', () => {
    expect(analyseGstin('')).toMatchObject({ status: 'empty' });
    expect(analyseGstin('27AAKFS').error).toBe('A GSTIN has 15 characters; this one has 7.');
    expect(analyseGstin('AAAKFS7310Q1ZKX').status).toBe('blocked');
    expect(analyseGstin('55AAKFS7310Q1ZK')).toMatchObject({
      status: 'blocked',
      error: '55 is not a GST state code: check the first two digits.',
    });
  });
});

describe('validateStep', () => {
  it('refuses a production environment for a GSTIN that failed the check', () => {
    const suspect = draft({ gstin: '27AAKFS7310Q1ZL', environment: 'nic-irp1' });
    expect(validateStep(1, suspect, null).environment).toContain('only a sandbox environment accepts it');
    expect(validateStep(1, { ...suspect, environment: 'nic-sandbox' }, null)).toEqual({});
  });

  it('needs a GSP name and an https base URL where they apply', () => {
    const errors = validateStep(
      1,
      draft({
        gstin: '27AAKFS7310Q1ZK',
        environment: 'custom',
        baseUrl: 'http://gsp',
        integrationMode: 'gsp',
      }),
      null,
    );
    expect(errors.baseUrl).toBe('The base URL must start with https://.');
    expect(errors['integration.gspName']).toContain("GSP's name");
  });

  it('checks the whitelisted addresses of production only', () => {
    const ips = ['10.0.0.4', '203.0.113.7', '203.0.113.7', 'not-an-ip'];
    const errors = validateStep(2, draft({ environment: 'nic-irp1', ips }), null);
    expect(errors['whitelistedIps[0]']).toContain('private or reserved');
    expect(errors['whitelistedIps[1]']).toBeUndefined();
    expect(errors['whitelistedIps[2]']).toBe('203.0.113.7 is listed twice.');
    expect(errors['whitelistedIps[3]']).toContain('is not an IPv4 address');
    expect(validateStep(2, draft({ environment: 'nic-irp2' }), null)['whitelistedIps[0]']).toContain(
      'at least one',
    );
    expect(validateStep(2, draft({ environment: 'nic-sandbox', ips }), null)).toEqual({});
  });

  it('needs every credential when adding, none when editing (empty keeps the stored one)', () => {
    const adding = validateStep(4, draft({ environment: 'nic-sandbox' }), null);
    expect(Object.keys(adding).sort()).toEqual([
      'clientId',
      'clientSecret',
      'encryptionPublicKeyPem',
      'password',
      'userName',
    ]);
    const editing = validateStep(4, draft({ environment: 'nic-sandbox', userName: 'api_user' }), {
      clientIdMasked: 'AB…YZ',
      hasPassword: true,
      hasClientSecret: true,
      hasPublicKey: true,
      hasSigningCert: false,
    });
    expect(editing).toEqual({});
    // The built-in sandbox brings its own keys.
    expect(
      validateStep(4, draft({ userName: 'u', password: 'p', clientId: 'C', clientSecret: 's' }), null),
    ).toEqual({});
  });
});

describe('toProfileInput', () => {
  it('leaves out empty secrets, keys and the addresses a sandbox does not use', () => {
    const input = toProfileInput(
      draft({
        gstin: '27aakfs7310q1zk',
        userName: ' sahyadri_api ',
        password: 'Sandbox@123',
        ips: ['203.0.113.7', '', '', ''],
        publicKey: 'ignored for builtin',
      }),
    );
    expect(input).toEqual({
      gstin: '27AAKFS7310Q1ZK',
      environment: 'builtin',
      userName: 'sahyadri_api',
      integration: { mode: 'direct', sync: 'synchronous' },
      whitelistedIps: [],
      notes: '',
      password: 'Sandbox@123',
    });
  });

  it('sends the GSP, base URL, production addresses and the key wrapped as PEM', () => {
    const base64 = 'A'.repeat(100);
    const input = toProfileInput(
      draft({
        gstin: '27AAKFS7310Q1ZK',
        environment: 'custom',
        baseUrl: ' https://gsp.example.com ',
        integrationMode: 'gsp',
        gspName: 'Example GSP',
        sync: 'asynchronous',
        publicKey: base64,
      }),
    );
    expect(input.baseUrl).toBe('https://gsp.example.com');
    expect(input.integration).toEqual({ mode: 'gsp', gspName: 'Example GSP', sync: 'asynchronous' });
    expect(input.encryptionPublicKeyPem).toBe(
      `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(64)}\n${'A'.repeat(36)}\n-----END PUBLIC KEY-----`,
    );
    expect(
      toProfileInput(draft({ environment: 'nic-irp1', ips: ['203.0.113.7', ' ', '', ''] })).whitelistedIps,
    ).toEqual(['203.0.113.7']);
  });
});

describe('helpers', () => {
  it('keeps a PEM block as it is', () => {
    const pem = '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----';
    expect(normalisePem(`  ${pem}\n`, 'PUBLIC KEY')).toBe(pem);
    expect(normalisePem('not base64!', 'PUBLIC KEY')).toBe('not base64!');
  });

  it('tells public from private addresses', () => {
    expect(isPublicIpv4('203.0.113.7')).toBe(true);
    for (const ip of [
      '192.168.1.4',
      '172.20.0.1',
      '127.0.0.1',
      '100.64.0.1',
      '169.254.1.1',
      '224.0.0.1',
      '1.2.3',
    ]) {
      expect(isPublicIpv4(ip)).toBe(false);
    }
  });

  it('maps a field named by the main process to its step', () => {
    expect(stepOfField('gstin')).toBe(0);
    expect(stepOfField('integration.gspName')).toBe(1);
    expect(stepOfField('whitelistedIps[2]')).toBe(2);
    expect(stepOfField('password')).toBe(4);
    expect(stepOfField('profile')).toBeNull();
    expect(stepOfField(undefined)).toBeNull();
  });

  it("fills the practice user of the GSTIN, else the sandbox's first", () => {
    expect(practiceUserFor('27aakfs7310q1zk')).toBe('sahyadri_api');
    expect(practiceUserFor('07AAACB1234C1Z5')).toBe('vasundhara_api');
  });

  it('starts an edit from the stored profile with every secret empty', () => {
    const d = draftFromProfile(
      profileView({ gstin: '27AAKFS7310Q1ZK', whitelistedIps: ['203.0.113.7'], environment: 'nic-irp1' }),
    );
    expect(d).toMatchObject({
      gstin: '27AAKFS7310Q1ZK',
      userName: 'udyog_api',
      password: '',
      clientSecret: '',
    });
    expect(d.ips).toEqual(['203.0.113.7', '', '', '']);
  });
});
