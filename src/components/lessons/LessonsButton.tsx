import { useState } from 'react';
import { usePlayground } from '../../store/store';
import { Dialog } from '../layout/Dialog';
import { openLessonStep } from './lessonActions';
import { useLessons } from './useLessons';

/** The guided lessons, one button each, with how far this browser got in each. */
function LessonList({ onOpen }: { onOpen(): void }) {
  const { lessons, error } = useLessons();
  const current = usePlayground((s) => s.lesson?.id ?? null);
  const passedSteps = usePlayground((s) => s.passedSteps);
  if (error) return <p role="alert">{error}</p>;
  if (!lessons) return <p role="status">Loading the lessons…</p>;
  return (
    <ol className="lesson-list">
      {lessons.map((lesson) => (
        <li key={lesson.id}>
          <button
            type="button"
            aria-describedby={`lesson-summary-${lesson.id}`}
            onClick={() => {
              onOpen();
              openLessonStep(lesson.id, 0);
            }}
          >
            {lesson.title}
          </button>
          <span id={`lesson-summary-${lesson.id}`} className="lesson-summary">
            {lesson.summary} ({lesson.steps.length} steps{passedSteps[lesson.id]?.length ? `, ${passedSteps[lesson.id].length} passed` : ''}
            {current === lesson.id ? ', open now' : ''})
          </span>
        </li>
      ))}
    </ol>
  );
}

/** "Lessons" in the header: opens the list of guided lessons. */
export function LessonsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Lessons
      </button>
      {open && (
        <Dialog title="Lessons" onClose={() => setOpen(false)} className="lesson-list-dialog">
          <p className="hint">Each lesson sets up the playground, says what to try, and checks your result on the real run before you go on.</p>
          <LessonList onOpen={() => setOpen(false)} />
        </Dialog>
      )}
    </>
  );
}
