import { applyUpload } from '../../engineClient/csvUpload';
import { usePlayground } from '../../store/store';
import { SelectField } from '../controls/SelectField';

const PREVIEW_ROWS = 6;

/** After a file is read: a preview, and which columns are inputs, which is the target, and the task. */
export function CsvMapping() {
  const upload = usePlayground((s) => s.upload);
  const patchUpload = usePlayground((s) => s.patchUpload);
  const setUpload = usePlayground((s) => s.setUpload);
  if (!upload) return null;
  const { table, columns, roles } = upload;
  const setRoles = (patch: Partial<typeof roles>) => patchUpload({ roles: { ...roles, ...patch }, error: null, rowsWithMissing: null });
  return (
    <section className="panel csv-mapping" aria-label="Map CSV columns">
      <h2>
        {upload.fileName}: {table.rows.length.toLocaleString('en')} rows, {table.headers.length} columns
      </h2>
      <div className="csv-preview">
        <table>
          <caption className="visually-hidden">First rows of the file</caption>
          <thead>
            <tr>
              {table.headers.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="csv-roles">
        <SelectField
          label="Target column"
          value={roles.target}
          options={table.headers.map((name) => ({ value: name, label: name }))}
          onChange={(target) => setRoles({ target, inputs: roles.inputs.filter((name) => name !== target) })}
        />
        <SelectField
          label="Task"
          value={roles.task}
          options={[
            { value: 'classification', label: 'Classification (the target is a class)' },
            { value: 'regression', label: 'Regression (the target is a number)' },
          ]}
          onChange={(task) => setRoles({ task })}
        />
        <fieldset className="csv-inputs">
          <legend>Inputs</legend>
          {columns.map((column) => (
            <label key={column.name} className="checkbox-field" title={column.numeric ? undefined : 'Text column: cannot be an input'}>
              <input
                type="checkbox"
                aria-label={`Input column ${column.name}`}
                checked={roles.inputs.includes(column.name)}
                disabled={column.name === roles.target}
                onChange={(event) =>
                  setRoles({
                    inputs: event.target.checked ? table.headers.filter((h) => h === column.name || roles.inputs.includes(h)) : roles.inputs.filter((name) => name !== column.name),
                  })
                }
              />
              {column.name}
              <span className="hint">{column.numeric ? (column.missing ? `numbers, ${column.missing} missing` : 'numbers') : 'text'}</span>
            </label>
          ))}
        </fieldset>
        <label className="checkbox-field">
          <input type="checkbox" checked={roles.standardize} onChange={(event) => setRoles({ standardize: event.target.checked })} />
          Standardize inputs
        </label>
        {upload.rowsWithMissing !== null && (
          <label className="checkbox-field">
            <input type="checkbox" checked={roles.dropMissing} onChange={(event) => patchUpload({ roles: { ...roles, dropMissing: event.target.checked }, error: null })} />
            Drop the {upload.rowsWithMissing} rows with missing values
          </label>
        )}
      </div>
      {upload.error && (
        <p role="alert" className="notice">
          {upload.error} The current data is unchanged.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" disabled={upload.busy} onClick={() => void applyUpload()}>
          Use this data
        </button>
        <button type="button" onClick={() => setUpload(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
