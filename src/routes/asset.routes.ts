import express, { type IRouter } from 'express';
import path from 'node:path';
import { packageFile, PUBLIC_DIR } from '../paths';

const ONE_DAY_S = 24 * 60 * 60;

/**
 * Static files: our own under /assets, and the NL Design System CSS (EUPL-1.2) served straight from
 * node_modules — the Utrecht component library and the openly licensed "voorbeeld" theme tokens.
 */
export function assetRoutes(router: IRouter): void {
  const cssFile = (file: string) => (_req: express.Request, res: express.Response) => {
    res.sendFile(file, { maxAge: ONE_DAY_S * 1000, headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  };
  router.get(
    '/assets/nlds/components.css',
    cssFile(packageFile('@utrecht/component-library-css', 'dist/index.css')),
  );
  router.get(
    '/assets/nlds/theme.css',
    cssFile(packageFile('@nl-design-system-unstable/voorbeeld-design-tokens', 'dist/theme.css')),
  );
  router.use('/assets', express.static(path.join(PUBLIC_DIR), { maxAge: ONE_DAY_S * 1000, index: false }));
}
