import { RunBar } from './components/controls/RunBar';
import { ChallengeBadge } from './components/classroom/ChallengeBadge';
import { TeacherLinkButton } from './components/classroom/TeacherLinkButton';
import { LessonCard } from './components/lessons/LessonCard';
import { LessonsButton } from './components/lessons/LessonsButton';
import { RunComparison } from './components/compare/RunComparison';
import { CsvMappingSlot } from './components/data/CsvMappingSlot';
import { DataPanel } from './components/data/DataPanel';
import { FirstVisitHint } from './components/layout/FirstVisitHint';
import { Notices } from './components/layout/Notices';
import { PresentationToggle } from './components/layout/PresentationToggle';
import { StartFreshButton } from './components/layout/StartFreshButton';
import { TrainingAnnouncer } from './components/layout/TrainingAnnouncer';
import { UpdateNotice } from './components/layout/UpdateNotice';
import { NetworkDiagram } from './components/network/NetworkDiagram';
import { OutputPanel } from './components/output/OutputPanel';
import { usePlayground } from './store/store';

export function App() {
  const presentation = usePlayground((s) => s.presentation);
  return (
    <div className={presentation ? 'app presentation' : 'app'}>
      <header className="app-header">
        <h1>Neural Playground</h1>
        <p className="tagline">Real TensorFlow.js networks, trained in your browser.</p>
        <LessonsButton />
        <TeacherLinkButton />
        <PresentationToggle />
        <StartFreshButton />
      </header>
      <RunBar />
      <FirstVisitHint />
      <TrainingAnnouncer />
      <Notices />
      <UpdateNotice />
      <ChallengeBadge />
      <CsvMappingSlot />
      <main className="workspace">
        {/* In the workspace's grid: a drawer beside the network and output, never pushing them down. */}
        <LessonCard />
        <DataPanel />
        <NetworkDiagram />
        <OutputPanel />
      </main>
      <RunComparison />
    </div>
  );
}
