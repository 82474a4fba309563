import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import {
  completenessCsvController,
  completenessPageController,
} from '../controllers/catalogue/completeness.controller';
import { homeController } from '../controllers/catalogue/home.controller';
import { providerPageController } from '../controllers/catalogue/provider-page.controller';
import { servicePageController } from '../controllers/catalogue/service-page.controller';
import { catalogueIdParam } from './params';

/** Home, service and provider pages, and the providers' completeness. Lists (/services, /categories/:id) live in listing.routes.ts. */
export function catalogueRoutes(router: IRouter, deps: Pick<AppDeps, 'store' | 'config' | 'history'>): void {
  router.get('/', homeController(deps));
  router.get('/services/:id', catalogueIdParam('service'), servicePageController(deps));
  router.get('/providers/:id', catalogueIdParam('provider'), providerPageController(deps));
  router.get('/completeness', completenessPageController(deps));
  router.get('/completeness.csv', completenessCsvController(deps));
}
