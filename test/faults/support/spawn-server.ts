import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { NO_DEV_DEPENDENCIES, builtFile } from '../../support/commands/commands';

const ROOT = path.join(__dirname, '..', '..', '..');

export interface SpawnedServer {
  child: ChildProcess;
  port: number;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Kills the whole process group (tsx may leave children): for cleanup after a failure. */
  kill(): void;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts `node --import tsx src/server.ts` in its own process group with an in-memory database;
 * with `built`, the build as the production image runs it (`dist/src/server.js`, no development
 * dependency resolvable).
 */
export async function spawnServer(
  env: NodeJS.ProcessEnv = {},
  options: { built?: boolean } = {},
): Promise<SpawnedServer> {
  const port = await freePort();
  let output = '';
  const entry = options.built
    ? ['--require', NO_DEV_DEPENDENCIES, builtFile(path.join('src', 'server.js'))]
    : ['--import', 'tsx', 'src/server.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      NODE_ENV: 'production',
      SESSION_SECRET: 'shutdown-test-secret-0123456789',
      PGLITE_MEMORY: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return {
    child,
    port,
    output: () => output,
    exited,
    kill: () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
  };
}
