import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectEngine } from './engineClient/connectEngine';
import { loadIris } from './engineClient/tableLoading';
import { DEFAULT_SPEC } from './shared/defaults';
import { decodeSpecFromQuery } from './shared/urlState';
import { usePlayground } from './store/store';
import './styles.css';

const { spec, notices } = decodeSpecFromQuery(window.location.search);
if (spec.data.dataset === 'upload' && spec.data.table) {
  // A link carries an uploaded file's column roles, never its rows: ask for the file again.
  usePlayground.getState().setPendingRoles(spec.data.table);
  notices.push(`This link was made with the uploaded file "${spec.data.table.fileName}". Upload it again to continue; until then the default data is shown.`);
  spec.data = { ...DEFAULT_SPEC.data };
}
const iris = spec.data.dataset === 'iris';
if (iris) spec.data = { ...DEFAULT_SPEC.data, trainPercent: spec.data.trainPercent, dataSeed: spec.data.dataSeed };
usePlayground.getState().setSpec(spec, notices);
connectEngine();
if (iris) void loadIris();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
