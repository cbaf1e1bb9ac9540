import { useState } from 'react';
import { LESSONS } from '../../lessons';
import { usePlayground } from '../../store/store';
import { Dialog } from '../layout/Dialog';
import { openLessonStep } from './lessonActions';

/** "Lessons" in the header: the list of guided lessons, one button each. */
export function LessonsButton() {
  const [open, setOpen] = useState(false);
  const current = usePlayground((s) => s.lesson?.id ?? null);
  const passedSteps = usePlayground((s) => s.passedSteps);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Lessons
      </button>
      {open && (
        <Dialog title="Lessons" onClose={() => setOpen(false)} className="lesson-list-dialog">
          <p className="hint">Each lesson sets up the playground, says what to try, and checks your result on the real run before you go on.</p>
          <ol className="lesson-list">
            {LESSONS.map((lesson) => (
              <li key={lesson.id}>
                <button
                  type="button"
                  aria-describedby={`lesson-summary-${lesson.id}`}
                  onClick={() => {
                    setOpen(false);
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
        </Dialog>
      )}
    </>
  );
}
