import type { Knex } from 'knex';
import * as createCatalogueMeta from '../../migrations/001-create-catalogue-meta';
import * as createCategories from '../../migrations/002-create-categories';
import * as createCapabilities from '../../migrations/003-create-capabilities';
import * as createCapabilityReplacements from '../../migrations/004-create-capability-replacements';
import * as createProviders from '../../migrations/005-create-providers';
import * as createServices from '../../migrations/006-create-services';
import * as createServiceCategories from '../../migrations/007-create-service-categories';
import * as createServiceCapabilities from '../../migrations/008-create-service-capabilities';
import * as createServiceRunsOn from '../../migrations/009-create-service-runs-on';
import * as createEvidence from '../../migrations/010-create-evidence';
import * as createFacts from '../../migrations/011-create-facts';
import * as createSources from '../../migrations/012-create-sources';
import * as addSourcesCheckedOn from '../../migrations/013-add-sources-checked-on';
import * as addCatalogueOrigin from '../../migrations/014-add-catalogue-origin';
import * as createUsers from '../../migrations/020-create-users';
import * as createUserTokens from '../../migrations/021-create-user-tokens';
import * as createSessions from '../../migrations/022-create-sessions';
import * as createLoginThrottle from '../../migrations/023-create-login-throttle';
import * as createAuditTrail from '../../migrations/024-create-audit-trail';
import * as protectAuditTrail from '../../migrations/025-protect-audit-trail';
import * as createMailOutbox from '../../migrations/026-create-mail-outbox';
import * as createDrafts from '../../migrations/030-create-drafts';
import * as createDraftReviews from '../../migrations/031-create-draft-reviews';
import * as createDraftComments from '../../migrations/032-create-draft-comments';
import * as createCatalogueChanges from '../../migrations/040-create-catalogue-changes';
import * as createCatalogueChangeItems from '../../migrations/041-create-catalogue-change-items';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Every migration, in order, imported statically so that the same names are recorded whether the
 * app runs from TypeScript sources or the build. Append new migrations at the end; never edit one
 * that has landed.
 */
export const MIGRATIONS: readonly (readonly [string, Migration])[] = [
  ['001-create-catalogue-meta', createCatalogueMeta],
  ['002-create-categories', createCategories],
  ['003-create-capabilities', createCapabilities],
  ['004-create-capability-replacements', createCapabilityReplacements],
  ['005-create-providers', createProviders],
  ['006-create-services', createServices],
  ['007-create-service-categories', createServiceCategories],
  ['008-create-service-capabilities', createServiceCapabilities],
  ['009-create-service-runs-on', createServiceRunsOn],
  ['010-create-evidence', createEvidence],
  ['011-create-facts', createFacts],
  ['012-create-sources', createSources],
  ['013-add-sources-checked-on', addSourcesCheckedOn],
  ['014-add-catalogue-origin', addCatalogueOrigin],
  ['020-create-users', createUsers],
  ['021-create-user-tokens', createUserTokens],
  ['022-create-sessions', createSessions],
  ['023-create-login-throttle', createLoginThrottle],
  ['024-create-audit-trail', createAuditTrail],
  ['025-protect-audit-trail', protectAuditTrail],
  ['026-create-mail-outbox', createMailOutbox],
  ['030-create-drafts', createDrafts],
  ['031-create-draft-reviews', createDraftReviews],
  ['032-create-draft-comments', createDraftComments],
  ['040-create-catalogue-changes', createCatalogueChanges],
  ['041-create-catalogue-change-items', createCatalogueChangeItems],
];

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => MIGRATIONS.map(([name]) => name),
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const found = MIGRATIONS.find(([candidate]) => candidate === name);
    if (!found) throw new Error(`Unknown migration ${name}`);
    return found[1];
  },
};
