/** The app's screens, in navigation order; Alt+<n> opens the n-th. */
export const SECTIONS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'invoices', label: 'Invoices' },
  { id: 'parties', label: 'Parties' },
  { id: 'items', label: 'Items' },
  { id: 'gstins', label: 'GSTINs & API access' },
  { id: 'settings', label: 'Settings' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_SECTION: SectionId = 'dashboard';

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

/** `#/invoices` → `invoices`; anything unknown → the dashboard. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return SECTIONS.find((s) => s.id === id)?.id ?? DEFAULT_SECTION;
}
