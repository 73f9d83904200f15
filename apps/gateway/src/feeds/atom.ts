import XMLBuilder from 'fast-xml-builder';

/** XML 1.0 forbids most control characters even when escaped, so they go; escaping is the builder's. */
function xmlText(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

const BUILDER = new XMLBuilder({
  ignoreAttributes: false,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  tagValueProcessor: (_name, value) => xmlText(value),
  attributeValueProcessor: (_name, value) => xmlText(value),
});

export interface AtomEntry {
  id: string;
  title: string;
  href: string;
  published: Date;
  updated: Date;
  author: string;
  /** Plain text. */
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfHref: string;
  alternateHref: string;
  updated: Date;
  category: { term: string; label: string };
  entries: AtomEntry[];
}

/** An Atom document (RFC 4287) in German, built with fast-xml-builder (ADR 0033); every text is type text. */
export function renderAtomFeed(f: AtomFeed): string {
  return BUILDER.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'de',
      id: f.id,
      title: f.title,
      subtitle: f.subtitle,
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': f.selfHref },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': f.alternateHref },
      ],
      updated: f.updated.toISOString(),
      generator: 'IKONE',
      entry: f.entries.map((e) => ({
        id: e.id,
        title: e.title,
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.href },
        published: e.published.toISOString(),
        updated: e.updated.toISOString(),
        author: { name: e.author },
        category: { '@_term': f.category.term, '@_label': f.category.label },
        summary: { '@_type': 'text', '#text': e.summary },
      })),
    },
  });
}
