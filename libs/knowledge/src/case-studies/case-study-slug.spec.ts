import { caseStudySlugBase, pickFreeSlug } from './case-study-slug';

describe('case study slugs', () => {
  it('are the transliterated title, without a random suffix', () => {
    expect(caseStudySlugBase('Digitale Bürgerbeteiligung im Ortsgemeinderat')).toBe('digitale-buergerbeteiligung-im-ortsgemeinderat');
    expect(caseStudySlugBase('Straßenschäden melden – per App!')).toBe('strassenschaeden-melden-per-app');
  });

  it('stay within 70 characters and never end in a hyphen', () => {
    const slug = caseStudySlugBase(`${'a'.repeat(69)} Ende`);
    expect(slug).toBe('a'.repeat(69));
    expect(caseStudySlugBase('x'.repeat(100))).toHaveLength(70);
  });

  it('take the first free number when the title slug is taken', () => {
    expect(pickFreeSlug('netzwerktreffen', new Set())).toBe('netzwerktreffen');
    expect(pickFreeSlug('netzwerktreffen', new Set(['netzwerktreffen']))).toBe('netzwerktreffen-2');
    expect(pickFreeSlug('netzwerktreffen', new Set(['netzwerktreffen', 'netzwerktreffen-2', 'netzwerktreffen-4']))).toBe('netzwerktreffen-3');
  });
});
