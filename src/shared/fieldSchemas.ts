import { z } from './zodSetup';
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
  PADDING_NAMES,
} from './spec';

/** One schema per field of the spec, with the sentence a learner reads when a value is refused. */
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

/** "circle, xor, … and 15 more": a long list of choices stays a readable sentence. */
const listOf = (values: readonly string[]) => (values.length <= 10 ? values.join(', ') : `${values.slice(0, 8).join(', ')} or ${values.length - 8} others`);

export const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) => z.enum(values, { error: `${name} must be one of ${listOf(values)}` });

const HIDDEN_ACTIVATION_ERROR = `Activation of a hidden layer must be one of ${HIDDEN_ACTIVATIONS.join(', ')} (softmax belongs on the output)`;

export const fieldSchemas = {
  dataset: oneOf('Dataset', DATASET_NAMES),
  noise: int('Noise', LIMITS.noise.min, LIMITS.noise.max),
  trainPercent: int('Training ratio', LIMITS.trainPercent.min, LIMITS.trainPercent.max),
  numPoints: int('Number of points', LIMITS.numPoints.min, LIMITS.numPoints.max),
  window: int('Window length', LIMITS.window.min, LIMITS.window.max),
  dataSeed: int('Data seed', LIMITS.seed.min, LIMITS.seed.max),
  features: z
    .array(oneOf('Features', FEATURE_NAMES))
    .min(1, { error: 'Pick at least one input feature' })
    .refine((list) => new Set(list).size === list.length, { error: 'A feature is listed twice' }),
  activation: oneOf('Activation', ACTIVATION_NAMES),
  // Typed as any activation (z.infer), refused as softmax: softmax couples a layer's units, it belongs on the output.
  hiddenActivation: z.enum(ACTIVATION_NAMES, { error: HIDDEN_ACTIVATION_ERROR }).refine((name): boolean => name !== 'softmax', { error: HIDDEN_ACTIVATION_ERROR }),
  initializer: oneOf('Initializer', INITIALIZER_NAMES),
  units: int('Units', LIMITS.units.min, LIMITS.units.max),
  leakySlope: real('Leaky ReLU slope', LIMITS.leakySlope),
  l1: real('L1', LIMITS.regularization),
  l2: real('L2', LIMITS.regularization),
  dropoutRate: real('Dropout rate', LIMITS.dropoutRate),
  filters: int('Filters', LIMITS.filters.min, LIMITS.filters.max),
  kernelSize: int('Kernel size', LIMITS.kernelSize.min, LIMITS.kernelSize.max),
  stride: int('Stride', LIMITS.stride.min, LIMITS.stride.max),
  poolSize: int('Pool size', LIMITS.poolSize.min, LIMITS.poolSize.max),
  padding: oneOf('Padding', PADDING_NAMES),
  returnSequences: z.boolean({ error: 'Return sequences must be true or false' }),
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

