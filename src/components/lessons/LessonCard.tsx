import { useEffect, useRef, useState } from 'react';
import { lessonById, loadedLessons } from '../../lessons';
import { usePlayground } from '../../store/store';
import { CheckList } from '../classroom/CheckList';
import { GlossaryText } from './GlossaryText';
import { closeLesson, openLessonStep } from './lessonActions';
import { useDrawerTop } from './useDrawerTop';
import './lessons.css';

/**
 * The lesson being followed, a drawer at the left of the workspace (on a phone, above it): it never
 * covers the playground or pushes it down, can be folded to its title, and closed.
 */
export function LessonCard() {
  const progress = usePlayground((s) => s.lesson);
  const [folded, setFolded] = useState(false);
  const [hintShown, setHintShown] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const card = useRef<HTMLElement>(null);
  const openStep = progress ? `${progress.id}/${progress.step}` : null;
  useDrawerTop(card, openStep);
  // A new step moves keyboard and screen-reader users to its title, not back to the header.
  useEffect(() => {
    if (openStep) title.current?.focus();
  }, [openStep]);
  const lesson = progress ? lessonById(progress.id) : undefined;
  const step = progress && lesson ? lesson.steps[progress.step] : undefined;
  if (!progress || !lesson || !step) return null;
  const last = progress.step === lesson.steps.length - 1;
  const stepKey = `${lesson.id}/${progress.step}`;
  return (
    <section className="lesson-card" aria-labelledby="lesson-title" ref={card}>
      <div className="lesson-title-row">
        <h2 id="lesson-title" ref={title} tabIndex={-1}>
          Lesson {loadedLessons().indexOf(lesson) + 1}: {lesson.title}
          <span className="lesson-step-count">
            {' '}
            · step {progress.step + 1} of {lesson.steps.length}: {step.title}
          </span>
        </h2>
        <button type="button" onClick={() => setFolded(!folded)} aria-expanded={!folded} aria-controls="lesson-body">
          {folded ? 'Show lesson' : 'Fold lesson'}
        </button>
        <button type="button" onClick={closeLesson}>
          Close lesson
        </button>
      </div>
      <div id="lesson-body" hidden={folded} className="lesson-body">
        <div className="lesson-text">
          {step.text.map((paragraph) => (
            <p key={paragraph}>
              <GlossaryText text={paragraph} />
            </p>
          ))}
          <p className="lesson-task">
            <strong>Try this: </strong>
            <GlossaryText text={step.task} />
          </p>
          {hintShown === stepKey && (
            <p className="lesson-hint">
              <strong>Hint: </strong>
              <GlossaryText text={step.hint} />
            </p>
          )}
        </div>
        <div className="lesson-check">
          <h3>To go on</h3>
          <CheckList conditions={step.check} label="What this step checks" />
          <p role="status" className={progress.passed ? 'lesson-status passed' : 'lesson-status'}>
            {progress.passed ? (last ? 'Done: that was the last step of this lesson.' : 'Step complete: go on to the next step.') : 'Not yet: train the network to meet every line above.'}
          </p>
          <div className="button-row">
            <button type="button" onClick={() => setHintShown(hintShown === stepKey ? null : stepKey)} aria-pressed={hintShown === stepKey}>
              Hint
            </button>
            <button type="button" onClick={() => openLessonStep(lesson.id, progress.step)} title="Set the playground up for this step again and reset the run">
              Start step again
            </button>
            {progress.step > 0 && (
              <button type="button" onClick={() => openLessonStep(lesson.id, progress.step - 1)}>
                Previous step
              </button>
            )}
            {last ? (
              <button type="button" className="primary" disabled={!progress.passed} onClick={closeLesson}>
                Finish lesson
              </button>
            ) : (
              <button type="button" className="primary" disabled={!progress.passed} onClick={() => openLessonStep(lesson.id, progress.step + 1)}>
                Next step
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
