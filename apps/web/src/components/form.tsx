import type { ComponentChildren } from 'preact';
import type { ApiError } from '../server/api-client';
import type { Locale } from '../i18n/i18n';
import { common } from '../i18n/common';
import { translator } from '../i18n/i18n';

/** Problems of a failed submit, by form field name, in the reader's language. */
export type FieldErrors = Record<string, string>;

/**
 * Maps the API's BAD_USER_INPUT paths (`input.title`, `email`) to form field names: the last
 * segment, unless `aliases` names the path. Errors without a field are returned under `_form`.
 */
export function fieldErrors(errors: ApiError[], locale: Locale, aliases: Record<string, string> = {}): FieldErrors {
  const out: FieldErrors = {};
  const name = (path: string) => aliases[path] ?? aliases[path.replace(/^input\./, '')] ?? path.replace(/^input\./, '').split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? '_form';
  for (const error of errors) {
    const ext = error.extensions ?? {};
    const text = (de: string, en?: string) => (locale === 'en' && en ? en : de);
    if (ext.fields && ext.fields.length > 0) {
      for (const f of ext.fields) out[name(f.path)] ??= text(f.message, f.messageEn);
    } else if (ext.field) {
      out[name(ext.field)] ??= text(error.message, ext.messageEn);
    } else {
      out._form ??= text(error.message, ext.messageEn);
    }
  }
  return out;
}

export function fieldId(name: string): string {
  return `feld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The error summary (GOV.UK/KERN pattern): one link per problem, focused after a failed submit. */
export function ErrorSummary({ errors, locale, labels }: { errors: FieldErrors; locale: Locale; labels?: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  const t = translator(common, locale);
  return (
    <div class="kern-alert kern-alert--danger ik-error-summary" role="alert" tabIndex={-1} id="fehlerliste" autofocus>
      <div class="kern-alert__header">
        <h2 class="kern-title">{t('errorSummaryTitle', { count: entries.length })}</h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-body">
          {entries.map(([name, message]) => (
            <li key={name}>
              {name === '_form' ? (
                message
              ) : (
                <a class="kern-link" href={`#${fieldId(name)}`}>
                  {labels?.[name] ? `${labels[name]}: ${message}` : message}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  locale: Locale;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hinweis` : '', error ? `${fieldId(name)}-fehler` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldFrame({ name, label, hint, error, required, locale, children }: FieldBase & { children: ComponentChildren }) {
  const t = translator(common, locale);
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={fieldId(name)}>
        {label}
        {required ? null : <span class="kern-label__optional"> {t('optional')}</span>}
      </label>
      {hint ? (
        <div class="kern-hint" id={`${fieldId(name)}-hinweis`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p class="kern-error" id={`${fieldId(name)}-fehler`}>
          <span class="kern-sr-only">{t('errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** A labelled text input with hint and error wired by aria-describedby / aria-invalid. */
export function TextField(props: FieldBase & { value?: string; type?: string; autocomplete?: string; maxLength?: number; inputMode?: string; width?: 'small'; accept?: string }) {
  const { name, error, hint, required } = props;
  return (
    <FieldFrame {...props}>
      <input
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={fieldId(name)}
        name={name}
        type={(props.type ?? 'text') as 'text'}
        value={props.type === 'file' ? undefined : (props.value ?? '')}
        accept={props.accept}
        required={required}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        inputMode={props.inputMode as 'text' | undefined}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldFrame>
  );
}

/** A labelled file input (forms with enctype multipart/form-data), wired like {@link TextField}. */
export function FileField(props: FieldBase & { accept?: string }) {
  return <TextField {...props} type="file" />;
}

export function TextArea(props: FieldBase & { value?: string; rows?: number; maxLength?: number }) {
  const { name, error, hint, required } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        id={fieldId(name)}
        name={name}
        rows={props.rows ?? 5}
        required={required}
        maxLength={props.maxLength}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function SelectField(props: FieldBase & { value?: string; options: Array<{ value: string; label: string }> }) {
  const { name, error, hint, required } = props;
  return (
    <FieldFrame {...props}>
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={fieldId(name)}
          name={name}
          required={required}
          aria-describedby={describedBy(name, hint, error)}
          aria-invalid={error ? 'true' : undefined}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

/** A group of checkboxes or radios in a fieldset with legend. */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  type: 'checkbox' | 'radio';
  options: Array<{ value: string; label: string }>;
  selected: string[];
  hint?: string;
  error?: string;
  horizontal?: boolean;
}) {
  const { name, error, hint } = props;
  return (
    <fieldset class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={fieldId(name)} aria-describedby={describedBy(name, hint, error)}>
      <legend class="kern-label">{props.legend}</legend>
      {hint ? (
        <div class="kern-hint" id={`${fieldId(name)}-hinweis`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p class="kern-error" id={`${fieldId(name)}-fehler`}>
          {error}
        </p>
      ) : null}
      <div class={`kern-fieldset__body${props.horizontal ? ' kern-fieldset__body--horizontal' : ''}`}>
        {props.options.map((o, i) => {
          const id = `${fieldId(name)}-${i}`;
          return (
            <div class="kern-form-check" key={o.value}>
              <input
                class={props.type === 'checkbox' ? 'kern-form-check__checkbox' : 'kern-form-check__radio'}
                type={props.type}
                id={id}
                name={name}
                value={o.value}
                checked={props.selected.includes(o.value)}
              />
              <label class="kern-label" for={id}>
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function SubmitButton({ children, variant = 'primary', name, value }: { children: ComponentChildren; variant?: 'primary' | 'secondary' | 'tertiary'; name?: string; value?: string }) {
  return (
    <button type="submit" class={`kern-btn kern-btn--${variant}`} name={name} value={value}>
      <span class="kern-label">{children}</span>
    </button>
  );
}

/** A one-button form (follow, register, mark read) with its CSRF token. */
export function ActionForm({ action, csrf, label, variant = 'secondary', hidden = {} }: { action: string; csrf: string; label: string; variant?: 'primary' | 'secondary' | 'tertiary'; hidden?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="ik-inline-form">
      <CsrfField token={csrf} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
