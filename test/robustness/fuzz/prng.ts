import { prng } from '../../../scripts/prng';

/** A seeded PRNG (mulberry32) so that every fuzz run can be reproduced from its printed seed. */
export interface Random {
  seed: number;
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  const next = prng(seed);
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return {
    seed,
    next,
    int,
    pick: <T>(list: readonly T[]): T => list[int(list.length)],
    chance: (probability: number) => next() < probability,
  };
}

/** FUZZ_SEED=<number> replays a run; FUZZ_SEED=random explores; the default keeps CI deterministic. */
export function fuzzSeed(env: string | undefined, fallback: number): number {
  if (env === 'random') return Math.floor(Math.random() * 2 ** 31);
  const parsed = Number.parseInt(env ?? '', 10);
  return Number.isInteger(parsed) ? parsed : fallback;
}
