import type { z } from '../zodSetup';
import type { ActivationName, InitializerName } from '../spec';

/** The shape of one example as it flows through the network, batch left out: [F], [H, W, C], [T, F]. */
export type Shape = readonly number[];

/** A layer's output shape, or the reason in words why it cannot take its input. */
export type ShapeResult = { ok: true; shape: Shape } | { ok: false; problem: string };

export const shapeOk = (shape: Shape): ShapeResult => ({ ok: true, shape });
export const shapeProblem = (problem: string): ShapeResult => ({ ok: false, problem });

/** "[4]", "[28, 28, 1]": how shapes are written for learners (Keras's summary writes them so). */
export const formatShape = (shape: Shape): string => `[${shape.join(', ')}]`;

/** How code generation names activations, initializers and numbers in each language. */
export interface CodeWords {
  activation(name: ActivationName): string;
  initializer(name: InitializerName): string;
  number(value: number): string;
}

/**
 * Everything the shared side knows about one kind of layer, in one object: what it accepts (schema
 * and defaults), what it does to shapes, what it costs in parameters, how a link and generated code
 * write it. The engine's builder and the page's settings and glyph are registered by kind on their
 * own sides (src/engine/layers, src/components/network/layerKinds).
 */
export interface LayerKindEntry<S extends { kind: string }> {
  kind: S['kind'];
  /** The name a learner reads in menus and in the diagram. */
  label: string;
  schema: z.ZodType<S>;
  /** A new layer of this kind; `like` is the layer it replaces or follows, whose settings carry over where they fit. */
  defaults(like?: { kind: string }): S;
  outputShape(layer: S, input: Shape): ShapeResult;
  /** Weights the layer holds, as Keras's summary counts them (batch norm's moving statistics included). */
  paramCount(layer: S, input: Shape): number;
  /** The layer in a few words, as run comparisons list a stack: "4 tanh", "dropout 0.2". */
  summary(layer: S): string;
  /** What the layer's outputs mean, for colouring its neurons; `previous` is the layer before's. */
  columnActivation(layer: S, previous: ActivationName): ActivationName;
  /** How the neuron inspector names what the layer's units do ("Tanh", "Dropout"). */
  unitKind(layer: S): string;
  /** The L1/L2 penalty on the layer's kernel, added to the objective; null for a layer without one. */
  penalty(layer: S): { l1: number; l2: number } | null;
  link: {
    /** The first word of the layer in a link; null for the kind written by its numbers alone (dense: "4:tanh"). */
    token: string | null;
    encode(layer: S): string;
    /** From the link's parts (after the token, or all of them for the kind without one) to a candidate for the schema. */
    decode(parts: string[]): unknown;
  };
  /** Lines of a Keras program that add the layer. */
  keras(layer: S, words: CodeWords): string[];
  /** Lines of a tfjs program that add the layer; `inputShape` is "inputShape: [4]" on the first layer, else empty. */
  tfjs(layer: S, words: CodeWords, inputShape: string): string[];
}
