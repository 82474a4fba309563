import type { Knex } from 'knex';

/**
 * Where the stored catalogue came from, so that start-up can bring an unmodified reference
 * catalogue up to date without ever overwriting a catalogue someone imported or changed:
 * - `origin`: 'reference' (the catalogue shipped with the app) or 'import'; null for a catalogue
 *   stored before this column existed (start-up recognises an old reference by its content hash);
 * - `reference_hash`: SHA-256 of the reference document that was loaded (reference only);
 * - `modified_at` / `modified_by`: set by any change made after loading (e.g. an approved supplier
 *   submission), which makes a reference catalogue no longer replaceable.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('catalogue_meta', (t) => {
    t.text('origin').checkIn(['reference', 'import'], 'catalogue_meta_origin');
    t.text('reference_hash');
    t.timestamp('modified_at', { useTz: true });
    t.text('modified_by');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('catalogue_meta', (t) => {
    t.dropChecks('catalogue_meta_origin');
    t.dropColumns('origin', 'reference_hash', 'modified_at', 'modified_by');
  });
}
