import type { ApiProfile, MaskedProfile, PanGroup } from './types';

const BULLETS = '••••••••';

/**
 * Enough of the client id to tell two apart on screen, never enough to use. The bullet count is
 * fixed so the length does not show either.
 */
export function maskClientId(clientId: string): string {
  if (clientId.length >= 12) return `${clientId.slice(0, 4)}${BULLETS}${clientId.slice(-4)}`;
  if (clientId.length >= 8) return `${clientId.slice(0, 2)}${BULLETS}${clientId.slice(-2)}`;
  return BULLETS;
}

export function toMaskedProfile(
  profile: ApiProfile,
  has: { hasPassword: boolean; hasClientSecret: boolean },
): MaskedProfile {
  // Built field by field rather than by spreading, so a field added to ApiProfile later cannot
  // slip through to the renderer without someone deciding it should.
  const masked: MaskedProfile = {
    gstin: profile.gstin,
    environment: profile.environment,
    userName: profile.userName,
    integration: { ...profile.integration },
    whitelistedIps: [...profile.whitelistedIps],
    notes: profile.notes,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
    hasPassword: has.hasPassword,
    hasClientSecret: has.hasClientSecret,
    clientIdMasked: maskClientId(profile.clientId),
  };
  if (profile.baseUrl !== undefined) masked.baseUrl = profile.baseUrl;
  if (profile.encryptionPublicKeyPem !== undefined)
    masked.encryptionPublicKeyPem = profile.encryptionPublicKeyPem;
  if (profile.signingCertPem !== undefined) masked.signingCertPem = profile.signingCertPem;
  if (profile.lastTest !== undefined) masked.lastTest = { ...profile.lastTest };
  return masked;
}

/** PAN = GSTIN characters 3-12: several registrations (one per state or business vertical) share it. */
export function panOf(gstin: string): string {
  return gstin.slice(2, 12);
}

/** Groups sorted by PAN, each group's profiles sorted by GSTIN. */
export function groupByPan<T extends { gstin: string }>(profiles: readonly T[]): PanGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const profile of profiles) {
    const pan = panOf(profile.gstin);
    const group = groups.get(pan);
    if (group) group.push(profile);
    else groups.set(pan, [profile]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pan, list]) => ({
      pan,
      profiles: list.sort((x, y) => (x.gstin < y.gstin ? -1 : x.gstin > y.gstin ? 1 : 0)),
    }));
}
