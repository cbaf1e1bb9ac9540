import { createPortal } from 'react-dom';
import './dialogLoading.css';

/**
 * Stands in for a dialog whose code loads when it is first opened (React.lazy): for a moment online,
 * and offline too, where the chunk comes from the service worker's cache.
 */
export function DialogLoading() {
  return createPortal(
    <div className="dialog-backdrop">
      <p className="dialog dialog-loading" role="status">
        Loading…
      </p>
    </div>,
    document.body,
  );
}
