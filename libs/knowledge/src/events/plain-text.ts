import sanitizeHtml from 'sanitize-html';
import { renderMarkdown } from '../shared/markdown';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Markdown as plain text, for places that cannot show HTML (iCal DESCRIPTION): rendered and
 * sanitized first, so the text never carries more than the safe HTML would; links keep
 * their address in brackets, list items get a bullet, blocks a line break.
 */
export function markdownToText(markdown: string): string {
  const html = renderMarkdown(markdown)
    .replace(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_whole, href: string, inner: string) => {
      const label = decodeEntities(sanitizeHtml(inner, { allowedTags: [], allowedAttributes: {} }));
      const url = decodeEntities(href);
      return label === url ? inner : `${inner} (${href})`;
    })
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<li>/g, '• ')
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|tr|ul|ol)>/g, '\n');
  return decodeEntities(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
