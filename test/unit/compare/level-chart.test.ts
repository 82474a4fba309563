import * as cheerio from 'cheerio';
import { translator } from '../../../src/i18n/i18n';
import { buildComparison } from '../../../src/domain/compare/build-comparison';
import { escapeXml, levelChartData, renderLevelChart } from '../../../src/presenters/compare/level-chart';
import { compareDocument, compareModel } from './compare-fixtures';

describe('level chart (SVG)', () => {
  const t = translator('en');

  it('draws the four dimension levels of each service, with the same data in title/desc text', () => {
    const comparison = buildComparison(compareModel(), ['alpha', 'beta']);
    const series = levelChartData(comparison);
    const alpha = comparison.services[0].assessment.dimensions;
    expect(series[0].levels).toEqual({
      jurisdiction: alpha.jurisdiction.level,
      data: alpha.data.level,
      openness: alpha.openness.level,
      assurance: alpha.assurance.level,
    });
    const $ = cheerio.load(renderLevelChart(series, t), { xml: true });
    const svg = $('svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.attr('aria-labelledby')).toBe('level-chart-title level-chart-desc');
    expect($('svg > title').text()).toBe('Sovereignty levels per dimension');
    expect($('svg > desc').text()).toContain(
      `Service alpha: Control and jurisdiction ${alpha.jurisdiction.level}, Data ${alpha.data.level}`,
    );
    // One bar per non-zero level; every bar has a pattern fill (not colour alone).
    const nonZero = series.flatMap((s) => Object.values(s.levels)).filter((l) => l !== null && l > 0).length;
    expect($('rect[fill^="url(#level-chart-"]').length - 4).toBe(nonZero); // minus the 4 legend swatches
    expect($('pattern')).toHaveLength(4);
  });

  it('escapes every text it puts into the SVG', () => {
    const document = compareDocument();
    document.services[0].name = 'Evil <script>alert("x")</script> & Co';
    const comparison = buildComparison(compareModel(undefined, document), ['alpha', 'beta']);
    const svg = renderLevelChart(levelChartData(comparison), t, 'x"><script>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Evil &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    const $ = cheerio.load(svg, { xml: true });
    expect($('script')).toHaveLength(0);
    expect($('g > title').first().text()).toBe('Evil <script>alert("x")</script> & Co');
  });

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
