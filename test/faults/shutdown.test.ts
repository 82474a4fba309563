import net from 'node:net';
import { spawnServer, type SpawnedServer } from './support/spawn-server';
import { waitFor } from './support/wait-for';

/**
 * SIGTERM on the real server process: it stops accepting connections, lets the request in flight
 * finish, closes the database and exits 0, saying so in its log.
 */
describe('shutdown on SIGTERM', () => {
  let server: SpawnedServer;

  beforeAll(async () => {
    server = await spawnServer();
    await waitFor(
      'the server to be ready',
      async () => (await fetch(`http://127.0.0.1:${server.port}/readyz`)).status === 200,
      120_000,
    );
  }, 150_000);

  afterAll(() => server?.kill());

  it('finishes the request in flight, refuses new connections and exits 0', async () => {
    // An idle keep-alive connection (a finished request) must not hold the shutdown up.
    const idle = await openSocket(server.port);
    idle.write(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n`);
    await readUntil(idle, '{"status":"ok"}');
    const idleClosed = new Promise<string>((resolve) => idle.once('close', () => resolve('closed')));

    // A POST whose body has only half arrived: the server is inside this request when SIGTERM comes.
    const body = 'action=clear&returnTo=%2Fcompare';
    const inFlight = await openSocket(server.port);
    const response = readAll(inFlight);
    inFlight.write(
      `POST /compare/basket HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    expect(await Promise.race([response.then(() => 'answered early'), delay(300, 'waiting')])).toBe(
      'waiting',
    );

    server.child.kill('SIGTERM');
    await waitFor('the shutdown to begin', async () => server.output().includes('shutting down'));
    await expect(openSocket(server.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // The idle connection is closed at once, while the busy one is still waiting for its body.
    expect(await Promise.race([idleClosed, delay(3000, 'still open')])).toBe('closed');
    expect(inFlight.destroyed).toBe(false);

    inFlight.write(body.slice(10));
    const raw = await response;
    // A complete HTTP response (the CSRF check answers 403 with its page): every byte announced came.
    expect(raw).toMatch(/^HTTP\/1\.1 403 /);
    const [head, ...rest] = raw.split('\r\n\r\n');
    const length = Number(/content-length: (\d+)/i.exec(head)?.[1]);
    expect(Buffer.byteLength(rest.join('\r\n\r\n'))).toBe(length);

    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('shut down cleanly');
  }, 60_000);
});

const delay = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function openSocket(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection. */
function readAll(socket: net.Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
}

function readUntil(socket: net.Socket, marker: string): Promise<void> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes(marker)) {
        socket.off('data', onData);
        resolve();
      }
    };
    socket.on('data', onData);
  });
}
