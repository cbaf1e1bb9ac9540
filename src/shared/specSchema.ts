import { z } from 'zod';
import {
  ACTIVATION_NAMES,
  BACKEND_CHOICES,
  DATASET_NAMES,
  FEATURE_NAMES,
  LIMITS,
  LOSS_NAMES,
  OPTIMIZER_NAMES,
  outputActivationsFor,
  problemTypeOf,
  type PlaygroundSpec,
} from './spec';

const int = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .max(max, { error: `${name} must be at most ${max}` });

export const fieldSchemas = {
  dataset: z.enum(DATASET_NAMES, { error: `Dataset must be one of ${DATASET_NAMES.join(', ')}` }),
  noise: int('Noise', LIMITS.noise.min, LIMITS.noise.max),
  trainPercent: int('Training ratio', LIMITS.trainPercent.min, LIMITS.trainPercent.max),
  numPoints: int('Number of points', LIMITS.numPoints.min, LIMITS.numPoints.max),
  dataSeed: int('Data seed', LIMITS.seed.min, LIMITS.seed.max),
  features: z
    .array(z.enum(FEATURE_NAMES, { error: `Features must be among ${FEATURE_NAMES.join(', ')}` }))
    .min(1, { error: 'Pick at least one input feature' })
    .refine((list) => new Set(list).size === list.length, { error: 'A feature is listed twice' }),
  activation: z.enum(ACTIVATION_NAMES, { error: `Activation must be one of ${ACTIVATION_NAMES.join(', ')}` }),
  units: int('Units', LIMITS.units.min, LIMITS.units.max),
  loss: z.enum(LOSS_NAMES, { error: `Loss must be one of ${LOSS_NAMES.join(', ')}` }),
  optimizer: z.enum(OPTIMIZER_NAMES, { error: `Optimizer must be one of ${OPTIMIZER_NAMES.join(', ')}` }),
  learningRate: z
    .number({ error: 'Learning rate must be a number' })
    .min(LIMITS.learningRate.min, { error: `Learning rate must be at least ${LIMITS.learningRate.min}` })
    .max(LIMITS.learningRate.max, { error: `Learning rate must be at most ${LIMITS.learningRate.max}` }),
  batchSize: int('Batch size', LIMITS.batchSize.min, LIMITS.batchSize.max),
  epochs: int('Epochs', LIMITS.epochs.min, LIMITS.epochs.max).nullable(),
  seed: int('Seed', LIMITS.seed.min, LIMITS.seed.max),
  backend: z.enum(BACKEND_CHOICES, { error: `Backend must be one of ${BACKEND_CHOICES.join(', ')}` }),
};

const layerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dense'), units: fieldSchemas.units, activation: fieldSchemas.activation }),
]);

export const specSchema = z
  .object({
    data: z.object({
      dataset: fieldSchemas.dataset,
      noise: fieldSchemas.noise,
      trainPercent: fieldSchemas.trainPercent,
      numPoints: fieldSchemas.numPoints,
      dataSeed: fieldSchemas.dataSeed,
    }),
    network: z.object({
      features: fieldSchemas.features,
      hidden: z
        .array(layerSchema)
        .max(LIMITS.hiddenLayers.max, { error: `At most ${LIMITS.hiddenLayers.max} hidden layers` }),
      outputActivation: fieldSchemas.activation,
    }),
    training: z.object({
      loss: fieldSchemas.loss,
      optimizer: fieldSchemas.optimizer,
      learningRate: fieldSchemas.learningRate,
      batchSize: fieldSchemas.batchSize,
      epochs: fieldSchemas.epochs,
      seed: fieldSchemas.seed,
      backend: fieldSchemas.backend,
    }),
  })
  .superRefine((spec, ctx) => {
    const problem = problemTypeOf(spec.data.dataset);
    const allowed = outputActivationsFor(problem);
    if (!allowed.includes(spec.network.outputActivation)) {
      ctx.addIssue({
        code: 'custom',
        path: ['network', 'outputActivation'],
        message: `A ${problem} output must be ${allowed.join(' or ')}, not ${spec.network.outputActivation}`,
      });
    }
    if (spec.training.loss === 'binaryCrossEntropy') {
      if (problem !== 'classification') {
        ctx.addIssue({
          code: 'custom',
          path: ['training', 'loss'],
          message: 'Binary cross-entropy is for classification; use mean squared error for regression',
        });
      } else if (spec.network.outputActivation !== 'sigmoid') {
        ctx.addIssue({
          code: 'custom',
          path: ['training', 'loss'],
          message: 'Binary cross-entropy needs a sigmoid output (a probability between 0 and 1)',
        });
      }
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
