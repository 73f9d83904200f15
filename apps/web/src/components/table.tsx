import type { ComponentChildren } from 'preact';

/** A column of a {@link Table}: numeric columns align right (KERN), the first column heads each row. */
export interface Column {
  label: string;
  numeric?: boolean;
  /** Visually hidden heading (e.g. an actions column), still read by screen readers. */
  hiddenLabel?: boolean;
}

/**
 * A KERN table with a caption, column headers (`scope="col"`) and row headers (`scope="row"`
 * on the first cell of each row), inside a scroll container for narrow screens.
 */
export function Table(props: { caption: ComponentChildren; captionId: string; columns: Column[]; rows: ComponentChildren[][]; footer?: ComponentChildren[]; id?: string }) {
  const cellClass = (c: Column | undefined) => `kern-table__cell${c?.numeric ? ' kern-table__cell--numeric' : ''}`;
  return (
    <div class="kern-table-responsive" tabIndex={0} role="region" aria-labelledby={props.captionId}>
      <table class="kern-table kern-table--small ik-table" id={props.id}>
        <caption class="kern-title" id={props.captionId}>{props.caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {props.columns.map((c, i) => (
              <th key={i} scope="col" class={`kern-table__header${c.numeric ? ' kern-table__header--numeric' : ''}`}>
                {c.hiddenLabel ? <span class="kern-sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.rows.map((row, r) => (
            <tr class="kern-table__row" key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" class={cellClass(props.columns[i])}>{cell}</th>
                ) : (
                  <td key={i} class={cellClass(props.columns[i])}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {props.footer ? (
          <tfoot class="kern-table__footer">
            <tr class="kern-table__row">
              {props.footer.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" class={cellClass(props.columns[i])}>{cell}</th>
                ) : (
                  <td key={i} class={cellClass(props.columns[i])}>{cell}</td>
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
