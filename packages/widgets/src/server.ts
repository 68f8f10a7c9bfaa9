import "server-only";

// The widgets' server side (issue 11 item 6): the embed script's build, the check of the
// embedding page's origin, and the popup's sign-in token. Used by apps/web (/embed/v1.js and
// /api/beteiligung/v1/…).

export { BUDGET_GZIP_BYTES, baueEinbettungsskript, type Einbettungsskript } from "./bundle.ts";
export {
  pruefeWidgetToken,
  signiereWidgetToken,
  TOKEN_GUELTIG_MS,
  type TokenNiveau,
  type TokenPruefung,
  type WidgetToken,
} from "./token.ts";
export { istErlaubterUrsprung, normalisiereDomain, rahmenQuellen } from "./ursprung.ts";
