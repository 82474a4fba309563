import type { HttpAnswer, HttpSession } from './http-session';

/** The item a supplier changes in each draft, and the curator checks. */
export const CHANGED_ITEM = 'contract.slaAvailabilityPct';

/** A write the app acknowledged with its success answer (a 303 to the expected page). */
export type Ack =
  | { kind: 'opened'; serviceId: string; draftId: number }
  | { kind: 'saved'; serviceId: string; draftId: number; marker: string }
  | { kind: 'commented'; draftId: number; marker: string }
  | { kind: 'submitted'; draftId: number }
  | { kind: 'checked'; draftId: number; item: string }
  | { kind: 'approved'; serviceId: string; draftId: number; marker: string };

/** Markers that make every write findable afterwards. */
export const saveMarker = (serviceId: string) => `SLA terms ${serviceId}`;
export const commentMarker = (serviceId: string) => `Comment on ${serviceId}`;

export interface StreamOptions {
  /** One signed-in supplier per provider, each working through its provider's services. */
  suppliers: { session: HttpSession; services: string[] }[];
  curator: HttpSession;
  /** Called after every acknowledged write, in the order the answers arrived. */
  onAck(ack: Ack): void;
  /** True once the server has been killed: no new request is begun. */
  stopped(): boolean;
}

export interface StreamOutcome {
  /** Answers that were neither success nor a lost connection: the test fails on any. */
  unexpected: string[];
  /** Requests begun but never answered (cut off by the kill). */
  cutOff: number;
}

class Cut extends Error {}

/**
 * Writes as fast as the app answers, concurrently: each supplier opens a draft of one of its
 * services, saves the contract section (a marker in the source title), comments, submits; the
 * curator checks the changed item and approves it (publishing the catalogue change). Runs until
 * the server is killed; a request the kill cut off ends that supplier's stream.
 */
export async function streamWrites(options: StreamOptions): Promise<StreamOutcome> {
  const outcome: StreamOutcome = { unexpected: [], cutOff: 0 };
  const call = async (request: () => Promise<HttpAnswer>): Promise<HttpAnswer> => {
    if (options.stopped()) throw new Cut();
    try {
      return await request();
    } catch {
      outcome.cutOff += 1;
      throw new Cut();
    }
  };
  const write = async (what: string, request: () => Promise<HttpAnswer>, expected: RegExp) => {
    const answer = await call(request);
    if (answer.status !== 303 || !expected.test(answer.location ?? '')) {
      outcome.unexpected.push(`${what}: ${answer.status} ${answer.location ?? answer.text.slice(0, 300)}`);
      throw new Cut();
    }
    return answer.location!;
  };

  const runService = async (supplier: HttpSession, serviceId: string) => {
    const location = await write(
      `open draft of ${serviceId}`,
      () => supplier.postForm('/drafts', { kind: 'service', id: serviceId }),
      /^\/drafts\/\d+$/,
    );
    const draftId = Number(location.split('/').pop());
    options.onAck({ kind: 'opened', serviceId, draftId });
    const form = await call(() => supplier.get(`/drafts/${draftId}/contract`));
    const revision = /name="revision" value="(\d+)"/.exec(form.text)?.[1] ?? 'none';
    const marker = saveMarker(serviceId);
    await write(
      `save ${serviceId}`,
      () =>
        supplier.postForm(`/drafts/${draftId}/contract`, {
          revision,
          [`${CHANGED_ITEM}.value`]: '99.9',
          [`${CHANGED_ITEM}.sources.0.url`]: `https://example.org/sla/${serviceId}`,
          [`${CHANGED_ITEM}.sources.0.kind`]: 'primary',
          [`${CHANGED_ITEM}.sources.0.title`]: marker,
        }),
      new RegExp(`^/drafts/${draftId}#section-contract$`),
    );
    options.onAck({ kind: 'saved', serviceId, draftId, marker });
    const comment = commentMarker(serviceId);
    const back = new RegExp(`^/drafts/${draftId}$`);
    await write(
      `comment ${serviceId}`,
      () => supplier.postForm(`/drafts/${draftId}/comments`, { comment }),
      back,
    );
    options.onAck({ kind: 'commented', draftId, marker: comment });
    await write(`submit ${serviceId}`, () => supplier.postForm(`/drafts/${draftId}/submit`, {}), back);
    options.onAck({ kind: 'submitted', draftId });
    const review = `/curator/submissions/${draftId}`;
    await write(
      `check ${serviceId}`,
      () => options.curator.postForm(`${review}/decisions`, { item: CHANGED_ITEM, decision: 'checked' }),
      new RegExp(`^${review}#item-`),
    );
    options.onAck({ kind: 'checked', draftId, item: CHANGED_ITEM });
    await write(
      `approve ${serviceId}`,
      () => options.curator.postForm(`${review}/approve`, {}),
      new RegExp(`^${review}\\?approved=1$`),
    );
    options.onAck({ kind: 'approved', serviceId, draftId, marker });
  };

  await Promise.all(
    options.suppliers.map(async ({ session, services }) => {
      try {
        while (services.length > 0) await runService(session, services.shift()!);
      } catch (err) {
        if (!(err instanceof Cut)) throw err;
      }
    }),
  );
  return outcome;
}
