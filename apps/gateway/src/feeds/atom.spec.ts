import FeedParser from 'feedparser';
import { Readable } from 'node:stream';
import { renderAtomFeed } from './atom';

type Parsed = { meta: FeedParser.Meta; items: FeedParser.Item[] };

function parse(xml: string): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const items: FeedParser.Item[] = [];
    const parser = new FeedParser({});
    parser.on('error', reject);
    parser.on('readable', function (this: FeedParser) {
      let item;
      while ((item = this.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

describe('Atom feed', () => {
  it('escapes text and attributes, drops control characters, and a reader gets the values back', async () => {
    const xml = renderAtomFeed({
      id: 'tag:ikone.example,2026:topic:klima',
      title: 'IKONE – Praxisbeispiele: Klima & Umwelt',
      subtitle: 'Hitze, Starkregen & "Schwammstadt" <kommunal>',
      selfHref: 'https://ikone.example/topics/klima/feed.atom',
      alternateHref: 'https://ikone.example/themen/klima?a=1&b=2',
      updated: new Date('2026-11-02T10:00:00Z'),
      category: { term: 'klima', label: 'Klima & "Umwelt"' },
      entries: [
        {
          id: 'tag:ikone.example,2026:case-study:c1',
          title: 'Klimaanpassung mit Sensoren & <Daten>',
          href: 'https://ikone.example/praxisbeispiele/klimaanpassung',
          published: new Date('2026-10-01T08:00:00Z'),
          updated: new Date('2026-11-01T08:00:00Z'),
          author: "Ortsgemeinde O'Bach",
          summary: 'Messwerte <b>nicht</b> fett\u0001, Umlaute: äöü ß',
        },
      ],
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://ikone.example/topics/klima/feed.atom"/>');
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('<summary type="text">Messwerte &lt;b&gt;nicht&lt;/b&gt; fett, Umlaute: äöü ß</summary>');
    const { meta, items } = await parse(xml);
    expect(meta.title).toBe('IKONE – Praxisbeispiele: Klima & Umwelt');
    expect(meta.description).toBe('Hitze, Starkregen & "Schwammstadt" <kommunal>');
    expect(meta.link).toBe('https://ikone.example/themen/klima?a=1&b=2');
    expect(meta.language).toBe('de');
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item.title).toBe('Klimaanpassung mit Sensoren & <Daten>');
    expect(item.link).toBe('https://ikone.example/praxisbeispiele/klimaanpassung');
    expect(item.guid).toBe('tag:ikone.example,2026:case-study:c1');
    expect(item.author).toBe("Ortsgemeinde O'Bach");
    expect(item.summary).toBe('Messwerte <b>nicht</b> fett, Umlaute: äöü ß');
    expect(item.categories).toEqual(['klima']);
    expect(item.pubdate?.toISOString()).toBe('2026-10-01T08:00:00.000Z');
    expect(item.date?.toISOString()).toBe('2026-11-01T08:00:00.000Z');
  });
});
