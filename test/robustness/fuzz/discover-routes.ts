import type { Express } from 'express';

export interface DiscoveredRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express path pattern, e.g. `/services/:id`. */
  path: string;
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: unknown;
  slash?: boolean;
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route the app really registers, read from Express's router stack, so that a page added by
 * another area is fuzzed without anyone updating this test. Static files are left out.
 */
export function discoverRoutes(app: Express): DiscoveredRoute[] {
  const router = (app as unknown as { router: { stack: Layer[] } }).router;
  const found: DiscoveredRoute[] = [];
  const walk = (stack: Layer[], prefix: string): void => {
    for (const layer of stack) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const path of paths)
          for (const [method, on] of Object.entries(layer.route.methods)) {
            const upper = method.toUpperCase();
            if (on && METHODS.has(upper))
              found.push({ method: upper as DiscoveredRoute['method'], path: join(prefix, path) });
          }
      } else if (layer.handle?.stack) {
        const mount = !layer.slash && typeof layer.rawPath === 'string' ? layer.rawPath : '';
        walk(layer.handle.stack, join(prefix, mount));
      }
    }
  };
  walk(router.stack, '');
  const unique = new Map(found.map((r) => [`${r.method} ${r.path}`, r]));
  return [...unique.values()].filter((r) => !r.path.startsWith('/assets/'));
}

function join(prefix: string, path: string): string {
  if (!prefix || prefix === '/') return path || '/';
  return `${prefix.replace(/\/$/, '')}${path === '/' ? '' : path}` || '/';
}
