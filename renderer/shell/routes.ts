import type { DocType } from '../../shared/api/types';
import { sectionFromHash, type SectionId } from './sections';

/**
 * Routes below a section: the invoice editor and the invoice details live under `#/invoices/…`
 * so the side navigation keeps "Invoices" selected while they are open.
 */
export type Route =
  | { kind: 'section'; section: SectionId }
  | { kind: 'invoice-new'; section: 'invoices'; docType: DocType }
  | { kind: 'invoice-edit'; section: 'invoices'; id: number }
  | { kind: 'invoice-view'; section: 'invoices'; id: number };

const DOC_TYPES: readonly DocType[] = ['INV', 'CRN', 'DBN'];

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = text.split('?');
  const parts = pathPart.split('/').filter(Boolean);
  if (parts[0] === 'invoices' && parts.length >= 2) {
    if (parts[1] === 'new') {
      const type = new URLSearchParams(queryPart).get('type')?.toUpperCase() ?? 'INV';
      const docType = (DOC_TYPES as readonly string[]).includes(type) ? (type as DocType) : 'INV';
      return { kind: 'invoice-new', section: 'invoices', docType };
    }
    const id = Number(parts[1]);
    if (Number.isInteger(id) && id > 0) {
      return parts[2] === 'edit'
        ? { kind: 'invoice-edit', section: 'invoices', id }
        : { kind: 'invoice-view', section: 'invoices', id };
    }
  }
  return { kind: 'section', section: sectionFromHash(hash) };
}

export const invoiceHref = {
  new: (docType: DocType = 'INV') => `#/invoices/new?type=${docType}`,
  edit: (id: number) => `#/invoices/${id}/edit`,
  view: (id: number) => `#/invoices/${id}`,
  register: () => '#/invoices',
};

/** Opens a route; `replace` swaps the current history entry (a new draft's first save). */
export function go(href: string, replace = false): void {
  if (replace) {
    window.history.replaceState(window.history.state, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}

/**
 * A new document's first save moves the address from `…/new` to `…/<id>/edit`; the editor
 * stays mounted across that move (no lost focus, no reload) by keeping the key it had.
 */
let continued: { id: number; key: string } | null = null;

export function continueEditorAs(id: number, currentHash: string): void {
  continued = { id, key: screenKeyOf(parseRoute(currentHash), currentHash) };
}

export function screenKeyOf(route: Route, hash: string): string {
  switch (route.kind) {
    case 'invoice-new':
      // After the continued draft, the same "new" address must open a fresh editor.
      return continued?.key === `editor:${hash}` ? `editor:${hash}:after-${continued.id}` : `editor:${hash}`;
    case 'invoice-edit':
      return continued?.id === route.id ? continued.key : `editor:${route.id}`;
    case 'invoice-view':
      return `invoice:${route.id}`;
    default:
      return route.section;
  }
}
