import { useState } from 'react';
import { reloadKeepingRun } from '../../engineClient/autosave';
import { isTableDataset } from '../../shared/spec';
import { usePlayground } from '../../store/store';

/** Says that a new version is installed and offers to reload into it without losing the run. */
export function UpdateNotice() {
  const updateReady = usePlayground((s) => s.updateReady);
  const setUpdateReady = usePlayground((s) => s.setUpdateReady);
  // A table's rows are not stored, so its run cannot come back (see autosave).
  const onTable = usePlayground((s) => isTableDataset(s.spec.data.dataset));
  const [reloading, setReloading] = useState(false);
  const reload = () => {
    setReloading(true);
    void reloadKeepingRun();
  };
  // The live region is always there (hidden when empty), so that its message is announced.
  return (
    <div className="notices">
      <div role="status" className={updateReady ? 'notice info' : 'visually-hidden'}>
        {updateReady && (
          <>
            <p>
              A new version of Neural Playground is installed. Reload to use it:{' '}
              {onTable ? 'your settings come back, and training on the table starts again from its seed.' : 'your settings and trained weights are saved first and come back.'}
            </p>
            <div className="button-row">
              <button type="button" className="primary" onClick={reload} disabled={reloading}>
                {reloading ? 'Saving and reloading…' : 'Reload now'}
              </button>
              <button type="button" onClick={() => setUpdateReady(false)}>
                Later
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
