/**
 * How much heap the kept result cards take (their view models and rendered HTML, made once per
 * service, language and view): requests every page of the whole list, 100 cards a page, in Dutch
 * and then in English, on a marketplace-shaped catalogue in memory, and prints the heap growth.
 * Usage: node --expose-gc --import tsx scripts/bench/card-cache-size.ts [SERVICES=40000]
 */
import { listenInMemory, marketplaceStore } from './marketplace-store';
import http from 'node:http';

function get(port: number, path: string, lang: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path, host: '127.0.0.1', headers: { cookie: `lang=${lang}` } }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`${path} ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 40_000);
  const { server, port } = await listenInMemory(await marketplaceStore(size));
  await get(port, '/services', 'nl');
  const heap = () => {
    global.gc?.();
    return process.memoryUsage().heapUsed / 1048576;
  };
  const before = heap();
  const pages = Math.ceil(size / 100);
  for (const lang of ['nl', 'en']) {
    for (let page = 1; page <= pages; page++)
      await get(port, `/services?perPage=100&page=${page}&sort=name`, lang);
    console.log(`after every card in ${lang}: heap +${(heap() - before).toFixed(0)} MB`);
  }
  server.close();
  process.exit(0);
}
void main();
