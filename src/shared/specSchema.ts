import { z } from './zodSetup';
import { MAX_CLASSES } from './limits';
import { compatibilityProblems } from './compatibility';
import {
  ACTIVATION_NAMES,
  BACKEND_CHOICES,
  DATASET_NAMES,
  FEATURE_NAMES,
  HIDDEN_ACTIVATIONS,
  INITIALIZER_NAMES,
  LIMITS,
  LOSS_NAMES,
  OPTIMIZER_NAMES,
  type PlaygroundSpec,
} from './spec';

const int = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` });

const real = (name: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ error: `${name} must be a number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` });

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: `${name} must be one of ${values.join(', ')}` });

export const fieldSchemas = {
  dataset: oneOf('Dataset', DATASET_NAMES),
  noise: int('Noise', LIMITS.noise.min, LIMITS.noise.max),
  trainPercent: int('Training ratio', LIMITS.trainPercent.min, LIMITS.trainPercent.max),
  numPoints: int('Number of points', LIMITS.numPoints.min, LIMITS.numPoints.max),
  dataSeed: int('Data seed', LIMITS.seed.min, LIMITS.seed.max),
  features: z
    .array(oneOf('Features', FEATURE_NAMES))
    .min(1, { error: 'Pick at least one input feature' })
    .refine((list) => new Set(list).size === list.length, { error: 'A feature is listed twice' }),
  activation: oneOf('Activation', ACTIVATION_NAMES),
  hiddenActivation: z.enum(HIDDEN_ACTIVATIONS as unknown as [string, ...string[]], {
    error: `Activation of a hidden layer must be one of ${HIDDEN_ACTIVATIONS.join(', ')} (softmax belongs on the output)`,
  }),
  initializer: oneOf('Initializer', INITIALIZER_NAMES),
  units: int('Units', LIMITS.units.min, LIMITS.units.max),
  leakySlope: real('Leaky ReLU slope', LIMITS.leakySlope),
  l1: real('L1', LIMITS.regularization),
  l2: real('L2', LIMITS.regularization),
  dropoutRate: real('Dropout rate', LIMITS.dropoutRate),
  loss: oneOf('Loss', LOSS_NAMES),
  optimizer: oneOf('Optimizer', OPTIMIZER_NAMES),
  learningRate: real('Learning rate', LIMITS.learningRate),
  batchSize: int('Batch size', LIMITS.batchSize.min, LIMITS.batchSize.max),
  epochs: int('Epochs', LIMITS.epochs.min, LIMITS.epochs.max).nullable(),
  seed: int('Seed', LIMITS.seed.min, LIMITS.seed.max),
  backend: oneOf('Backend', BACKEND_CHOICES),
  momentum: real('Momentum', LIMITS.momentum),
  beta1: real('β1', LIMITS.beta),
  beta2: real('β2', LIMITS.beta),
  epsilon: real('ε', LIMITS.epsilon),
  rho: real('ρ', LIMITS.rho),
  gradientClip: real('Gradient clipping', LIMITS.gradientClip),
};

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

export const layerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dense'),
    units: fieldSchemas.units,
    activation: fieldSchemas.hiddenActivation,
    initializer: fieldSchemas.initializer,
    leakySlope: fieldSchemas.leakySlope,
    l1: fieldSchemas.l1,
    l2: fieldSchemas.l2,
  }),
  z.object({ kind: z.literal('dropout'), rate: fieldSchemas.dropoutRate }),
  z.object({ kind: z.literal('batchNorm') }),
]);

export const hiddenLayersSchema = z.array(layerSchema).max(LIMITS.hiddenLayers.max, { error: `At most ${LIMITS.hiddenLayers.max} hidden layers` });

export const specSchema = z
  .object({
    data: z.object({
      dataset: fieldSchemas.dataset,
      noise: fieldSchemas.noise,
      trainPercent: fieldSchemas.trainPercent,
      numPoints: fieldSchemas.numPoints,
      dataSeed: fieldSchemas.dataSeed,
      table: tableRolesSchema.nullable(),
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
