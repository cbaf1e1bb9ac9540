import { canLock, CONTROL_IDS, CONTROLS, type ControlId } from '../../shared/classroom';

interface ControlRolesProps {
  hidden: ReadonlySet<ControlId>;
  locked: ReadonlySet<ControlId>;
  onChange(id: ControlId, role: 'hidden' | 'locked', on: boolean): void;
}

/** One row per control: hide it from students, or show it but lock its value. */
export function ControlRoles({ hidden, locked, onChange }: ControlRolesProps) {
  return (
    <table className="control-roles">
      <caption>What students can change</caption>
      <thead>
        <tr>
          <th scope="col">Control</th>
          <th scope="col">Hide</th>
          <th scope="col">Lock value</th>
        </tr>
      </thead>
      <tbody>
        {CONTROL_IDS.map((id) => {
          const { label } = CONTROLS[id];
          return (
            <tr key={id}>
              <th scope="row">{label}</th>
              <td>
                <input type="checkbox" aria-label={`Hide ${label}`} checked={hidden.has(id)} onChange={(e) => onChange(id, 'hidden', e.target.checked)} />
              </td>
              <td>
                {canLock(id) ? (
                  <input
                    type="checkbox"
                    aria-label={`Lock ${label}`}
                    checked={locked.has(id)}
                    disabled={hidden.has(id)}
                    onChange={(e) => onChange(id, 'locked', e.target.checked)}
                  />
                ) : (
                  <span className="hint">–</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
