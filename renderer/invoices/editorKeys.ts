/**
 * Keyboard-first entry as in the accounting tools users know: Enter moves to the next field
 * (instead of submitting), Ctrl+S saves, Ctrl+Enter saves and generates, Esc closes.
 * Fields take part by carrying `data-editor-field`; their DOM order is the entry order.
 */
import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';

export const FIELD_ATTRIBUTE = 'data-editor-field';

function fields(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(`[${FIELD_ATTRIBUTE}]`)).filter(
    (el) => !(el as HTMLInputElement).disabled && el.getAttribute('aria-hidden') !== 'true',
  );
}

/** The field after `from` in entry order (null at the end). */
export function nextField(container: HTMLElement, from: Element): HTMLElement | null {
  const list = fields(container);
  const index = list.findIndex((el) => el === from || el.contains(from));
  return index >= 0 ? (list[index + 1] ?? null) : null;
}

export function focusNext(container: HTMLElement, from: Element): boolean {
  const next = nextField(container, from);
  if (!next) return false;
  next.focus();
  if (next instanceof HTMLInputElement && next.type === 'text') next.select();
  return true;
}

function isEntryField(target: EventTarget | null): target is HTMLElement {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' || target.tagName === 'SELECT') &&
    target.hasAttribute(FIELD_ATTRIBUTE)
  );
}

/** The form's onKeyDown: Enter to the next field. */
export function onEntryKeyDown(event: ReactKeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  const target = event.target;
  if (!isEntryField(target)) return;
  const container = event.currentTarget;
  if (event.defaultPrevented) {
    // A list picked its highlighted option on this Enter: move on once the choice is applied.
    window.setTimeout(() => focusNext(container, target), 0);
    return;
  }
  event.preventDefault();
  focusNext(container, target);
}

export interface EditorCommands {
  save: () => void;
  saveAndGenerate: () => void;
  close: () => void;
}

/** Ctrl+S, Ctrl+Enter and Esc anywhere on the page while the editor is open. */
export function useEditorCommands(commands: EditorCommands): void {
  const ref = useRef(commands);
  useEffect(() => {
    ref.current = commands;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        // After the event: a list choice made by the same key press must reach the state first.
        window.setTimeout(() => ref.current.save(), 0);
        return;
      }
      if (ctrl && !event.altKey && event.key === 'Enter') {
        event.preventDefault();
        window.setTimeout(() => ref.current.saveAndGenerate(), 0);
        return;
      }
      if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('[role="dialog"]')) {
        event.preventDefault();
        ref.current.close();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
