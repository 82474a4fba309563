import { z } from 'zod';
import type { LocalizedText } from '../catalogue.types';
import type { Dimension, Level } from '../sovereignty/sovereignty.types';
import profileData from './buyer-profiles.json';

/**
 * Buyer profiles (docs/sovereignty.md, "Buyer profiles"): what the service will hold decides the minimum
 * level per dimension. The data lives in buyer-profiles.json so policy owners can edit it without
 * touching code; it is validated here, once, when the module loads, so a bad edit fails at start-up.
 */
export interface BuyerProfile {
  id: string;
  name: LocalizedText;
  minimums: Record<Dimension, Level>;
  /** False for the state-secret profile: only government-run or self-hosted services qualify. */
  publicCloudAllowed: boolean;
  note?: LocalizedText;
}

const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const text = z.strictObject({ nl: z.string().min(1), en: z.string().min(1).optional() });

const profileSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: text,
  minimums: z.strictObject({ jurisdiction: level, data: level, openness: level, assurance: level }),
  publicCloudAllowed: z.boolean(),
  note: text.optional(),
});

const fileSchema = z
  .object({ profiles: z.array(profileSchema).min(1) })
  .refine((file) => new Set(file.profiles.map((p) => p.id)).size === file.profiles.length, {
    message: 'profile ids must be unique',
  });

/** Validates a profiles document (the shape of buyer-profiles.json); throws with the zod issues. */
export function parseBuyerProfiles(data: unknown): BuyerProfile[] {
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid buyer profiles: ${z.prettifyError(result.error)}`);
  }
  return result.data.profiles;
}

/** The profiles of buyer-profiles.json, in the file's order (from least to most sensitive). */
export const BUYER_PROFILES: readonly BuyerProfile[] = parseBuyerProfiles(profileData);

export function findBuyerProfile(
  id: string,
  profiles: readonly BuyerProfile[] = BUYER_PROFILES,
): BuyerProfile | undefined {
  return profiles.find((p) => p.id === id);
}
