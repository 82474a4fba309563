import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { matchProfile } from '../../domain/broker/match-profile';
import { BUYER_PROFILES } from '../../domain/broker/buyer-profiles';
import { BadRequestError } from '../../errors';
import { presentShortlist } from '../../presenters/broker/shortlist.presenter';
import { shortlistCsv } from '../../presenters/broker/shortlist-csv';
import { shortlistOds } from '../../presenters/broker/shortlist-ods';
import { parseBrokerQuery } from '../../validators/broker-query';
import { validOrThrow } from '../../validators/problem';

export type ShortlistFormat = 'csv' | 'ods';

const CONTENT_TYPES: Record<ShortlistFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/**
 * GET /broker/shortlist.csv and .ods: the outcome as a file. A profile is required (there is no
 * outcome without one). The generated-at line is the only part that depends on the clock.
 */
export function shortlistController(deps: Pick<AppDeps, 'store'>, format: ShortlistFormat): RequestHandler {
  return (req, res) => {
    const { t, lang } = res.locals;
    const model = deps.store.current();
    const query = validOrThrow(parseBrokerQuery(req.query), t);
    if (!query.profile) {
      throw new BadRequestError([
        {
          parameter: 'profile',
          message: t('broker.error.profileMissing'),
          allowed: BUYER_PROFILES.map((p) => p.id),
        },
      ]);
    }
    const match = matchProfile(model, { profile: query.profile, mustHaves: query.mustHaves });
    const table = presentShortlist(model, match, t, lang, new Date().toISOString());
    const file = format === 'csv' ? shortlistCsv(table) : shortlistOds(table);
    res
      .type(CONTENT_TYPES[format])
      .attachment(`cloudmarkt-shortlist-${query.profile.id}-${model.assessedOn}.${format}`)
      .send(file);
  };
}
