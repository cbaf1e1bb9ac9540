import { useCallback, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

interface NetworkScrollProps {
  /** The scrolling box; the diagram measures its width through the same ref. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Where the cues sit: just under the column headers, high enough to be on screen, clear of the controls. */
  cueTop: number;
  children: ReactNode;
}

type HiddenSides = { left: boolean; right: boolean };

/**
 * The diagram's own scrolling box (the page never scrolls sideways; this box does). Where part of
 * the network is out of view, that edge fades out and a button there says so and scrolls to it.
 */
export function NetworkScroll({ scrollRef, cueTop, children }: NetworkScrollProps) {
  const [hidden, setHidden] = useState<HiddenSides>({ left: false, right: false });
  const leftCue = useRef<HTMLButtonElement>(null);
  const rightCue = useRef<HTMLButtonElement>(null);
  // A focused cue whose side comes fully into view goes away: focus moves to the other cue (there
  // is more that way now) instead of dropping to the page's start.
  const refocus = useRef<'left' | 'right' | 'box' | null>(null);
  const update = useCallback(() => {
    const box = scrollRef.current;
    if (!box) return;
    const left = box.scrollLeft > 1;
    const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
    const focused = document.activeElement;
    if (focused && focused === leftCue.current && !left) refocus.current = right ? 'right' : 'box';
    if (focused && focused === rightCue.current && !right) refocus.current = left ? 'left' : 'box';
    setHidden((was) => (was.left === left && was.right === right ? was : { left, right }));
  }, [scrollRef]);
  useLayoutEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const element = target === 'left' ? leftCue.current : target === 'right' ? rightCue.current : scrollRef.current;
    element?.focus({ preventScroll: true });
  }, [hidden, scrollRef]);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    update();
    // The box resizes with the window; the diagram inside it with every layer added or removed.
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [scrollRef, update]);
  const scroll = (direction: 1 | -1) => {
    const box = scrollRef.current;
    box?.scrollBy({ left: direction * Math.max(100, box.clientWidth * 0.8), behavior: 'smooth' });
  };
  const classes = ['network-scroll', hidden.left && 'more-left', hidden.right && 'more-right'].filter(Boolean).join(' ');
  return (
    <div className="network-scroll-frame">
      <div className={classes} ref={scrollRef} onScroll={update} tabIndex={-1}>
        {children}
      </div>
      {hidden.left && (
        <button ref={leftCue} type="button" className="scroll-cue left" style={{ top: cueTop }} onClick={() => scroll(-1)} aria-label="More layers to the left">
          <span aria-hidden="true">←</span> More layers
        </button>
      )}
      {hidden.right && (
        <button ref={rightCue} type="button" className="scroll-cue right" style={{ top: cueTop }} onClick={() => scroll(1)} aria-label="More layers to the right">
          More layers <span aria-hidden="true">→</span>
        </button>
      )}
    </div>
  );
}
