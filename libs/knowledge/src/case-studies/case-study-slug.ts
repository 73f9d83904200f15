import { slugify } from '@ikone/membership';

/** Longest slug base: room for a suffix within the 80 characters of other slugs. */
const MAX_BASE = 70;

/**
 * The slug a title asks for: transliterated (ä → ae, ß → ss, accents dropped), lower case,
 * words joined by hyphens, at most 70 characters and never ending in a hyphen.
 */
export function caseStudySlugBase(title: string): string {
  return slugify(title).slice(0, MAX_BASE).replace(/-+$/, '') || 'praxisbeispiel';
}

/** `base` when free, else the first of `base-2`, `base-3`, … that is. */
export function pickFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
