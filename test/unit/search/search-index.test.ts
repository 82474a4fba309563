import { buildSearchIndex } from '../../../src/domain/search/build-search-index';
import type { SearchOutcome, SearchSuccess } from '../../../src/domain/search/search.types';
import { model, provider, service } from './search.factories';

function ok(outcome: SearchOutcome): SearchSuccess {
  if (!outcome.ok) throw new Error(`expected a result, got ${outcome.reason}`);
  return outcome;
}

function ids(outcome: SearchOutcome): string[] {
  return [...ok(outcome).relevance.keys()].sort();
}

/** Ids from best to worst score. */
function ranked(outcome: SearchOutcome): string[] {
  return [...ok(outcome).relevance].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

const catalogue = model(
  [
    service('object-store', {
      name: 'Objectbox',
      summary: {
        nl: 'Schaalbare opslagdiensten voor objecten in Nederlandse datacenters.',
        en: 'Scalable object storage in Dutch data centres.',
      },
      categories: ['storage'],
    }),
    service('file-sync', {
      name: 'Syncbox',
      summary: { nl: 'Bestandsopslag en delen met collega’s.', en: 'Sharing files with colleagues.' },
      categories: ['collaboration'],
      capabilities: ['file-storage'],
      serviceModel: 'saas',
    }),
    service('chat-app', {
      name: 'Praatpaal',
      summary: { nl: 'Versleutelde chat voor teams binnen de overheid.' },
      categories: ['collaboration'],
      capabilities: ['chat'],
      serviceModel: 'saas',
    }),
    service('mailer', {
      providerId: 'postbode',
      name: 'Postbode Mail',
      summary: { nl: 'Veilige e-mail met agenda.', en: 'Secure email with calendar.' },
      categories: ['collaboration'],
      capabilities: ['mail-calendar'],
      evidence: [{ scheme: 'ISO27001', status: 'certified' }],
      exit: { openStandards: { value: ['IMAP', 'CalDAV'] } },
      serviceModel: 'saas',
    }),
    service('vm', {
      name: 'Rekenwolk',
      summary: {
        nl: 'Virtuele machines met financiële rapportage.',
        en: 'Virtual machines, billed per hour.',
      },
      description: {
        nl: 'Draait op eigen hardware in Amsterdam.',
        en: 'Runs on its own hardware in Amsterdam.',
      },
    }),
    // Decoy: a Microsoft product that mentions none of the query words below except its own name.
    service('ms-suite', {
      providerId: 'microsoft',
      name: 'Microsoft 365',
      summary: { nl: 'Kantoorsoftware van Microsoft.', en: 'Office software from Microsoft.' },
      categories: ['collaboration'],
      serviceModel: 'saas',
    }),
  ],
  [provider('acme', 'Acme Cloud'), provider('postbode', 'Postbode B.V.'), provider('microsoft', 'Microsoft')],
);
const index = buildSearchIndex(catalogue);

describe('buildSearchIndex', () => {
  it('indexes every service of the model and remembers its version', () => {
    expect(index.size).toBe(6);
    expect(index.version).toBe(catalogue.version);
  });

  describe('Dutch stemming and compounds', () => {
    it('finds "opslagdiensten" by its singular "opslagdienst"', () => {
      expect(ids(index.search('opslagdienst'))).toEqual(['object-store']);
    });

    it('finds "opslagdiensten" and "Bestandsopslag" by the part "opslag", with the exact word first', () => {
      const found = ranked(index.search('opslag'));
      // object-store: "opslagdiensten" (compound) and category "Opslag" (exact);
      // file-sync: "Bestandsopslag" (compound head).
      expect(found.sort()).toEqual(['file-sync', 'object-store']);
      expect(ranked(index.search('opslag'))[0]).toBe('object-store');
    });

    it('ignores accents: "financiele" finds "financiële"', () => {
      expect(ids(index.search('financiele'))).toEqual(['vm']);
    });
  });

  describe('English', () => {
    it('stems English words: "machine" finds "machines", "colleague" finds "colleagues"', () => {
      expect(ids(index.search('machine'))).toEqual(['vm']);
      expect(ids(index.search('colleague'))).toEqual(['file-sync']);
    });

    it('searches the description and the category names in both languages', () => {
      expect(ids(index.search('hardware'))).toEqual(['vm']);
      expect(ids(index.search('compute'))).toEqual(['vm']);
      expect(ids(index.search('rekenkracht'))).toEqual(['vm']);
    });
  });

  it('still finds a word with a typo', () => {
    expect(ids(index.search('Objektbox'))).toEqual(['object-store']);
    expect(ids(index.search('versleutlde'))).toEqual(['chat-app']);
  });

  describe('replaced Microsoft products', () => {
    it('finds the replacements of Teams, Outlook and SharePoint', () => {
      expect(ids(index.search('Teams'))).toEqual(['chat-app']);
      expect(ids(index.search('Outlook'))).toEqual(['mailer']);
      expect(ids(index.search('SharePoint'))).toEqual(['file-sync']);
    });
  });

  it('searches provider names, evidence schemes as people write them, and open standards', () => {
    expect(ids(index.search('postbode'))).toEqual(['mailer']);
    expect(ids(index.search('ISO 27001'))).toEqual(['mailer']);
    expect(ids(index.search('iso27001'))).toEqual(['mailer']);
    expect(ids(index.search('caldav'))).toEqual(['mailer']);
  });

  it('ranks a match in the name above a match in the body', () => {
    const ranking = model([
      service('in-body', { name: 'Alpha', description: { nl: 'Een dienst met Nextcloud erin.' } }),
      service('in-name', { name: 'Nextcloud Hub' }),
      service('in-summary', { name: 'Beta', summary: { nl: 'Gebaseerd op Nextcloud.' } }),
    ]);
    expect(ranked(buildSearchIndex(ranking).search('nextcloud'))).toEqual([
      'in-name',
      'in-summary',
      'in-body',
    ]);
  });

  describe('query syntax', () => {
    it('requires every plain word by default', () => {
      const outcome = ok(index.search('chat overheid'));
      expect(outcome.mode).toBe('all');
      expect([...outcome.relevance.keys()]).toEqual(['chat-app']);
      expect(outcome.words).toEqual(['chat', 'overheid']);
    });

    it('falls back to any of the words, and says so, when no service has them all', () => {
      const outcome = ok(index.search('syncbox praatpaal'));
      expect(outcome.mode).toBe('any');
      expect([...outcome.relevance.keys()].sort()).toEqual(['chat-app', 'file-sync']);
    });

    it('excludes services with a -word', () => {
      expect(ids(index.search('collaboration'))).toEqual(['chat-app', 'file-sync', 'mailer', 'ms-suite']);
      const outcome = ok(index.search('collaboration -microsoft'));
      expect([...outcome.relevance.keys()].sort()).toEqual(['chat-app', 'file-sync', 'mailer']);
      expect(outcome.excluded).toEqual(['microsoft']);
    });

    it('keeps the replacements of a Microsoft product when excluding "microsoft"', () => {
      expect(ids(index.search('teams -microsoft'))).toEqual(['chat-app']);
    });

    it('returns everything but the excluded services for a query of only -words', () => {
      expect(ids(index.search('-microsoft'))).toEqual([
        'chat-app',
        'file-sync',
        'mailer',
        'object-store',
        'vm',
      ]);
    });

    it('requires a +word even when the other words may be missing', () => {
      const outcome = ok(index.search('+chat syncbox'));
      expect([...outcome.relevance.keys()]).toEqual(['chat-app']);
    });

    it('supports trailing wildcards', () => {
      expect(ids(index.search('praat*'))).toEqual(['chat-app']);
    });

    it('drops stop words of either language and reports them', () => {
      const outcome = ok(index.search('de chat the'));
      expect(outcome.ignored).toEqual(['de', 'the']);
      expect([...outcome.relevance.keys()]).toEqual(['chat-app']);
    });

    it('treats punctuation as a space instead of failing', () => {
      expect(ids(index.search('Teams (chat)'))).toEqual(['chat-app']);
      expect(ids(index.search('Tip: syncbox'))).toEqual(['file-sync']);
    });
  });

  describe('queries that cannot run', () => {
    it.each(['+', '-', 'chat~x', 'chat^', 'chat^x', '~1'])(
      'reports bad syntax in %p without throwing',
      (q) => {
        expect(index.search(q)).toMatchObject({ ok: false, reason: 'syntax' });
      },
    );

    it('rejects absurdly long queries and too many words', () => {
      expect(index.search('a'.repeat(201))).toEqual({ ok: false, reason: 'tooLong', limit: 200 });
      expect(index.search('a'.repeat(200)).ok).toBe(true);
      const words = Array.from({ length: 21 }, (_, i) => `w${i}`).join(' ');
      expect(index.search(words)).toEqual({ ok: false, reason: 'tooManyTerms', limit: 20 });
    });

    it('reports a query of only stop words or a lone wildcard as having no words', () => {
      expect(index.search('de het the')).toEqual({ ok: false, reason: 'noTerms' });
      expect(index.search('*')).toEqual({ ok: false, reason: 'noTerms' });
    });

    it('caps a requested edit distance, so chat~9 does not match everything', () => {
      expect(ids(index.search('praatpaal~9'))).toEqual(['chat-app']);
    });
  });

  it('reports where each word matched', () => {
    const outcome = ok(index.search('versleutelde chat'));
    const positions = outcome.positions('chat-app');
    const text = 'Versleutelde chat voor teams binnen de overheid.';
    expect(outcome.positions('object-store')).toEqual({});
    expect(positions.summaryNl?.map(([s, l]) => text.slice(s, s + l))).toEqual(['Versleutelde', 'chat']);
  });

  it('marks the word itself, without the punctuation around it, in accented and folded text', () => {
    const text = 'Toegewijde omgeving (vSphere/vCenter, vSAN), financiële rapportage.';
    const small = buildSearchIndex(model([service('vmw', { summary: { nl: text } })]));
    const outcome = ok(small.search('vcenter vsan financiele'));
    const marked = outcome.positions('vmw').summaryNl?.map(([s, l]) => text.slice(s, s + l));
    expect(marked).toEqual(['vCenter', 'vSAN', 'financiële']);
  });

  it('tries typos only for words the catalogue does not know', () => {
    const near = buildSearchIndex(
      model([service('postvak', { name: 'Postvak' }), service('postvat', { name: 'Postvat' })]),
    );
    // "postvak" is a known word: its neighbour one letter away is not a match.
    expect(ids(near.search('postvak'))).toEqual(['postvak']);
    // "postvax" is unknown: both neighbours one letter away are.
    expect(ids(near.search('postvax'))).toEqual(['postvak', 'postvat']);
  });
});

describe('recent searches', () => {
  it('answers the same words from the outcome it made before, however the query is spelled', () => {
    const fresh = buildSearchIndex(catalogue);
    const first = ok(fresh.search('opslag'));
    // Paging or filtering a search sends the same words again; case and spacing do not matter.
    expect(fresh.search('opslag')).toBe(first);
    expect(fresh.search('  OPSLAG ')).toBe(first);
    expect(ids(first)).toEqual(ids(buildSearchIndex(catalogue).search('opslag')));
    expect(first.positions('object-store')).toEqual(
      ok(buildSearchIndex(catalogue).search('opslag')).positions('object-store'),
    );
    expect(fresh.search('chat')).not.toBe(first);
    expect(ids(fresh.search('chat'))).toEqual(['chat-app']);
  });

  it('keeps only the most recent queries, and no outcome larger than its budget', () => {
    const small = buildSearchIndex(catalogue, undefined, { queries: 2, pairs: 1_000 });
    const opslag = small.search('opslag');
    small.search('chat');
    small.search('mail');
    // Three distinct queries for two places: the oldest was dropped and is looked up anew.
    expect(small.search('opslag')).not.toBe(opslag);
    expect(ids(small.search('opslag'))).toEqual(ids(opslag));

    const tiny = buildSearchIndex(catalogue, undefined, { queries: 10, pairs: 2 });
    const broad = ok(tiny.search('opslag'));
    expect(broad.held).toBeGreaterThan(2);
    expect(tiny.search('opslag')).not.toBe(broad);
  });
});
