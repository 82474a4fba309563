import { ensurePgliteTemplate } from './support/db/pglite-template';

/** Builds the migrated PGlite template once per run (skipped when tests use a PostgreSQL server). */
export default async function globalSetup(): Promise<void> {
  if (!process.env.DATABASE_URL) await ensurePgliteTemplate();
}
