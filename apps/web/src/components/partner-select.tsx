import type { Locale } from '../i18n/i18n';
import { messages, translator } from '../i18n/i18n';
import { fieldId } from './form';

const m = messages(
  {
    label: 'Partnerorganisationen des Netzwerks',
    hint: 'Mehrfachauswahl mit Strg bzw. ⌘. Partner, die nicht Mitglied sind, tragen Sie unten als Text ein.',
    optional: '(optional)',
  },
  {
    label: 'Partner organisations of the network',
    hint: 'Select several with Ctrl or ⌘. Enter partners who are not members below as text.',
    optional: '(optional)',
  },
);

/**
 * The editors' choice of partner organisations (ADR 0024): a multiple select of the active
 * partners and the ones the item names already; posts `partnerIds`, works without JavaScript.
 */
export function PartnerSelect(props: {
  locale: Locale;
  partners: Array<{ id: string; name: string }>;
  selected: string[];
  error?: string;
}) {
  const t = translator(m, props.locale);
  const id = fieldId('partnerIds');
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {t('label')}
        <span class="kern-label__optional"> {t('optional')}</span>
      </label>
      <div class="kern-hint" id={`${id}-hinweis`}>{t('hint')}</div>
      {props.error ? <p class="kern-error" id={`${id}-fehler`}>{props.error}</p> : null}
      <select
        class="kern-form-input__select ik-multiselect"
        id={id}
        name="partnerIds"
        multiple
        size={5}
        aria-describedby={`${id}-hinweis${props.error ? ` ${id}-fehler` : ''}`}
      >
        {props.partners.map((p) => (
          <option key={p.id} value={p.id} selected={props.selected.includes(p.id)}>{p.name}</option>
        ))}
      </select>
    </div>
  );
}

/** The partners to offer: the active ones, then those the item names already (a suspended one stays selectable). */
export function partnerChoices(active: { edges: Array<{ node: { id: string; name: string } }> } | undefined, linked: Array<{ id: string; name: string }> = []) {
  const nodes = active?.edges.map((e) => e.node) ?? [];
  return [...nodes, ...linked.filter((l) => !nodes.some((n) => n.id === l.id))];
}
