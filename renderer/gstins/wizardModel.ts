/**
 * The registration wizard's data and rules, kept free of React so they can be tested alone.
 * The main process validates everything again; these checks exist so the clerk hears about a
 * mistake on the step where it was made, in plain words, before anything is sent.
 */
import type {
  Environment,
  GstinProfileInput,
  GstinProfileView,
  IntegrationMode,
  SyncMode,
} from '../../shared/api/types';
import { gstinCheckChar, parseGstin } from '../../shared/gstin';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import { findState } from '../../shared/masters/states';

export const WIZARD_STEPS = [
  'GSTIN',
  'Environment and integration',
  'IP addresses',
  'API user on the portal',
  'Credentials and keys',
  'Test and save',
] as const;

export type StepIndex = 0 | 1 | 2 | 3 | 4 | 5;

/** The production IRPs accept calls from at most this many whitelisted addresses per API user. */
export const MAX_WHITELISTED_IPS = 4;

export interface WizardDraft {
  gstin: string;
  environment: Environment;
  baseUrl: string;
  integrationMode: IntegrationMode;
  gspName: string;
  sync: SyncMode;
  /** Always MAX_WHITELISTED_IPS slots; empty ones are ignored. */
  ips: string[];
  userName: string;
  /** Secrets and keys: empty means "keep the stored one" when editing. */
  password: string;
  clientId: string;
  clientSecret: string;
  publicKey: string;
  signingCert: string;
  notes: string;
}

/** What the wizard knows about the stored profile it edits; null when adding. */
export interface EditingContext {
  clientIdMasked: string;
  hasPassword: boolean;
  hasClientSecret: boolean;
  hasPublicKey: boolean;
  hasSigningCert: boolean;
}

export function emptyDraft(): WizardDraft {
  return {
    gstin: '',
    environment: 'builtin',
    baseUrl: '',
    integrationMode: 'direct',
    gspName: '',
    sync: 'synchronous',
    ips: Array.from({ length: MAX_WHITELISTED_IPS }, () => ''),
    userName: '',
    password: '',
    clientId: '',
    clientSecret: '',
    publicKey: '',
    signingCert: '',
    notes: '',
  };
}

/** A stored profile as a draft: secrets and keys are never sent to the renderer, so they start empty. */
export function draftFromProfile(profile: GstinProfileView): WizardDraft {
  const ips = [...profile.whitelistedIps];
  while (ips.length < MAX_WHITELISTED_IPS) ips.push('');
  return {
    ...emptyDraft(),
    gstin: profile.gstin,
    environment: profile.environment,
    baseUrl: profile.environment === 'custom' ? (profile.baseUrl ?? '') : '',
    integrationMode: profile.integration.mode,
    gspName: profile.integration.gspName ?? '',
    sync: profile.integration.sync,
    ips: ips.slice(0, MAX_WHITELISTED_IPS),
    userName: profile.userName,
    notes: profile.notes,
  };
}

export function editingContextOf(profile: GstinProfileView): EditingContext {
  return {
    clientIdMasked: profile.clientIdMasked,
    hasPassword: profile.hasPassword,
    hasClientSecret: profile.hasClientSecret,
    hasPublicKey: profile.hasPublicKey,
    hasSigningCert: profile.hasSigningCert,
  };
}

// ------------------------------------------------------------------ step 1: the GSTIN

export interface GstinAnalysis {
  /** Upper-cased, trimmed. */
  gstin: string;
  /** `blocked`: cannot continue; `suspect`: only a sandbox environment may take it; `ok`. */
  status: 'empty' | 'blocked' | 'suspect' | 'ok';
  stateCode: string | null;
  stateName: string | null;
  pan: string | null;
  /** Shown under the field when something is wrong. */
  error: string | null;
  /** Shown below when continuing is allowed despite the error. */
  warning: string | null;
}

export const SANDBOX_GSTIN_WARNING =
  "NIC's sandbox hands out practice GSTINs that fail this check, so you may continue with a sandbox " +
  'environment. A production IRP will refuse this GSTIN: correct it before you choose one.';

export function analyseGstin(text: string): GstinAnalysis {
  const gstin = text.trim().toUpperCase();
  const base = { gstin, stateCode: null, stateName: null, pan: null, warning: null };
  if (gstin === '') return { ...base, status: 'empty', error: 'Enter the GSTIN you will invoice from.' };
  if (gstin.length !== 15) {
    return {
      ...base,
      status: 'blocked',
      error: `A GSTIN has 15 characters; this one has ${gstin.length}.`,
    };
  }
  const parsed = parseGstin(gstin);
  if (!parsed) {
    return {
      ...base,
      status: 'blocked',
      error: 'A GSTIN starts with the 2-digit state code, followed by 13 letters or digits.',
    };
  }
  const state = findState(parsed.stateCode);
  if (!state) {
    return {
      ...base,
      status: 'blocked',
      stateCode: parsed.stateCode,
      pan: parsed.pan,
      error: `${parsed.stateCode} is not a GST state code: check the first two digits.`,
    };
  }
  const known = { stateCode: state.code, stateName: state.name, pan: parsed.pan };
  if (!parsed.kind) {
    return {
      ...base,
      ...known,
      status: 'suspect',
      error: 'This does not follow the pattern of any GST registration (PAN, entity number, Z, check digit).',
      warning: SANDBOX_GSTIN_WARNING,
    };
  }
  if (!parsed.checksumValid) {
    const expected = gstinCheckChar(gstin.slice(0, 14));
    return {
      ...base,
      ...known,
      status: 'suspect',
      error: `The check digit (the last character) does not match: for these first 14 characters it would be ${expected}. Look for a mistyped character.`,
      warning: SANDBOX_GSTIN_WARNING,
    };
  }
  return { ...base, ...known, status: 'ok', error: null };
}

// ------------------------------------------------------------------ per-step validation

export type FieldErrors = Partial<Record<string, string>>;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Private, loopback, link-local, carrier-grade NAT, multicast and reserved: never whitelistable. */
export function isPublicIpv4(ip: string): boolean {
  if (!IPV4.test(ip)) return false;
  const [a = 0, b = 0] = ip.split('.').map(Number);
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if (a === 100 && b >= 64 && b <= 127) return false;
  if (a === 169 && b === 254) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  return true;
}

export function needsIps(draft: Pick<WizardDraft, 'environment'>): boolean {
  return ENVIRONMENTS[draft.environment].needsWhitelistedIps;
}

export function isSandboxDraft(draft: Pick<WizardDraft, 'environment'>): boolean {
  return ENVIRONMENTS[draft.environment].isSandbox;
}

const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----/;
const BARE_BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/**
 * The portal offers the IRP key both as a .pem file and as bare base64 text; the vault keeps PEM.
 * Bare base64 is wrapped into a PUBLIC KEY block; anything else is returned as given (the main
 * process explains what is wrong with it).
 */
export function normalisePem(text: string, label: 'PUBLIC KEY' | 'CERTIFICATE'): string {
  const trimmed = text.trim();
  if (trimmed === '' || PEM_BLOCK.test(trimmed)) return trimmed;
  if (!BARE_BASE64.test(trimmed)) return trimmed;
  const body = trimmed.replace(/\s+/g, '');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

function looksLikeKey(text: string): boolean {
  const trimmed = text.trim();
  return PEM_BLOCK.test(trimmed) || (BARE_BASE64.test(trimmed) && trimmed.replace(/\s+/g, '').length >= 64);
}

export function validateStep(
  step: StepIndex,
  draft: WizardDraft,
  editing: EditingContext | null,
): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 0) {
    const gstin = analyseGstin(draft.gstin);
    if (gstin.status === 'empty' || gstin.status === 'blocked') errors.gstin = gstin.error ?? '';
  }
  if (step === 1) {
    const gstin = analyseGstin(draft.gstin);
    if (gstin.status === 'suspect' && !isSandboxDraft(draft)) {
      errors.environment =
        'This GSTIN failed the check on the first step: only a sandbox environment accepts it. Choose a sandbox, or go back and correct the GSTIN.';
    }
    if (draft.environment === 'custom') {
      const url = draft.baseUrl.trim();
      if (!url) errors.baseUrl = 'Enter the base URL your GSP gave you, like https://gsp.example.com.';
      else if (!/^https:\/\/[^\s/?#]+/i.test(url)) errors.baseUrl = 'The base URL must start with https://.';
    }
    if (draft.integrationMode === 'gsp' && !draft.gspName.trim()) {
      errors['integration.gspName'] = "Enter the GSP's name, as on your agreement with them.";
    }
  }
  if (step === 2 && needsIps(draft)) {
    const seen = new Set<string>();
    draft.ips.forEach((raw, i) => {
      const ip = raw.trim();
      if (!ip) return;
      const field = `whitelistedIps[${i}]`;
      if (!IPV4.test(ip)) errors[field] = `"${ip}" is not an IPv4 address like 203.0.113.10.`;
      else if (!isPublicIpv4(ip))
        errors[field] =
          `${ip} is a private or reserved address; the portal needs your public static address.`;
      else if (seen.has(ip)) errors[field] = `${ip} is listed twice.`;
      seen.add(ip);
    });
    if (draft.integrationMode === 'direct' && seen.size === 0) {
      errors['whitelistedIps[0]'] =
        'Enter at least one public static IP address: the production IRP refuses calls from any other.';
    }
  }
  if (step === 4) {
    if (!draft.userName.trim()) errors.userName = 'Enter the API user name created on the portal.';
    if (!draft.password && !editing?.hasPassword) errors.password = 'Enter the API user password.';
    if (!draft.clientId.trim() && !editing?.clientIdMasked) errors.clientId = 'Enter the client ID.';
    else if (/\s/.test(draft.clientId.trim())) errors.clientId = 'The client ID has no spaces.';
    if (!draft.clientSecret && !editing?.hasClientSecret) errors.clientSecret = 'Enter the client secret.';
    if (draft.environment !== 'builtin') {
      if (draft.publicKey.trim() && !looksLikeKey(draft.publicKey)) {
        errors.encryptionPublicKeyPem =
          'This is not a public key: choose the .pem file from the portal, or paste its text.';
      } else if (!draft.publicKey.trim() && !editing?.hasPublicKey) {
        errors.encryptionPublicKeyPem = `Import the IRP public key for ${ENVIRONMENTS[draft.environment].label}: the sign-in is encrypted with it.`;
      }
      if (draft.signingCert.trim() && !looksLikeKey(draft.signingCert)) {
        errors.signingCertPem = 'This is not a certificate: choose the .cer or .pem file from the portal.';
      }
    }
  }
  return errors;
}

/** The step on which a field named by a DeskError is entered, so the wizard can go back to it. */
export function stepOfField(field: string | undefined): StepIndex | null {
  if (!field) return null;
  if (field === 'gstin') return 0;
  if (['environment', 'baseUrl'].includes(field) || field.startsWith('integration')) return 1;
  if (field.startsWith('whitelistedIps')) return 2;
  if (
    ['userName', 'password', 'clientId', 'clientSecret', 'encryptionPublicKeyPem', 'signingCertPem'].includes(
      field,
    )
  )
    return 4;
  return null;
}

/** What the main process gets. Empty secrets and keys are left out: "keep the stored one". */
export function toProfileInput(draft: WizardDraft): GstinProfileInput {
  const input: GstinProfileInput = {
    gstin: draft.gstin.trim().toUpperCase(),
    environment: draft.environment,
    userName: draft.userName.trim(),
    integration:
      draft.integrationMode === 'gsp'
        ? { mode: 'gsp', gspName: draft.gspName.trim(), sync: draft.sync }
        : { mode: 'direct', sync: draft.sync },
    whitelistedIps: needsIps(draft) ? draft.ips.map((ip) => ip.trim()).filter(Boolean) : [],
    notes: draft.notes,
  };
  if (draft.environment === 'custom') input.baseUrl = draft.baseUrl.trim();
  if (draft.clientId.trim()) input.clientId = draft.clientId.trim();
  if (draft.password) input.password = draft.password;
  if (draft.clientSecret) input.clientSecret = draft.clientSecret;
  // The built-in sandbox supplies its own keys.
  if (draft.environment !== 'builtin') {
    if (draft.publicKey.trim()) input.encryptionPublicKeyPem = normalisePem(draft.publicKey, 'PUBLIC KEY');
    if (draft.signingCert.trim()) input.signingCertPem = normalisePem(draft.signingCert, 'CERTIFICATE');
  }
  return input;
}

// ------------------------------------------------------------------ the built-in sandbox's practice users

/**
 * The practice API users the built-in sandbox is seeded with (sandbox/README.md). They are
 * practice data, not secrets: anyone may use them to try the app. Kept here because no channel
 * lists the sandbox's users; a user edited into the sandbox's api-users.json is not shown.
 */
export interface PracticeUser {
  userName: string;
  gstin: string;
  business: string;
  clientId: string;
  clientSecret: string;
  note: string;
}

export const PRACTICE_PASSWORD = 'Sandbox@123';

export const PRACTICE_USERS: readonly PracticeUser[] = [
  {
    userName: 'vasundhara_api',
    gstin: '29AAGCV4521M1ZW',
    business: 'Vasundhara Textiles, Bengaluru',
    clientId: 'SBXVASUNDHARA29CLIENT',
    clientSecret: 'sbx-secret-vasundhara-29',
    note: 'The demo business.',
  },
  {
    userName: 'sahyadri_api',
    gstin: '27AAKFS7310Q1ZK',
    business: 'Sahyadri Engineering Works, Pune',
    clientId: 'SBXSAHYADRI27CLIENT',
    clientSecret: 'sbx-secret-sahyadri-27',
    note: 'A second business, in Maharashtra.',
  },
  {
    userName: 'kaveri_api',
    gstin: '33AAFCK8841P1ZY',
    business: 'Kaveri Foods',
    clientId: 'SBXKAVERI33CLIENT',
    clientSecret: 'sbx-secret-kaveri-33',
    note: 'An inactive API user: sign-in is refused.',
  },
  {
    userName: 'cauvery_api',
    gstin: '29AABCC6047H1ZM',
    business: 'Cauvery Electricals',
    clientId: 'SBXCAUVERY29CLIENT',
    clientSecret: 'sbx-secret-cauvery-29',
    note: 'E-invoicing not enabled for the GSTIN: sign-in is refused.',
  },
];

/** The practice user for this GSTIN, else the first one. */
export function practiceUserFor(gstin: string): string {
  const key = gstin.trim().toUpperCase();
  return (PRACTICE_USERS.find((u) => u.gstin === key) ?? PRACTICE_USERS[0]!).userName;
}
