import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../src/config';
import { ROLES, type Role } from '../src/db/account-tables';
import { createLogger } from '../src/logger';
import { Accounts } from '../src/services/accounts/accounts';
import { createMailer } from '../src/services/mail/mailer';
import { withCliDatabase } from './cli-database';

const USAGE =
  'Usage: npm run users:invite -- --email NAME@EXAMPLE.ORG --role supplier|curator|admin [--provider ID] [--name NAME]';

const Args = z.object({
  email: z.string().trim().email('--email: not an e-mail address'),
  role: z.enum(ROLES as [Role, ...Role[]], { message: `--role: one of ${ROLES.join(', ')}` }),
  provider: z.string().trim().optional(),
  name: z.string().trim().optional(),
});

/**
 * npm run users:invite -- --email … --role supplier --provider ovhcloud
 * Creates the account and prints its one-time invitation link (also sent by e-mail with SMTP_URL,
 * or kept in the outbox). The invitation is recorded in the audit trail (actor: none, via cli).
 * With the embedded database, stop the app first (one process holds the data folder).
 */
async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        provider: { type: 'string' },
        name: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const args = Args.safeParse(values);
  if (!args.success) {
    for (const issue of args.error.issues)
      console.error(issue.path.length ? issue.message : String(issue.message));
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { email, role, provider, name } = args.data;
  if (role === 'supplier' && !provider) {
    console.error(`--provider is required for a supplier (a provider id of the catalogue).\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  await withCliDatabase(async (db) => {
    const config = loadConfig();
    const logger = createLogger('warn');
    const accounts = new Accounts(db.knex, config, createMailer(db.knex, config, logger), logger);
    const result = await accounts.invite(
      { email, role, providerId: provider ?? null, name: name ?? null },
      null,
    );
    if (!result.ok) {
      for (const p of result.problems)
        console.error(
          p.code === 'emailTaken'
            ? `${email}: there is already an account with this e-mail address.`
            : p.code === 'providerUnknown'
              ? `--provider ${provider}: no such provider in the catalogue.`
              : `--${p.field}: ${p.code}`,
        );
      return 1;
    }
    console.log(
      `Invited ${result.user.email} as ${role}${result.user.provider_id ? ` of ${result.user.provider_id}` : ''}.`,
    );
    console.log(
      result.delivery === 'smtp'
        ? 'The invitation was sent by e-mail. Link:'
        : 'Pass on this one-time link (also in the outbox):',
    );
    console.log(result.link);
    return 0;
  });
}

void main();
