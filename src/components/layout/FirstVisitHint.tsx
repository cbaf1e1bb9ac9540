import { useState } from 'react';
import { loadLessons } from '../../lessons';
import { dismissHint, hintDismissed } from '../../persistence/firstVisitHint';
import { usePlayground } from '../../store/store';
import { openLessonStep } from '../lessons/lessonActions';

/**
 * A first visit's two ways in: press Train and watch, or take the first lesson. Once dismissed (or a
 * lesson taken from it) it stays away in this browser; it also steps aside while a lesson is open.
 */
export function FirstVisitHint() {
  const [shown, setShown] = useState(() => !hintDismissed());
  const lessonOpen = usePlayground((s) => s.lesson !== null);
  if (!shown || lessonOpen) return null;
  const dismiss = () => {
    dismissHint();
    setShown(false);
  };
  const openFirstLesson = () => {
    dismiss();
    void loadLessons().then((lessons) => lessons[0] && openLessonStep(lessons[0].id, 0));
  };
  return (
    <aside className="first-visit-hint" aria-label="Getting started">
      <p>
        <span className="hint-arrow" aria-hidden="true">
          ↑
        </span>{' '}
        New here? Press <strong>Train</strong> above and watch the network learn the data on the left, or let the first lesson guide you step by
        step.
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={openFirstLesson}>
          Open the first lesson
        </button>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </aside>
  );
}
