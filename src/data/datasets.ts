import { classCountOf, type GeneratedDataset } from '../shared/spec';
import { createRandom, type Random } from '../shared/random';

/**
 * Points on the input plane, x1/x2 in roughly [-6, 6]. Labels are class indices (0..classes-1; for
 * two classes 1 is the "positive", blue class) or, for regression, values in [-1, 1].
 */
export interface PointSet {
  x1: Float32Array;
  x2: Float32Array;
  labels: Float32Array;
}

export const INPUT_DOMAIN: readonly [number, number] = [-6, 6];

type Generator = (count: number, noise: number, random: Random) => Array<[number, number, number]>;

const circle: Generator = (count, noise, random) => {
  const radius = 5;
  const labelOf = (x: number, y: number) => (Math.hypot(x, y) < radius * 0.5 ? 1 : -1);
  const points: Array<[number, number, number]> = [];
  const ring = (innerR: number, outerR: number, n: number) => {
    for (let i = 0; i < n; i++) {
      const r = random.uniform(innerR, outerR);
      const angle = random.uniform(0, 2 * Math.PI);
      const x = r * Math.sin(angle);
      const y = r * Math.cos(angle);
      const noiseX = random.uniform(-radius, radius) * noise;
      const noiseY = random.uniform(-radius, radius) * noise;
      points.push([x, y, labelOf(x + noiseX, y + noiseY)]);
    }
  };
  ring(0, radius * 0.5, Math.floor(count / 2));
  ring(radius * 0.7, radius, count - Math.floor(count / 2));
  return points;
};

const xor: Generator = (count, noise, random) => {
  const padding = 0.3;
  const points: Array<[number, number, number]> = [];
  for (let i = 0; i < count; i++) {
    let x = random.uniform(-5, 5);
    x += x > 0 ? padding : -padding;
    let y = random.uniform(-5, 5);
    y += y > 0 ? padding : -padding;
    const noiseX = random.uniform(-5, 5) * noise;
    const noiseY = random.uniform(-5, 5) * noise;
    points.push([x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : -1]);
  }
  return points;
};

const gauss: Generator = (count, noise, random) => {
  // Spread grows from 0.5 (no noise) to 4 (noise 50), as in TensorFlow Playground.
  const variance = 0.5 + (noise / 0.5) * 3.5;
  const std = Math.sqrt(variance);
  const points: Array<[number, number, number]> = [];
  const half = Math.floor(count / 2);
  for (let i = 0; i < count; i++) {
    const [cx, cy, label] = i < half ? [2, 2, 1] : [-2, -2, -1];
    points.push([random.normal(cx, std), random.normal(cy, std), label]);
  }
  return points;
};

const spiral: Generator = (count, noise, random) => {
  const points: Array<[number, number, number]> = [];
  const arm = (deltaT: number, label: number, n: number) => {
    for (let i = 0; i < n; i++) {
      const r = (i / n) * 5;
      const t = ((1.75 * i) / n) * 2 * Math.PI + deltaT;
      points.push([
        r * Math.sin(t) + random.uniform(-1, 1) * noise,
        r * Math.cos(t) + random.uniform(-1, 1) * noise,
        label,
      ]);
    }
  };
  arm(0, 1, Math.floor(count / 2));
  arm(Math.PI, -1, count - Math.floor(count / 2));
  return points;
};

/** Regression sets: points uniform over the plane, labelled by a function of the noisy position. */
function uniformRegression(labelOf: (x: number, y: number) => number): Generator {
  const radius = 6;
  return (count, noise, random) =>
    Array.from({ length: count }, () => {
      const x = random.uniform(-radius, radius);
      const y = random.uniform(-radius, radius);
      const noiseX = random.uniform(-radius, radius) * noise;
      const noiseY = random.uniform(-radius, radius) * noise;
      return [x, y, labelOf(x + noiseX, y + noiseY)] as [number, number, number];
    });
}

const plane = uniformRegression((x, y) => Math.max(-1, Math.min(1, (x + y) / 10)));

const GAUSSIAN_BUMPS: Array<[number, number, number]> = [
  [-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1],
  [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1],
];

const multigauss = uniformRegression((x, y) => {
  let label = 0;
  for (const [cx, cy, sign] of GAUSSIAN_BUMPS) {
    const value = sign * Math.max(0, 1 - Math.hypot(x - cx, y - cy) / 2);
    if (Math.abs(value) > Math.abs(label)) label = value;
  }
  return label;
});

/** K spiral arms, one class each. */
function spiralArms(classes: number): Generator {
  return (count, noise, random) => {
    const points: Array<[number, number, number]> = [];
    for (let k = 0; k < classes; k++) {
      const n = Math.floor(count / classes) + (k < count % classes ? 1 : 0);
      for (let i = 0; i < n; i++) {
        const r = (i / n) * 5;
        const t = ((1.75 * i) / n) * 2 * Math.PI + (2 * Math.PI * k) / classes;
        points.push([r * Math.sin(t) + random.uniform(-1, 1) * noise, r * Math.cos(t) + random.uniform(-1, 1) * noise, k]);
      }
    }
    return points;
  };
}

/** K gaussian blobs on a circle of radius 3.5, spreading with the noise. */
function gaussianBlobs(classes: number): Generator {
  return (count, noise, random) =>
    Array.from({ length: count }, (_, i) => {
      const k = i % classes;
      const angle = (2 * Math.PI * k) / classes;
      const std = 0.6 + noise * 3;
      return [random.normal(3.5 * Math.cos(angle), std), random.normal(3.5 * Math.sin(angle), std), k] as [number, number, number];
    });
}

/** Two interleaving half circles (scikit-learn's "moons"), scaled to the playground's plane. */
const moons: Generator = (count, noise, random) =>
  Array.from({ length: count }, (_, i) => {
    const upper = i % 2 === 0;
    const t = random.uniform(0, Math.PI);
    const [x, y] = upper ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    const spread = noise * 1.5;
    return [3 * (x - 0.5) + random.normal(0, spread), 3 * (y - 0.25) + random.normal(0, spread), upper ? 0 : 1] as [number, number, number];
  });

/** A 4×4 checkerboard of 2×2 squares; noise moves points before they are labelled, as in XOR. */
const checkerboard: Generator = (count, noise, random) =>
  Array.from({ length: count }, () => {
    const x = random.uniform(-4, 4);
    const y = random.uniform(-4, 4);
    const nx = x + random.uniform(-2, 2) * noise;
    const ny = y + random.uniform(-2, 2) * noise;
    const parity = (((Math.floor(nx / 2) + Math.floor(ny / 2)) % 2) + 2) % 2;
    return [x, y, parity] as [number, number, number];
  });

/** Three concentric rings, one class each. */
const rings3: Generator = (count, noise, random) => {
  const bands: Array<[number, number]> = [[0, 1.4], [2.2, 3.2], [4, 5]];
  return Array.from({ length: count }, (_, i) => {
    const k = i % 3;
    const r = random.uniform(...bands[k]) + random.normal(0, noise * 1.5);
    const angle = random.uniform(0, 2 * Math.PI);
    return [r * Math.cos(angle), r * Math.sin(angle), k] as [number, number, number];
  });
};

/** A noisy sine of x1 alone (x2 is 0): the one-dimensional regression a first course starts with. */
const sine: Generator = (count, noise, random) =>
  Array.from({ length: count }, () => {
    const x = random.uniform(-6, 6);
    const y = 0.8 * Math.sin(x) + random.normal(0, noise * 0.8);
    return [x, 0, Math.max(-1, Math.min(1, y))] as [number, number, number];
  });

const GENERATORS: Record<GeneratedDataset, Generator> = {
  circle,
  xor,
  gauss,
  spiral,
  moons,
  checkerboard,
  spiral3: spiralArms(3),
  rings3,
  blobs4: gaussianBlobs(4),
  blobs6: gaussianBlobs(6),
  plane,
  multigauss,
  sine,
};

/** Generates a dataset deterministically from its seed. `noisePercent` is 0..50. */
export function generatePoints(dataset: GeneratedDataset, count: number, noisePercent: number, seed: number): PointSet {
  const random = createRandom(seed);
  const points = GENERATORS[dataset](count, noisePercent / 100, random);
  const set: PointSet = {
    x1: new Float32Array(points.length),
    x2: new Float32Array(points.length),
    labels: new Float32Array(points.length),
  };
  // Two-class generators label ±1 as TensorFlow Playground does; store class indices instead.
  const binary = classCountOf({ dataset, table: null }) === 2;
  points.forEach(([x, y, label], i) => {
    set.x1[i] = x;
    set.x2[i] = y;
    set.labels[i] = binary ? (label > 0 ? 1 : 0) : label;
  });
  return set;
}
