import { z } from './zodSetup';
import { MAX_CLASSES } from './limits';
import { compatibilityProblems } from './compatibility';
import { fieldSchemas, oneOf } from './fieldSchemas';
import { hiddenLayersSchema } from './layers/registry';
import type { PlaygroundSpec } from './spec';
import { DEFAULT_WINDOW } from './defaults';

const columnName = z.string().min(1, { error: 'A column name is empty' }).max(200, { error: 'A column name is longer than 200 characters' });

export const tableRolesSchema = z.object({
  fileName: z.string().max(200, { error: 'The file name is longer than 200 characters' }),
  inputs: z.array(columnName).min(1, { error: 'Pick at least one input column' }).max(200, { error: 'At most 200 input columns' }),
  target: columnName,
  task: oneOf('Task', ['classification', 'regression'] as const),
  standardize: z.boolean({ error: 'Standardize must be true or false' }),
  axes: z.array(columnName).min(1).max(2, { error: 'At most two axes' }),
  classNames: z.array(z.string().max(200)).max(MAX_CLASSES).nullable(),
});

export const specSchema = z
  .object({
    data: z.object({
      dataset: fieldSchemas.dataset,
      noise: fieldSchemas.noise,
      trainPercent: fieldSchemas.trainPercent,
      numPoints: fieldSchemas.numPoints,
      dataSeed: fieldSchemas.dataSeed,
      table: tableRolesSchema.nullable(),
      // Specs saved before sequences had no window: they read with the default (the migration).
      window: fieldSchemas.window.default(DEFAULT_WINDOW),
    }),
    network: z.object({
      features: fieldSchemas.features,
      hidden: hiddenLayersSchema,
      outputActivation: fieldSchemas.activation,
      outputInitializer: fieldSchemas.initializer,
    }),
    training: z.object({
      loss: fieldSchemas.loss,
      optimizer: fieldSchemas.optimizer,
      learningRate: fieldSchemas.learningRate,
      batchSize: fieldSchemas.batchSize,
      epochs: fieldSchemas.epochs,
      seed: fieldSchemas.seed,
      backend: fieldSchemas.backend,
      momentum: fieldSchemas.momentum,
      beta1: fieldSchemas.beta1,
      beta2: fieldSchemas.beta2,
      epsilon: fieldSchemas.epsilon,
      rho: fieldSchemas.rho,
      gradientClip: fieldSchemas.gradientClip,
    }),
  })
  .superRefine((spec, ctx) => {
    for (const problem of compatibilityProblems(spec as PlaygroundSpec)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type SpecValidation =
  | { ok: true; spec: PlaygroundSpec }
  | { ok: false; errors: string[]; paths: string[][] };

export function validateSpec(input: unknown): SpecValidation {
  const result = specSchema.safeParse(input);
  if (result.success) return { ok: true, spec: result.data as PlaygroundSpec };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => issue.message),
    paths: result.error.issues.map((issue) => issue.path.map(String)),
  };
}
