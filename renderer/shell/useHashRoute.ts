import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route } from './routes';
import { sectionFromHash, sectionHref, type SectionId } from './sections';

/**
 * Hash routing: the built renderer is loaded from file:// in Electron and from one static
 * index.html in browser mode, so path-based routes would have nothing to resolve against.
 * Returns the section (for the navigation), a navigate function and the full route.
 */
export function useHashRoute(): [SectionId, (id: SectionId) => void, Route, string] {
  const [hash, setHash] = useState<string>(() => window.location.hash || sectionHref(sectionFromHash('')));

  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
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

  const route = parseRoute(hash);
  return [route.section, navigate, route, hash];
}
