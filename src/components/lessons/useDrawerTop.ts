import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sets --drawer-top on the lesson drawer: where its column starts on the page. The CSS keeps the
 * drawer's height within the window from there, so its check list and buttons are never below the
 * fold, however tall the header, run bar and notices above it are. `shown` changes whenever the
 * drawer may have appeared (it renders nothing without a lesson).
 */
export function useDrawerTop(ref: RefObject<HTMLElement | null>, shown: unknown): void {
  useLayoutEffect(() => {
    const drawer = ref.current;
    const column = drawer?.parentElement;
    if (!drawer || !column) return;
    const measure = () => {
      // The column, not the drawer: a sticky drawer's own top moves as the page scrolls.
      const top = Math.max(0, Math.round(column.getBoundingClientRect().top + window.scrollY));
      const value = `${top}px`;
      if (drawer.style.getPropertyValue('--drawer-top') !== value) drawer.style.setProperty('--drawer-top', value);
    };
    measure();
    // Anything above that changes height (a notice, the run bar wrapping) resizes the body, and so
    // does a window that gets wider or narrower; a window only taller or shorter moves nothing above.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref, shown]);
}
