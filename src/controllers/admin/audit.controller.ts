import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { z } from 'zod';
import { BadRequestError } from '../../errors';
import { allAudit, countAudit, listAudit } from '../../repositories/accounts/audit.repository';
import { listMail } from '../../repositories/accounts/mail.repository';
import { auditCsv } from '../../presenters/admin/audit-csv';
import { formatDateTime } from '../../presenters/date-time';

const PAGE_SIZE = 50;
const PageQuery = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).default(1) });

/** The translation of `key`, or undefined when there is none (t returns a missing key as is). */
const known = (t: (key: string) => string, key: string): string | undefined => {
  const text = t(key);
  return text === key ? undefined : text;
};

/** GET /admin/audit: the trail, newest first, 50 rows a page, with the CSV export link. */
export function auditPageController(knex: Knex): RequestHandler {
  return async (req, res) => {
    const t = res.locals.t as (key: string, params?: Record<string, number>) => string;
    const query = PageQuery.safeParse(req.query);
    if (!query.success) throw new BadRequestError([{ parameter: 'page', message: t('admin.audit.badPage') }]);
    const { page } = query.data;
    const total = await countAudit(knex);
    const rows = await listAudit(knex, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    res.render('pages/admin/audit', {
      title: t('admin.audit.title'),
      breadcrumbs: [
        { href: '/account', label: t('accounts.account.title') },
        { label: t('admin.audit.title') },
      ],
      total,
      page,
      pages,
      previous: page > 1 ? `/admin/audit?page=${page - 1}` : undefined,
      next: page < pages ? `/admin/audit?page=${page + 1}` : undefined,
      rows: rows.map((r) => ({
        ...r,
        when: formatDateTime(r.occurred_at, res.locals.lang, { seconds: true }),
        iso: new Date(r.occurred_at).toISOString(),
        detailText: r.detail ? JSON.stringify(r.detail) : '',
        actionLabel: known(t, `admin.audit.actions.${r.action.replace(/\./g, '_')}`),
        recordLabel: r.record_type
          ? (known(t, `admin.audit.recordTypes.${r.record_type}`) ?? r.record_type)
          : '',
      })),
    });
  };
}

/** GET /admin/audit.csv: the whole trail as CSV, oldest first. */
export function auditCsvController(knex: Knex): RequestHandler {
  return (_req, res, next) => {
    const day = new Date().toISOString().slice(0, 10);
    res.type('text/csv; charset=utf-8');
    res.attachment(`cloudmarkt-audit-${day}.csv`);
    const csv = auditCsv(allAudit(knex));
    csv.on('error', (err) => (res.headersSent ? res.destroy(err) : next(err)));
    csv.pipe(res);
  };
}

/** GET /admin/outbox: e-mail the app made, newest first (the text of messages not sent by SMTP). */
export function outboxPageController(knex: Knex): RequestHandler {
  return async (_req, res) => {
    const t = res.locals.t as (key: string) => string;
    const mails = await listMail(knex, 200);
    res.render('pages/admin/outbox', {
      title: t('admin.outbox.title'),
      breadcrumbs: [
        { href: '/account', label: t('accounts.account.title') },
        { label: t('admin.outbox.title') },
      ],
      mails: mails.map((m) => ({
        ...m,
        when: formatDateTime(m.created_at, res.locals.lang),
        sentWhen: formatDateTime(m.sent_at, res.locals.lang),
      })),
    });
  };
}
