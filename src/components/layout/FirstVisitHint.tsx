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
  const [failed, setFailed] = useState(false);
  const lessonOpen = usePlayground((s) => s.lesson !== null);
  if (!shown || lessonOpen) return null;
  const dismiss = () => {
    dismissHint();
    setShown(false);
  };
  const openFirstLesson = () => {
    setFailed(false);
    // The hint stays, saying why, when the lessons cannot arrive (offline, or a page left open
    // across a deployment); it goes once the lesson it promised is open.
    loadLessons().then(
      (lessons) => {
        dismiss();
        if (lessons[0]) openLessonStep(lessons[0].id, 0);
      },
      () => setFailed(true),
    );
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
      {failed && <p role="alert">The lessons could not be loaded. Check the connection and try again.</p>}
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
