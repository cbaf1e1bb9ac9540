import { BackendPicker } from './components/controls/BackendPicker';
import { startFresh } from './engineClient/autosave';
import { RunBar } from './components/controls/RunBar';
import { CsvMapping } from './components/data/CsvMapping';
import { DataPanel } from './components/data/DataPanel';
import { Notices } from './components/layout/Notices';
import { NetworkDiagram } from './components/network/NetworkDiagram';
import { OutputPanel } from './components/output/OutputPanel';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Neural Playground</h1>
        <p className="tagline">Real TensorFlow.js networks, trained in your browser.</p>
        <BackendPicker />
        <button type="button" className="header-button" onClick={() => void startFresh()} title="Forget the saved settings and run, and open the default playground">
          Start fresh
        </button>
      </header>
      <RunBar />
      <Notices />
      <CsvMapping />
      <main className="workspace">
        <DataPanel />
        <NetworkDiagram />
        <OutputPanel />
      </main>
    </div>
  );
}
