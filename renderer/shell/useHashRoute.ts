import { useCallback, useEffect, useState } from 'react';
import { sectionFromHash, sectionHref, type SectionId } from './sections';

/**
 * Hash routing: the built renderer is loaded from file:// in Electron and from one static
 * index.html in browser mode, so path-based routes would have nothing to resolve against.
 */
export function useHashRoute(): [SectionId, (id: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(window.location.hash));

  useEffect(() => {
    const onChange = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    // Give a bare address its canonical hash without adding a history entry.
    if (!window.location.hash) {
      window.history.replaceState(window.history.state, '', sectionHref(sectionFromHash('')));
    }
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((id: SectionId) => {
    window.location.hash = sectionHref(id);
  }, []);

  return [section, navigate];
}
