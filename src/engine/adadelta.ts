import * as tf from '@tensorflow/tfjs-core';

/**
 * Adadelta as Zeiler (2012) and Keras define it. tfjs 4.22's own adadelta divides by the *previous*
 * squared-gradient average (zero on the first step), so its first update is lr·g, not the paper's.
 *   E[g²] ← ρ E[g²] + (1-ρ) g²;  Δ = √(E[Δ²] + ε) / √(E[g²] + ε) · g;  E[Δ²] ← ρ E[Δ²] + (1-ρ) Δ²;  w ← w − lr·Δ
 */
export class AdadeltaOptimizer extends tf.Optimizer {
  static className = 'PlaygroundAdadelta';
  private readonly slots = new Map<string, { grad: tf.Variable; update: tf.Variable }>();

  constructor(public learningRate: number, private readonly rho: number, private readonly epsilon: number) {
    super();
  }

  applyGradients(gradients: tf.NamedTensorMap | Array<{ name: string; tensor: tf.Tensor }>): void {
    const entries = Array.isArray(gradients) ? gradients.map((g) => [g.name, g.tensor] as const) : Object.entries(gradients);
    for (const [name, gradient] of entries) {
      const value = tf.engine().registeredVariables[name];
      let slot = this.slots.get(name);
      if (!slot) {
        slot = { grad: tf.variable(tf.zerosLike(value), false), update: tf.variable(tf.zerosLike(value), false) };
        this.slots.set(name, slot);
      }
      const { grad, update } = slot;
      tf.tidy(() => {
        const newGrad = tf.add(tf.mul(grad, this.rho), tf.mul(tf.square(gradient), 1 - this.rho));
        const delta = tf.mul(tf.div(tf.sqrt(tf.add(update, this.epsilon)), tf.sqrt(tf.add(newGrad, this.epsilon))), gradient);
        update.assign(tf.add(tf.mul(update, this.rho), tf.mul(tf.square(delta), 1 - this.rho)));
        grad.assign(newGrad);
        value.assign(tf.sub(value, tf.mul(delta, this.learningRate)));
      });
    }
    this.incrementIterations();
  }

  dispose(): void {
    for (const { grad, update } of this.slots.values()) tf.dispose([grad, update]);
    this.slots.clear();
  }

  getConfig(): tf.serialization.ConfigDict {
    return { learningRate: this.learningRate, rho: this.rho, epsilon: this.epsilon };
  }
}
