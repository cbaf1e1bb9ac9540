import { z } from './zodSetup';
import { DEFAULT_SPEC, cloneSpec } from './defaults';
import { describeAdjustments, reasonBook } from './adjustments';
import { fitNetworkToExamples } from './fitInputs';
import { fitOutputToProblem } from './fitOutput';
import { fieldSchemas } from './fieldSchemas';
import { decodeLayers, encodeLayers, hiddenLayersSchema } from './layers/registry';
import { tableRolesSchema, validateSpec } from './specSchema';
import type { LayerSpec, PlaygroundSpec, TableRoles } from './spec';

/**
 * One table drives both directions of the URL: each field says how to write itself as text and how
 * to read text back into a value that its zod schema then checks.
 */
interface UrlField {
  key: string;
  encode(spec: PlaygroundSpec): string;
  /** Turns text into a candidate value; the schema decides if it is acceptable. */
  parse(text: string): unknown;
  schema: z.ZodType;
  assign(spec: PlaygroundSpec, value: never): void;
  /** Path of the spec field, to reset it when a cross-field rule fails. */
  path: string[];
}

// `+ 0` turns "-0" into 0: a link's -0 would otherwise come back from the URL as a different value.
const asNumber = (text: string): unknown => (text.trim() === '' ? NaN : Number(text) + 0);

function field<T>(
  key: string,
  path: string[],
  schema: z.ZodType<T>,
  get: (spec: PlaygroundSpec) => T,
  set: (spec: PlaygroundSpec, value: T) => void,
  encode: (value: T) => string,
  parse: (text: string) => unknown,
): UrlField {
  return { key, path, schema, encode: (spec) => encode(get(spec)), parse, assign: set as (s: PlaygroundSpec, v: never) => void };
}

const str = (value: string) => value;
/** A field whose value is its default and says nothing worth a link (the table roles of generated data). */
const OMITTED = '\u0000omitted';

/** Column roles go into links as JSON, without the class names, which come from the file itself. */
function encodeTable(roles: TableRoles | null): string {
  if (!roles) return OMITTED;
  const { classNames: _classNames, ...shared } = roles;
  return JSON.stringify(shared);
}

function parseTable(text: string): unknown {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? { ...value, classNames: null } : value;
  } catch {
    return 'not JSON';
  }
}
const num = (value: number) => String(value);

export const URL_FIELDS: UrlField[] = [
  field('dataset', ['data', 'dataset'], fieldSchemas.dataset, (s) => s.data.dataset, (s, v) => (s.data.dataset = v), str, str),
  field('noise', ['data', 'noise'], fieldSchemas.noise, (s) => s.data.noise, (s, v) => (s.data.noise = v), num, asNumber),
  field('trainPercent', ['data', 'trainPercent'], fieldSchemas.trainPercent, (s) => s.data.trainPercent, (s, v) => (s.data.trainPercent = v), num, asNumber),
  field('points', ['data', 'numPoints'], fieldSchemas.numPoints, (s) => s.data.numPoints, (s, v) => (s.data.numPoints = v), num, asNumber),
  field('window', ['data', 'window'], fieldSchemas.window, (s) => s.data.window, (s, v) => (s.data.window = v), num, asNumber),
  field('dataSeed', ['data', 'dataSeed'], fieldSchemas.dataSeed, (s) => s.data.dataSeed, (s, v) => (s.data.dataSeed = v), num, asNumber),
  field('table', ['data', 'table'], tableRolesSchema.nullable(), (s) => s.data.table, (s, v) => (s.data.table = v as TableRoles | null), (v) => encodeTable(v as TableRoles | null), parseTable),
  field('features', ['network', 'features'], fieldSchemas.features, (s) => s.network.features, (s, v) => (s.network.features = v), (v) => v.join(','), (t) => (t === '' ? [] : t.split(','))),
  field('layers', ['network', 'hidden'], hiddenLayersSchema, (s) => s.network.hidden, (s, v) => (s.network.hidden = v as LayerSpec[]), (v) => encodeLayers(v as LayerSpec[]), decodeLayers),
  field('output', ['network', 'outputActivation'], fieldSchemas.activation, (s) => s.network.outputActivation, (s, v) => (s.network.outputActivation = v), str, str),
  field('outInit', ['network', 'outputInitializer'], fieldSchemas.initializer, (s) => s.network.outputInitializer, (s, v) => (s.network.outputInitializer = v), str, str),
  field('loss', ['training', 'loss'], fieldSchemas.loss, (s) => s.training.loss, (s, v) => (s.training.loss = v), str, str),
  field('optimizer', ['training', 'optimizer'], fieldSchemas.optimizer, (s) => s.training.optimizer, (s, v) => (s.training.optimizer = v), str, str),
  field('lr', ['training', 'learningRate'], fieldSchemas.learningRate, (s) => s.training.learningRate, (s, v) => (s.training.learningRate = v), num, asNumber),
  field('batch', ['training', 'batchSize'], fieldSchemas.batchSize, (s) => s.training.batchSize, (s, v) => (s.training.batchSize = v), num, asNumber),
  field('epochs', ['training', 'epochs'], fieldSchemas.epochs, (s) => s.training.epochs, (s, v) => (s.training.epochs = v), (v) => (v === null ? 'unlimited' : String(v)), (t) => (t === 'unlimited' ? null : asNumber(t))),
  field('seed', ['training', 'seed'], fieldSchemas.seed, (s) => s.training.seed, (s, v) => (s.training.seed = v), num, asNumber),
  field('backend', ['training', 'backend'], fieldSchemas.backend, (s) => s.training.backend, (s, v) => (s.training.backend = v), str, str),
  ...(['momentum', 'beta1', 'beta2', 'epsilon', 'rho', 'gradientClip'] as const).map((key) =>
    field(key === 'gradientClip' ? 'clip' : key, ['training', key], fieldSchemas[key], (s) => s.training[key], (s, v) => (s.training[key] = v), num, asNumber),
  ),
];

export function encodeSpecToQuery(spec: PlaygroundSpec): string {
  const params = new URLSearchParams();
  for (const f of URL_FIELDS) {
    const text = f.encode(spec);
    if (text !== OMITTED) params.set(f.key, text);
  }
  return params.toString();
}

export interface DecodedUrl {
  spec: PlaygroundSpec;
  /** One sentence per value that was refused and replaced by its default. */
  notices: string[];
}

const MAX_SHOWN_TEXT = 40;
const shown = (text: string) => (text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text);

function resetPath(spec: PlaygroundSpec, path: string[]): void {
  const f = URL_FIELDS.find((candidate) => candidate.path.join('.') === path.join('.'));
  if (f) f.assign(spec, structuredClone(pathValue(DEFAULT_SPEC, path)) as never);
}

function pathValue(spec: PlaygroundSpec, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
}

/** Reads a query string; anything absent keeps its default, anything invalid falls back with a notice. */
export function decodeSpecFromQuery(query: string): DecodedUrl {
  const params = new URLSearchParams(query);
  const spec = cloneSpec(DEFAULT_SPEC);
  const notices: string[] = [];
  for (const f of URL_FIELDS) {
    const text = params.get(f.key);
    if (text === null) continue;
    const result = f.schema.safeParse(f.parse(text));
    if (result.success) f.assign(spec, result.data as never);
    else notices.push(`Ignored "${f.key}=${shown(text)}" from the link (${result.error.issues[0]?.message}); using the default.`);
  }
  // Values that are each fine may still not fit together (e.g. cross-entropy with a tanh output);
  // said as the store says it: what the link set is the learner's choice, the rest the page's.
  const chosen = cloneSpec(spec);
  const { because, reasons } = reasonBook();
  // A link that names an image set but no layers ("?dataset=digits8") means the set's own network.
  if (!params.has('layers')) fitNetworkToExamples(DEFAULT_SPEC, spec, because);
  fitOutputToProblem(spec, { because });
  notices.push(...describeAdjustments(DEFAULT_SPEC, chosen, spec, reasons).map((a) => a.text));
  for (let attempt = 0; attempt < 3; attempt++) {
    const validation = validateSpec(spec);
    if (validation.ok) return { spec: validation.spec, notices };
    validation.errors.forEach((message, i) => {
      notices.push(`${message}; using the default for "${validation.paths[i].at(-1)}".`);
      resetPath(spec, validation.paths[i]);
    });
  }
  return { spec: cloneSpec(DEFAULT_SPEC), notices: [...notices, 'The link did not describe a valid network; using the defaults.'] };
}
