import type { ReactNode } from "react";
import type { Example } from "../../internal/example";
import type { TableProps } from "./index";

type Row = Record<string, ReactNode>;

const columns: TableProps<Row>["columns"] = [
  { key: "leistung", header: "Leistung" },
  { key: "gebuehr", header: "Gebühr", numeric: true },
];

const rows: Row[] = [
  { leistung: "Personalausweis ab 24 Jahren", gebuehr: "37,00 €" },
  { leistung: "Personalausweis unter 24 Jahren", gebuehr: "22,80 €" },
  { leistung: "Vorläufiger Personalausweis", gebuehr: "10,00 €" },
];

export const tableExamples: Example<TableProps<Row>>[] = [
  {
    name: "fees with row headers",
    props: { caption: "Gebühren für den Personalausweis", columns, rows, rowHeader: "leistung" },
  },
  {
    name: "striped, small, scrollable region with total",
    props: {
      id: "zahlungen",
      caption: "Ihre Zahlungen",
      striped: true,
      small: true,
      columns: [
        { key: "datum", header: "Datum" },
        { key: "kassenzeichen", header: "Kassenzeichen" },
        { key: "betrag", header: "Betrag", numeric: true },
      ],
      rows: [
        { datum: "03.03.2026", kassenzeichen: "2026.001.00042", betrag: "37,00 €" },
        { datum: "10.03.2026", kassenzeichen: "2026.001.00077", betrag: "12,50 €" },
      ],
      footer: { datum: "Summe", kassenzeichen: "", betrag: "49,50 €" },
      rowHeader: "datum",
    },
  },
  {
    name: "large caption",
    props: {
      caption: "Öffnungszeiten",
      captionSize: "large",
      columns: [
        { key: "tag", header: "Tag" },
        { key: "zeit", header: "Uhrzeit" },
      ],
      rows: [{ tag: "Montag", zeit: "8–18 Uhr" }],
      rowHeader: "tag",
    },
  },
  {
    name: "English",
    props: {
      caption: "Identity card fees",
      columns: [
        { key: "service", header: "Service" },
        { key: "fee", header: "Fee", numeric: true },
      ],
      rows: [{ service: "Identity card, 24 and over", fee: "€37.00" }],
      rowHeader: "service",
    },
  },
];
