/**
 * The pure SEPA module of @portal/payments (`@portal/payments/sepa`): IBAN/BIC and creditor
 * identifier checks, the SEPA character set, the TARGET2 calendar and due dates, pain.008.001.08
 * export, camt.053/054 import and pain.002 status reports. No database, no secrets, no
 * `server-only`: safe for forms and workers alike.
 */

export * from "./camt.ts";
export * from "./ergebnis.ts";
export * from "./glaeubiger-id.ts";
export * from "./iban.ts";
export * from "./kalender.ts";
export * from "./pain002.ts";
export * from "./pain008.ts";
export * from "./rueckgabegruende.ts";
export { MAX_DATEIGROESSE } from "./xml-lesen.ts";
export * from "./zeichen.ts";
