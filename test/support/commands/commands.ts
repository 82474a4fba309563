import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../../src/db/database';
import { PROJECT_ROOT } from '../../../src/paths';
import { testDatabaseUrl } from '../db/test-database';

export type CommandName = 'catalogue-import' | 'catalogue-export' | 'db-backup' | 'db-restore';

export const NO_DEV_DEPENDENCIES = path.join(__dirname, 'no-dev-dependencies.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The built command (dist/scripts/NAME.js) as the production image runs it. `npm test` builds
 * first; a missing or older build fails here with what to do, instead of testing stale code.
 */
export function builtCommand(name: CommandName): string {
  return builtFile(path.join('scripts', `${name}.js`));
}

/** A file of the build (`dist/RELATIVE`), checked to exist and to be newer than every source. */
export function builtFile(relative: string): string {
  const file = path.join(PROJECT_ROOT, 'dist', relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const built = fs.statSync(file).mtimeMs;
  const sources = Math.max(
    ...['src', 'scripts', 'migrations', 'seeds'].map((dir) => newestSource(path.join(PROJECT_ROOT, dir))),
  );
  if (sources > built) throw new Error(`${file} is older than the sources: run npm run build first`);
  return file;
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function commandLine(name: CommandName, args: string[], env: NodeJS.ProcessEnv) {
  return {
    argv: ['--require', NO_DEV_DEPENDENCIES, builtCommand(name), ...args],
    options: {
      cwd: PROJECT_ROOT,
      env: { ...env, NODE_ENV: 'production', SESSION_SECRET: 'command-test-secret-0123456789abcdef' },
      encoding: 'utf8' as const,
    },
  };
}

/** Runs a built command in its own process with no development dependency resolvable. */
export function runCommand(name: CommandName, args: string[], env: NodeJS.ProcessEnv): CommandResult {
  const { argv, options } = commandLine(name, args, env);
  const result = spawnSync(process.execPath, argv, options);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As runCommand, without blocking this process (for a command that talks to an app running here). */
export function runCommandAsync(
  name: CommandName,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  const { argv, options } = commandLine(name, args, env);
  return new Promise((resolve) => {
    execFile(process.execPath, argv, options, (err, stdout, stderr) => {
      const code = (err as { code?: unknown } | null)?.code;
      resolve({ status: err ? (typeof code === 'number' ? code : null) : 0, stdout, stderr });
    });
  });
}

/** A database of its own for commands run as separate processes (which use the public schema). */
export interface CommandDatabase {
  /** Environment that points a command at this database. */
  env: NodeJS.ProcessEnv;
  /** The embedded folder (PGlite only). */
  pgliteDir?: string;
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

/** An empty database: a new folder for PGlite, or a new database on the test server. */
export async function createCommandDatabase(): Promise<CommandDatabase> {
  const serverUrl = testDatabaseUrl();
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if (!serverUrl) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-command-'));
    const pgliteDir = path.join(work, 'pglite');
    return {
      env: { ...env, PGLITE_DIR: pgliteDir },
      pgliteDir,
      open: () => createDatabase({ pgliteDir }),
      dispose: async () => fs.rmSync(work, { recursive: true, force: true }),
    };
  }
  const name = `cloudmarkt_cmd_${randomBytes(4).toString('hex')}`;
  const admin = await createDatabase({ url: serverUrl });
  await admin.knex.raw('create database ??', [name]);
  await admin.close();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { ...env, DATABASE_URL: url.toString() },
    open: () => createDatabase({ url: url.toString() }),
    dispose: async () => {
      const again = await createDatabase({ url: serverUrl });
      await again.knex.raw('drop database if exists ?? with (force)', [name]);
      await again.close();
    },
  };
}
