import type { ReactNode } from "react";
import { cx } from "../../internal/cx";

export interface TableColumn<Row> {
  /** Property of a row shown in this column. */
  key: keyof Row & string;
  /** Column header text (`<th scope="col">`). */
  header: ReactNode;
  /** Right-aligned, no wrapping: for amounts and dates, so digits line up. */
  numeric?: boolean;
}

export interface TableProps<Row extends Record<string, ReactNode>> {
  /**
   * Required `<caption>`: the table's accessible name, read when a screen reader enters the
   * table. Say what it lists ("Gebühren für den Personalausweis").
   */
  caption: ReactNode;
  /** KERN title size of the caption. Default `default`. */
  captionSize?: "small" | "default" | "large";
  columns: TableColumn<Row>[];
  rows: Row[];
  /**
   * Column whose cells name their row (`<th scope="row">`), so screen readers announce e.g. the
   * fee's name with each amount.
   */
  rowHeader?: keyof Row & string;
  /** Summary row at the bottom (`<tfoot>`), e.g. a total. */
  footer?: Row;
  /**
   * Id of the table. When set, the scroll container on narrow screens is a `<section>` named by
   * the caption (a region landmark) that keyboard users can focus and scroll (WCAG 2.1.1). Set it
   * for tables that may be wider than a phone screen.
   */
  id?: string;
  /** KERN striped rows. */
  striped?: boolean;
  /** KERN compact table. */
  small?: boolean;
}

/**
 * Data table in KERN's table style: native `<table>` with `<caption>`, `<th scope>` for column and
 * row headers, so screen readers read each cell with its headers. Wide tables scroll sideways
 * inside KERN's responsive wrapper instead of breaking the page layout (WCAG 1.4.10 reflow).
 */
export function Table<Row extends Record<string, ReactNode>>({
  caption,
  captionSize = "default",
  columns,
  rows,
  rowHeader,
  footer,
  id,
  striped,
  small,
}: TableProps<Row>) {
  const captionId = id ? `${id}-caption` : undefined;
  const cells = (row: Row) =>
    columns.map((column) => {
      const numeric = column.numeric ? "kern-table__cell--numeric" : undefined;
      if (column.key === rowHeader) {
        return (
          <th
            key={column.key}
            scope="row"
            className={cx("kern-table__header", column.numeric && "kern-table__header--numeric")}
          >
            {row[column.key]}
          </th>
        );
      }
      return (
        <td key={column.key} className={cx("kern-table__cell", numeric)}>
          {row[column.key]}
        </td>
      );
    });
  const table = (
    <table
      id={id}
      className={cx("kern-table", striped && "kern-table--striped", small && "kern-table--small")}
    >
      <caption
        id={captionId}
        className={cx("kern-title", captionSize !== "default" && `kern-title--${captionSize}`)}
      >
        {caption}
      </caption>
      <thead>
        <tr className="kern-table__row">
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={cx("kern-table__header", column.numeric && "kern-table__header--numeric")}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are rendered once, in order
          <tr className="kern-table__row" key={index}>
            {cells(row)}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot className="kern-table__footer">
          <tr className="kern-table__row">{cells(footer)}</tr>
        </tfoot>
      ) : null}
    </table>
  );
  // With an id the scroll container becomes a <section> named by the caption (a region landmark)
  // that keyboard users can focus: the only way for them to scroll a wide table sideways.
  return id ? (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable (WCAG 2.1.1)
    <section className="kern-table-responsive" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </section>
  ) : (
    <div className="kern-table-responsive">{table}</div>
  );
}
