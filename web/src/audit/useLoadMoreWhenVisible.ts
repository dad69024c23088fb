import { useEffect, useRef } from 'react';

/**
 * Calls `loadMore` when the returned element scrolls into view (the end of an infinite list),
 * as long as `enabled`; the list's own button stays for keyboards and old browsers.
 * @param enabled - more to load and nothing loading
 * @param loadMore - loads the next page
 */
export function useLoadMoreWhenVisible(enabled: boolean, loadMore: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting)) loadMore();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, loadMore]);
  return ref;
}
