import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { parseRoute, routeHash, type DashboardRoute } from './routes';

/**
 * The dashboard route in the address bar's hash, kept in step with the
 * browser's back and forward buttons. `navigate` adds a history entry.
 * `onChange` hears of each change of route, however it came (a link, the
 * browser's back, `navigate`), before the new route renders.
 */
export function useHashRoute(
  onChange?: (from: DashboardRoute, to: DashboardRoute) => void,
): [DashboardRoute, (route: DashboardRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  const shown = useRef(route);
  const changing = useEffectEvent((from: DashboardRoute, to: DashboardRoute) => onChange?.(from, to));

  useEffect(() => {
    const follow = () => {
      const next = parseRoute(window.location.hash);
      changing(shown.current, next);
      shown.current = next;
      setRoute(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const navigate = useCallback((next: DashboardRoute) => {
    window.location.hash = routeHash(next);
  }, []);

  return [route, navigate];
}
