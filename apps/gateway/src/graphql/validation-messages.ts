import type { ValidationOptions } from 'class-validator';

/** Encodes a German and an English message in one class-validator message string. */
function both(de: string, en: string): ValidationOptions {
  return { message: JSON.stringify({ de, en }) };
}

/** Bilingual messages for the constraints our inputs use; the validation pipe decodes them. */
export const msg = {
  required: () => both('darf nicht leer sein', 'must not be empty'),
  email: () => both('muss eine gültige E-Mail-Adresse sein', 'must be a valid email address'),
  maxLength: (n: number) => both(`darf höchstens ${n} Zeichen lang sein`, `must be at most ${n} characters long`),
  minLength: (n: number) => both(`muss mindestens ${n} Zeichen lang sein`, `must be at least ${n} characters long`),
  min: (n: number) => both(`muss mindestens ${n} sein`, `must be at least ${n}`),
  max: (n: number) => both(`darf höchstens ${n} sein`, `must be at most ${n}`),
  uuid: () => both('muss eine gültige ID sein', 'must be a valid id'),
  ags: () => both('muss ein 8-stelliger Gemeindeschlüssel sein', 'must be an 8-digit municipality key'),
  url: () => both('muss eine http(s)-Adresse sein', 'must be an http(s) URL'),
  httpsUrl: () => both('muss eine https-Adresse sein', 'must be an https URL'),
  state: () => both('muss ein Bundesland-Kürzel wie RP sein', 'must be a state code such as RP'),
  isoDate: () => both('muss ein Datum wie 2026-03-31 sein', 'must be a date such as 2026-03-31'),
  slug: () => both('darf nur a–z, 0–9 und Bindestriche enthalten', 'may only contain a–z, 0–9 and dashes'),
};

/** Decodes a message written by {@link msg}; plain messages are used for both languages. */
export function decodeMessage(message: string): { de: string; en: string } {
  try {
    const parsed = JSON.parse(message) as { de?: unknown; en?: unknown };
    if (typeof parsed.de === 'string' && typeof parsed.en === 'string') return { de: parsed.de, en: parsed.en };
  } catch {
    // not one of ours
  }
  return { de: message, en: message };
}
