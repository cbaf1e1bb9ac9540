import type { Random } from '../shared/random';
import type { InitializerName } from '../shared/spec';

/** Draws one kernel entry for a layer with `fanIn` inputs and `fanOut` outputs. */
export const INITIALIZERS: Record<InitializerName, (fanIn: number, fanOut: number, random: Random) => number> = {
  glorot: (fanIn, fanOut, random) => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    return random.uniform(-limit, limit);
  },
  he: (fanIn, _fanOut, random) => random.normal(0, Math.sqrt(2 / fanIn)),
  uniform01: (_fanIn, _fanOut, random) => random.uniform(0, 1),
  zeros: () => 0,
};
