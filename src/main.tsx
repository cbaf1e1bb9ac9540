import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectEngine } from './engineClient/connectEngine';
import { restoreRun, startAutosave } from './engineClient/autosave';
import { loadIris } from './engineClient/tableLoading';
import { openLessonStep } from './components/lessons/lessonActions';
import { loadLessons, stepsOfLesson } from './lessons';
import { registerServiceWorker, watchForNewVersion } from './offline/registerServiceWorker';
import { loadSettings } from './persistence/savedSettings';
import { DEFAULT_SPEC } from './shared/defaults';
import { sameValue } from './shared/specEquality';
import { decodeClassroomQuery } from './shared/classroomUrl';
import { decodeSpecFromQuery } from './shared/urlState';
import { watchChecks } from './store/checkWatcher';
import { startRunRecorder } from './store/runRecorder';
import { usePlayground } from './store/store';
import './styles.css';

function startPage(): void {
  // A link says what to show; with no link, the last visit's settings come back.
  const fromLink = window.location.search.length > 1;
  const saved = loadSettings();
  const decoded = fromLink || !saved.spec ? decodeSpecFromQuery(window.location.search) : { spec: saved.spec, notices: [] };
  const { spec, notices } = decoded;
  if (saved.notice) notices.push(saved.notice);
  // The saved run comes back on a reload, or when the page is opened without a link, if these are
  // the settings it was trained with. A link opened afresh means "start from this seed", as shared.
  const reloaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';
  // A teacher's link: hidden and locked controls, a challenge, a lesson step to open.
  const { classroom, notices: classroomNotices } = decodeClassroomQuery(window.location.search, stepsOfLesson);
  notices.push(...classroomNotices);
  // A lesson link opened afresh sets the playground up as its step says; a reload keeps the learner's own state.
  const openingLesson = classroom.lesson !== null && !reloaded;
  const restore = !openingLesson && (reloaded || !fromLink) && saved.spec !== null && sameValue(saved.spec, spec);
  if (spec.data.dataset === 'upload' && spec.data.table) {
    // A link carries an uploaded file's column roles, never its rows: ask for the file again.
    usePlayground.getState().setPendingRoles(spec.data.table);
    notices.push(`This link was made with the uploaded file "${spec.data.table.fileName}". Upload it again to continue; until then the default data is shown.`);
    spec.data = { ...DEFAULT_SPEC.data };
  }
  const iris = spec.data.dataset === 'iris';
  if (iris) spec.data = { ...DEFAULT_SPEC.data, trainPercent: spec.data.trainPercent, dataSeed: spec.data.dataSeed };
  usePlayground.getState().setClassroom({ hidden: classroom.hidden, locked: classroom.locked, challenge: classroom.challenge });
  usePlayground.getState().setSpec(spec, notices);
  connectEngine(restoreRun);
  if (classroom.lesson) {
    if (openingLesson) openLessonStep(classroom.lesson.id, classroom.lesson.step);
    else usePlayground.getState().setLessonStep(classroom.lesson.id, classroom.lesson.step);
  }
  watchChecks(usePlayground);
  if (iris) void loadIris();
  const restored = restore
    ? restoreRun(spec).then((message) => {
        if (message) usePlayground.getState().setEngineMessage(message);
      })
    : Promise.resolve();
  startAutosave(restored);
  // Subscribed last: the run list is written after the engine and autosave have seen each change.
  startRunRecorder();
  // Resolves once the first network is built and its backend chosen.
  const engineReady = new Promise<void>((resolve) => {
    const stop = usePlayground.subscribe((state) => {
      if (!state.configuring && state.backend !== null) {
        stop();
        resolve();
      }
    });
  });
  registerServiceWorker(engineReady);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

watchForNewVersion(() => usePlayground.getState().setUpdateReady(true));

// Lesson text loads on demand; a link that opens a lesson waits for it (a few kB, cached offline).
// Not a top-level await: that would make the bundler split the entry chunk to avoid a cycle.
const lessonsLoaded = new URLSearchParams(window.location.search).has('lesson') ? loadLessons().catch(() => undefined) : Promise.resolve();
void lessonsLoaded.then(startPage);
