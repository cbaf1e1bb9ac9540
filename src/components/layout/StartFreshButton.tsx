import { useState } from 'react';
import { startFresh } from '../../engineClient/autosave';
import { Dialog } from './Dialog';

/** "Start fresh" asks first, naming what this browser will forget; Cancel (focused first) keeps it all. */
export function StartFreshButton() {
  const [open, setOpen] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Start fresh
      </button>
      {open && (
        <Dialog title="Start fresh" onClose={() => forgetting || setOpen(false)} className="start-fresh-dialog" initialFocus=".start-fresh-cancel">
          <p>This browser will forget:</p>
          <ul>
            <li>your settings (data, network and training choices),</li>
            <li>the trained model and its weights,</li>
            <li>the kept runs of the run comparison,</li>
            <li>your lesson progress (the steps you passed).</li>
          </ul>
          <p>Then the default playground opens. This cannot be undone; presentation mode stays as it is.</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              disabled={forgetting}
              aria-busy={forgetting}
              onClick={() => {
                setForgetting(true);
                void startFresh();
              }}
            >
              Forget everything
            </button>
            <button type="button" className="start-fresh-cancel" disabled={forgetting} onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
