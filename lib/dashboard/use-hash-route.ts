import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHash, type DashboardRoute } from './routes';

/**
 * The dashboard route in the address bar's hash, kept in step with the
 * browser's back and forward buttons. `navigate` adds a history entry.
 */
export function useHashRoute(): [DashboardRoute, (route: DashboardRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));

  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const navigate = useCallback((next: DashboardRoute) => {
    window.location.hash = routeHash(next);
  }, []);

  return [route, navigate];
}
