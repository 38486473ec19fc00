import { useEffect } from 'react';
import { SECTIONS, type SectionId } from './sections';

/** What the help dialog lists; kept beside the handler so the two cannot drift apart. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; action: string }> = [
  ...SECTIONS.map((s, i) => ({ keys: `Alt+${i + 1}`, action: `Open ${s.label}` })),
  { keys: 'Alt+N', action: 'New invoice' },
  { keys: 'Ctrl+K', action: 'Search on the current screen' },
  { keys: 'Enter', action: 'Invoice editor: next field' },
  { keys: 'Ctrl+S', action: 'Invoice editor: save the draft' },
  { keys: 'Ctrl+Enter', action: 'Invoice editor: save and generate the IRN' },
  { keys: 'F1 or ?', action: 'Show this help' },
  { keys: 'Esc', action: 'Close a dialog or menu' },
];

/** Marks the search box that Ctrl+K focuses. */
export const SEARCH_ATTRIBUTE = 'data-screen-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface ShortcutActions {
  navigate: (id: SectionId) => void;
  openHelp: () => void;
}

export function useShortcuts({ navigate, openHelp }: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // event.code, not event.key: Alt+digit yields other characters on some layouts (and on macOS).
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (event.altKey && !event.ctrlKey && !event.metaKey && digit) {
        const section = SECTIONS[Number(digit[1]) - 1];
        if (section) {
          event.preventDefault();
          navigate(section.id);
        }
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        window.location.hash = '#/invoices/new?type=INV';
        return;
      }
      if (
        event.key === 'F1' ||
        (event.key === '?' && !isTyping(event.target) && !event.ctrlKey && !event.altKey)
      ) {
        event.preventDefault();
        openHelp();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        const search = document.querySelector<HTMLElement>(`[${SEARCH_ATTRIBUTE}]`);
        if (search) {
          event.preventDefault();
          search.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, openHelp]);
}
