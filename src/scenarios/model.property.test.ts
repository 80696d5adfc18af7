import { describe, it } from 'vitest';
import { assertModel } from './model';

// `npm run fuzz` runs the same property with a random seed and a larger budget (FUZZ_RUNS).
const fuzz = Number(process.env.FUZZ_RUNS ?? 0);

describe('random command sequences', () => {
  it(
    'never print an internal error, never pollute a prototype, keep the model and every invariant at every virtual instant',
    () => {
      assertModel(fuzz ? { runs: fuzz, maxCommands: 30 } : { seed: 20261203, runs: 30, maxCommands: 15 });
    },
    fuzz ? 3_600_000 : 240_000,
  );
});
