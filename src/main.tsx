import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectEngine } from './engineClient/connectEngine';
import { decodeSpecFromQuery } from './shared/urlState';
import { usePlayground } from './store/store';
import './styles.css';

const { spec, notices } = decodeSpecFromQuery(window.location.search);
usePlayground.getState().setSpec(spec, notices);
connectEngine();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
