import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ejs from 'ejs';
import { precompileTemplates, templateLocals } from '../../../src/view-templates';

describe('templateLocals', () => {
  it('finds the names a template reads, not properties, strings, globals, keywords or its own declarations', () => {
    const source = [
      '<%# comment mentions ignored %>',
      "<% items.forEach((item) => { const shown = item.label; %><%= t('a.key', { count: total }) %><%= shown %><% }) %>",
      "<% if (typeof basket !== 'undefined' && basket) { %><%- include('/x', { card }) %><% } %>",
      '<%= JSON.stringify(value) %><%= `${prefix}-${Math.max(1, n)}` %>',
    ].join('\n');
    expect(templateLocals(source).sort()).toEqual(
      ['basket', 'card', 'count', 'item', 'items', 'n', 'prefix', 't', 'total', 'value'].sort(),
    );
  });
});

describe('precompileTemplates', () => {
  it('renders what EJS renders with `with`, includes and absent locals included', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'views-'));
    fs.writeFileSync(
      path.join(root, 'page.ejs'),
      "<ul><% rows.forEach((row) => { %><%- include('/row', { row }) %><% }) %></ul><%= typeof extra !== 'undefined' ? extra : 'none' %>\n",
    );
    fs.writeFileSync(path.join(root, 'row.ejs'), '<li class="<%= kind %>"><%= row.name %></li>');
    const data = { rows: [{ name: 'a & b' }, { name: '<c>' }], kind: 'k' };
    const expected = ejs.render(fs.readFileSync(path.join(root, 'page.ejs'), 'utf8'), data, {
      filename: path.join(root, 'page.ejs'),
      root,
    });
    expect(expected).toBe('<ul><li class="k">a &amp; b</li><li class="k">&lt;c&gt;</li></ul>none\n');
    precompileTemplates(root);
    const compiled = ejs.cache.get(path.join(root, 'page.ejs')) as ejs.TemplateFunction;
    expect(compiled(data)).toBe(expected);
    ejs.clearCache();
  });
});
