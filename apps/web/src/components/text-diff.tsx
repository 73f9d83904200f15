import type { Locale } from '../i18n/i18n';
import { messages, translator } from '../i18n/i18n';

const m = messages({ removed: 'entfernt: ', added: 'hinzugefügt: ' }, { removed: 'removed: ', added: 'added: ' });

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** Words and the spaces between them, so a diff keeps the text's line breaks. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Above this many token pairs the diff shows old and new text whole (memory stays bounded). */
const MAX_CELLS = 2_000_000;

/** A word diff (longest common subsequence) of two texts. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] = a[i] === b[j] ? lcs[(i + 1) * cols + j + 1] + 1 : Math.max(lcs[(i + 1) * cols + j], lcs[i * cols + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (lcs[(i + 1) * cols + j] >= lcs[i * cols + j + 1]) {
      push('removed', a[i++]);
    } else {
      push('added', b[j++]);
    }
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return parts;
}

/**
 * A readable diff: removed text in `<del>`, added text in `<ins>`, each with a visually hidden
 * "entfernt:"/"hinzugefügt:" so screen readers (which mostly ignore del/ins) say what changed.
 */
export function TextDiff({ before, after, locale }: { before: string; after: string; locale: Locale }) {
  const t = translator(m, locale);
  return (
    <p class="ik-diff__text kern-body">
      {diffWords(before, after).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i}>
            <span class="kern-sr-only">{t('removed')}</span>
            {part.text}
          </del>
        ) : (
          <ins key={i}>
            <span class="kern-sr-only">{t('added')}</span>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}
