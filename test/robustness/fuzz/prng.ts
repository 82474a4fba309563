/** A seeded PRNG (mulberry32) so that every fuzz run can be reproduced from its printed seed. */
export interface Random {
  seed: number;
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(list: readonly T[]): T;
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
