import type { Provider, Service } from '../catalogue.types';

/** What a dimension rule sees: one service, its provider and the assessment date (ISO). */
export interface AssessmentContext {
  service: Service;
  provider: Provider;
  assessedOn: string;
}
