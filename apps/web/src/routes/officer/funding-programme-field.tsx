import { SelectField } from '../../components/form';
import type { FieldErrors } from '../../components/form';
import { messages } from '../../i18n/i18n';
import type { WebContext } from '../../server/web-context';

const m = messages(
  {
    label: 'Förderprogramm aus der Liste',
    hint: 'Steht das Programm nicht in der Liste, nennen Sie es im Feld „Förderprogramm“.',
    none: 'keines aus der Liste',
  },
  {
    label: 'Funding programme from the list',
    hint: 'If the programme is not in the list, name it in the field “Funding programme”.',
    none: 'none from the list',
  },
);

/** The label of the field, for the error summary. */
export function fundingProgrammeLabel(ctx: WebContext): string {
  return ctx.tr(m)('label');
}

/** The editor's choice of a programme from the coordination office's list (ADR 0025). */
export function FundingProgrammeField(props: { ctx: WebContext; programmes: Array<{ id: string; name: string; provider: string }> | undefined; value: string; errors: FieldErrors }) {
  const { ctx, programmes, value } = props;
  const t = ctx.tr(m);
  // Without the list (a session that ended) the choice travels on unchanged.
  if (!programmes) return <input type="hidden" name="fundingProgrammeId" value={value} />;
  const options = [
    { value: '', label: t('none') },
    ...programmes.map((p) => ({ value: p.id, label: p.provider ? `${p.name} (${p.provider})` : p.name })),
  ];
  return <SelectField name="fundingProgrammeId" label={t('label')} hint={t('hint')} value={value} error={props.errors.fundingProgrammeId} locale={ctx.locale} options={options} />;
}
