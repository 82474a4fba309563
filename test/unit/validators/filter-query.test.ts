import { emptyFilterQuery, type FilterQuery } from '../../../src/domain/filters';
import { translator, type Lang } from '../../../src/i18n/i18n';
import { parseFilterQuery } from '../../../src/validators/filter-query';
import { badRequest, type Validated } from '../../../src/validators/problem';
import { filterModel } from '../filters/filter-fixtures';

const model = filterModel();

/** The problems as the 400 page and the API show them (translated, with their message keys). */
function errorsOf(result: Validated<FilterQuery>, lang: Lang = 'nl') {
  if (result.ok) throw new Error('expected errors');
  return badRequest(result.problems, translator(lang), { withCodes: true }).problems;
}

describe('parseFilterQuery', () => {
  it('accepts an empty query as every service, page 1, 20 per page', () => {
    expect(parseFilterQuery({}, model)).toEqual({ ok: true, value: emptyFilterQuery() });
  });

  it('reads single values, repeated values and the vocabularies', () => {
    const result = parseFilterQuery(
      {
        q: 'chat',
        level: '2',
        minJurisdiction: '1',
        minData: '0',
        minOpenness: '3',
        minAssurance: '4',
        category: ['compute', 'chat', 'compute'],
        lot: 'platform',
        model: ['iaas', 'software'],
        cert: ['ISO27001', 'C5'],
        location: 'EEA',
        control: 'non-eu',
        providerType: 'government',
        openSource: 'true',
        selfHostable: 'true',
        capability: 'chat',
        provider: ['p-eea', 'p-gov'],
        sort: 'relevance',
        page: '3',
        perPage: '100',
        lang: 'en',
      },
      model,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        q: 'chat',
        level: 2,
        minJurisdiction: 1,
        minData: 0,
        minOpenness: 3,
        minAssurance: 4,
        category: ['compute', 'chat'],
        lot: ['platform'],
        model: ['iaas', 'software'],
        cert: ['ISO27001', 'C5'],
        location: 'EEA',
        control: ['non-eu'],
        providerType: ['government'],
        openSource: true,
        selfHostable: true,
        capability: ['chat'],
        provider: ['p-eea', 'p-gov'],
        sort: 'relevance',
        page: 3,
        perPage: 100,
        lang: 'en',
      },
    });
  });

  it('treats empty values (a form’s “any” choice) as absent', () => {
    expect(parseFilterQuery({ level: '', category: ['', 'chat'], sort: '' }, model)).toEqual({
      ok: true,
      value: { ...emptyFilterQuery(), category: ['chat'] },
    });
  });

  it.each<[string, Record<string, unknown>, string, string[] | undefined]>([
    ['level above 4', { level: '7' }, 'level', ['0', '1', '2', '3', '4']],
    ['a negative level', { minData: '-1' }, 'minData', ['0', '1', '2', '3', '4']],
    ['a fractional level', { minAssurance: '2.5' }, 'minAssurance', ['0', '1', '2', '3', '4']],
    ['an unknown lot', { lot: 'cloud' }, 'lot', ['infrastructure', 'platform', 'workplace']],
    ['an unknown model', { model: ['iaas', 'faas'] }, 'model', ['iaas', 'paas', 'saas', 'software']],
    ['an unknown location', { location: 'EU' }, 'location', ['NL', 'EEA']],
    ['an unknown provider type', { providerType: 'public' }, 'providerType', ['market', 'government']],
    ['openSource other than true', { openSource: 'false' }, 'openSource', ['true']],
    ['selfHostable other than true', { selfHostable: 'yes' }, 'selfHostable', ['true']],
    [
      'an unknown category id',
      { category: 'nope' },
      'category',
      ['compute', 'object-storage', 'managed-database', 'chat'],
    ],
    ['an unknown capability id', { capability: 'email' }, 'capability', ['chat', 'file-storage']],
    [
      'an unknown provider id',
      { provider: 'p-none' },
      'provider',
      ['p-noneu', 'p-sub', 'p-euro', 'p-eea', 'p-gov', 'p-unsourced'],
    ],
    ['page -1', { page: '-1' }, 'page', undefined],
    ['page 0', { page: '0' }, 'page', undefined],
    ['page as text', { page: 'two' }, 'page', undefined],
    ['perPage above 100', { perPage: '101' }, 'perPage', undefined],
    ['perPage 0', { perPage: '0' }, 'perPage', undefined],
  ])('rejects %s, naming the parameter and the allowed values', (_name, query, parameter, allowed) => {
    const errors = errorsOf(parseFilterQuery(query, model));
    expect(errors).toHaveLength(1);
    expect(errors[0].parameter).toBe(parameter);
    expect(errors[0].allowed).toEqual(allowed);
    expect(errors[0].message).toContain(parameter);
  });

  it('rejects an unknown certificate scheme and lists the schema’s schemes', () => {
    const [error] = errorsOf(parseFilterQuery({ cert: ['ISO27001', 'FOO'] }, model), 'en');
    expect(error).toMatchObject({ parameter: 'cert', code: 'filters.errors.invalidValue' });
    expect(error.message).toBe('“FOO” is not a valid value for “cert”.');
    expect(error.allowed).toContain('SecNumCloud');
    expect(error.allowed).toHaveLength(17);
  });

  it('rejects an unknown sort and relevance without a search', () => {
    expect(errorsOf(parseFilterQuery({ sort: 'price' }, model))[0]).toMatchObject({
      parameter: 'sort',
      allowed: ['level', 'name', 'sla', 'jurisdiction', 'data', 'openness', 'assurance', 'relevance'],
    });
    expect(errorsOf(parseFilterQuery({ sort: 'relevance' }, model))[0]).toMatchObject({
      parameter: 'sort',
      code: 'filters.errors.relevanceNeedsQuery',
    });
  });

  it('rejects unknown parameters, listing the known ones', () => {
    const [error] = errorsOf(parseFilterQuery({ colour: 'blue' }, model));
    expect(error).toMatchObject({ parameter: 'colour', code: 'filters.errors.unknownParameter' });
    expect(error.allowed).toEqual(expect.arrayContaining(['level', 'cert', 'page', 'perPage', 'q', 'lang']));
    expect(error.message).toBe('De parameter „colour” bestaat niet.');
  });

  it('rejects a repeated single-valued parameter and a non-text value', () => {
    expect(errorsOf(parseFilterQuery({ level: ['1', '2'] }, model))[0]).toMatchObject({
      parameter: 'level',
      code: 'filters.errors.single',
    });
    expect(errorsOf(parseFilterQuery({ cert: { a: 'ISO27001' } }, model))[0]).toMatchObject({
      parameter: 'cert',
      code: 'filters.errors.notText',
    });
  });

  it('reports every problem at once, as message keys with their parameters', () => {
    const result = parseFilterQuery({ level: '7', cert: 'FOO', perPage: '0', x: '1', lang: 'en' }, model);
    expect(result.ok || result.problems.slice(0, 3)).toEqual([
      {
        parameter: 'level',
        code: 'filters.errors.invalidValue',
        params: { value: '7' },
        allowed: ['0', '1', '2', '3', '4'],
      },
      {
        parameter: 'cert',
        code: 'filters.errors.invalidValue',
        params: { value: 'FOO' },
        allowed: expect.any(Array),
      },
      {
        parameter: 'perPage',
        code: 'filters.errors.perPage',
        params: { value: '0', maxPerPage: 100 },
        allowed: undefined,
      },
    ]);
    const errors = errorsOf(
      parseFilterQuery({ level: '7', cert: 'FOO', page: '-1', x: '1', lang: 'en' }, model),
      'en',
    );
    expect(errors.map((e) => e.parameter)).toEqual(['level', 'cert', 'page', 'x']);
    expect(errors[2].message).toBe('“-1” is not a valid value for “page”: use a whole number from 1.');
  });

  it('fixes the category of a category page and refuses a category parameter there', () => {
    expect(parseFilterQuery({ level: '1' }, model, { fixedCategory: 'chat' })).toEqual({
      ok: true,
      value: { ...emptyFilterQuery(), level: 1, category: ['chat'] },
    });
    expect(
      errorsOf(parseFilterQuery({ category: 'compute' }, model, { fixedCategory: 'chat' }))[0],
    ).toMatchObject({
      parameter: 'category',
      code: 'filters.errors.unknownParameter',
    });
  });

  it('lets a caller accept parameters it handles itself', () => {
    expect(parseFilterQuery({ format: 'csv' }, model, { extraParameters: ['format'] }).ok).toBe(true);
  });
});
