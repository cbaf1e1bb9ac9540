import { useMemo, useRef, useState } from 'react';
import { lessonById } from '../../lessons';
import { useLessons } from '../lessons/useLessons';
import type { ControlId } from '../../shared/classroom';
import { usePlayground } from '../../store/store';
import { NumberField } from '../controls/NumberField';
import { SelectField } from '../controls/SelectField';
import { Dialog } from '../layout/Dialog';
import { ChallengeFields } from './ChallengeFields';
import { ControlRoles } from './ControlRoles';
import { challengeConditions, teacherLink, type ChallengeForm } from './teacherLink';
import './classroom.css';

const NO_LESSON = '';
const NO_LESSON_OPTION = { value: NO_LESSON, label: 'No lesson: the current settings' };

/** Builds a link that opens this page for a class: hidden and locked controls, a lesson step, a challenge. */
export function TeacherLinkDialog({ onClose }: { onClose(): void }) {
  const { spec, classroom, lesson } = usePlayground.getState();
  const [hidden, setHidden] = useState(new Set<ControlId>(classroom.hidden));
  const [locked, setLocked] = useState(new Set<ControlId>(classroom.locked));
  const [lessonId, setLessonId] = useState(lesson?.id ?? NO_LESSON);
  const [step, setStep] = useState((lesson?.step ?? 0) + 1);
  const [withChallenge, setWithChallenge] = useState(classroom.challenge !== null);
  const [challenge, setChallenge] = useState<ChallengeForm>({ goal: 'testAccuracy', value: 0.95, maxNeurons: 8, maxLayers: null, maxEpochs: null });
  const [copied, setCopied] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const { lessons } = useLessons();
  const lessonOptions = [NO_LESSON_OPTION, ...(lessons ?? []).map((l) => ({ value: l.id, label: l.title }))];
  const steps = lessonById(lessonId)?.steps.length ?? 1;
  const link = useMemo(
    () =>
      teacherLink(`${location.origin}${location.pathname}`, spec, {
        hidden: [...hidden],
        locked: [...locked].filter((id) => !hidden.has(id)),
        lesson: lessonId === NO_LESSON ? null : { id: lessonId, step: Math.min(step, steps) - 1 },
        challenge: withChallenge ? challengeConditions(challenge) : null,
      }),
    [spec, hidden, locked, lessonId, step, steps, withChallenge, challenge],
  );
  const toggle = (id: ControlId, role: 'hidden' | 'locked', on: boolean) => {
    const [current, update] = role === 'hidden' ? [hidden, setHidden] : [locked, setLocked];
    const next = new Set(current);
    if (on) next.add(id);
    else next.delete(id);
    update(next);
    setCopied(null);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('The link is on the clipboard.');
    } catch {
      linkField.current?.select();
      setCopied('The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).');
    }
  };
  return (
    <Dialog title="Teacher link" onClose={onClose} className="teacher-dialog">
      <p className="hint">Students who open the link see this page with the controls you hide left out and the values you lock fixed.</p>
      <div className="teacher-columns">
        <ControlRoles hidden={hidden} locked={locked} onChange={toggle} />
        <div className="teacher-options">
          <fieldset>
            <legend>Lesson</legend>
            <SelectField label="Open lesson" value={lessonId} options={lessonOptions} onChange={(v) => (setLessonId(v), setStep(1))} />
            {lessonId !== NO_LESSON && <NumberField label="At step" value={Math.min(step, steps)} min={1} max={steps} integer onCommit={(v) => setStep(v!)} />}
          </fieldset>
          <fieldset>
            <legend>Challenge</legend>
            <label className="checkbox-field">
              <input type="checkbox" checked={withChallenge} onChange={(e) => setWithChallenge(e.target.checked)} /> Set a challenge
            </label>
            {withChallenge && <ChallengeFields form={challenge} onChange={setChallenge} />}
          </fieldset>
        </div>
      </div>
      <div className="teacher-link-row">
        <label htmlFor="teacher-link-text">Link</label>
        <input id="teacher-link-text" ref={linkField} readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p role="status" className="hint">
        {copied}
      </p>
    </Dialog>
  );
}
