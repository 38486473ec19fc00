import type { KeyboardEvent } from 'react';

/**
 * Enter in a look-up box with matches open and none highlighted picks the first match, as the
 * accounting tools users know do (MUI would commit the typed text instead). Arrow keys still
 * choose another; with no match, Enter keeps the text as typed.
 */
export function pickFirstOnEnter<T>(
  event: KeyboardEvent<HTMLDivElement> & { defaultMuiPrevented?: boolean },
  open: boolean,
  options: readonly T[],
  pick: (option: T) => void,
  close: () => void,
): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || !open) return;
  const input = event.target as HTMLElement;
  const first = options[0];
  if (first === undefined || input.getAttribute('aria-activedescendant')) return;
  event.defaultMuiPrevented = true;
  event.preventDefault();
  pick(first);
  close();
}
