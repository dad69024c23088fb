import { useEffect, useState } from 'react';

/** The dashboard's pages, addressed as `#/overview`, `#/sandbox`. */
export type Route = 'overview' | 'sandbox';

const ROUTES: readonly Route[] = ['overview', 'sandbox'];

function readRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '');
  return ROUTES.find((route) => route === name) ?? 'overview';
}

/** The page named in the URL hash, following back/forward navigation. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(readRoute);
  useEffect(() => {
    const onChange = (): void => setRoute(readRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
