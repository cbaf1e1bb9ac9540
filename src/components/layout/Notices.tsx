import { usePlayground } from '../../store/store';

/** Link problems and engine messages, announced to screen readers and dismissible. */
export function Notices() {
  const notices = usePlayground((s) => s.notices);
  const engineMessage = usePlayground((s) => s.engineMessage);
  const dismissNotices = usePlayground((s) => s.dismissNotices);
  const setEngineMessage = usePlayground((s) => s.setEngineMessage);
  return (
    <div className="notices">
      {notices.length > 0 && (
        <div role="alert" className="notice warning">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {engineMessage && (
        <div role="alert" className="notice">
          <p>{engineMessage}</p>
          <button type="button" onClick={() => setEngineMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
