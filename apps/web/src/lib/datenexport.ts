import "server-only";
import { exportiereAntraege } from "@portal/antraege/server";
import { exportiereKonto } from "@portal/auth/server";
import type { Database } from "@portal/db/client";
import { exportiereNachrichten } from "@portal/postfach/server";
import type { DatenschutzTexte } from "@/i18n/datenschutz";
import { fill, formatDate, formatDateTime } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";

// The citizen's copy of their data (GDPR Art. 15 (3) and Art. 20): the account domain's export
// with the parts other domains hold. Composed here because an app may combine domains, and the
// packages must not import each other beyond what they already do (Postfach → Servicekonto).

/**
 * Everything stored about the account, or undefined when it does not exist: @portal/auth's
 * export plus the Postfach's messages to the account (metadata and text; attachments named by
 * name, type and size, their content left out: it is downloaded from the Postfach), and
 * @portal/antraege's drafts (answers as stored) and applications (what the portal keeps in the
 * clear; the answers are encrypted for the authority and said to be, not decrypted here).
 */
export async function ladeKontoexport(db: Database, { kontoId }: { kontoId: string }) {
  const [nachrichten, { entwuerfe, antraege }] = await Promise.all([
    exportiereNachrichten(db, { kontoId }),
    exportiereAntraege(db, { kontoId }),
  ]);
  return exportiereKonto(db, { kontoId }, { nachrichten, entwuerfe, antraege });
}

export type KontoexportMitPostfach = NonNullable<Awaited<ReturnType<typeof ladeKontoexport>>>;

type Texte = DatenschutzTexte["export"];

/**
 * The export as a readable, printable HTML page in the page language: sections and fields under
 * their translated names (a key without a translation shows as itself rather than vanish),
 * points in time in Saxony's time zone. Every value is escaped: it is what people typed (or
 * what an authority wrote).
 */
export function kontoexportHtml(
  daten: Record<string, unknown> & { erstelltAm: string },
  lang: Lang,
  d: Texte,
): string {
  const { erstelltAm, ...teile } = daten;
  const abschnitte = Object.entries(teile)
    .map(([name, wert]) => {
      const titel = (d.abschnitte as Record<string, string>)[name] ?? name;
      return `<section><h2>${esc(titel)}</h2>${abschnitt(wert, lang, d)}</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(d.titel)}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin-bottom:1rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:left;vertical-align:top;word-break:break-word}td table{margin:0}.text{white-space:pre-wrap}</style>
</head><body><main><h1>${esc(d.titel)}</h1><p>${esc(d.erstellt)} ${esc(formatDateTime(lang, erstelltAm))}</p>
${abschnitte}
</main></body></html>`;
}

const leer = (wert: unknown) =>
  wert === null || wert === undefined || (Array.isArray(wert) && wert.length === 0);

/** A section's content: "no entries", one table, or one table per entry (with a caption). */
function abschnitt(wert: unknown, lang: Lang, d: Texte): string {
  if (leer(wert)) return `<p>${esc(d.keine)}</p>`;
  if (Array.isArray(wert))
    return wert
      .map((eintrag, i) => tabelle(eintrag, lang, d, fill(d.eintrag, { nummer: i + 1 })))
      .join("");
  return tabelle(wert, lang, d);
}

function tabelle(wert: unknown, lang: Lang, d: Texte, caption?: string): string {
  if (typeof wert !== "object" || wert === null || wert instanceof Date)
    return `<p>${zelle(wert, lang, d)}</p>`;
  const zeilen = Object.entries(wert)
    .map(([k, v]) => {
      const label = (d.felder as Record<string, string>)[k] ?? k;
      const klasse = k === "text" ? ' class="text"' : "";
      const inhalt = FREIE_FELDER.has(k) && v !== null ? esc(JSON.stringify(v)) : zelle(v, lang, d);
      return `<tr><th scope="row">${esc(label)}</th><td${klasse}>${inhalt}</td></tr>`;
    })
    .join("");
  return `<table>${caption ? `<caption>${esc(caption)}</caption>` : ""}<thead><tr><th scope="col">${esc(d.feld)}</th><th scope="col">${esc(d.wert)}</th></tr></thead><tbody>${zeilen}</tbody></table>`;
}

/**
 * Fields whose content has no fixed keys (a security event's technical details, a draft's
 * answers keyed by the form's field ids): shown as written, not as a table of untranslatable
 * names.
 */
const FREIE_FELDER = new Set(["details", "antworten"]);

/** A date of the calendar (a birthday), stored as YYYY-MM-DD. */
const KALENDERTAG = /^\d{4}-\d{2}-\d{2}$/;

function zelle(wert: unknown, lang: Lang, d: Texte): string {
  if (wert === null || wert === undefined) return "–";
  if (wert instanceof Date) return esc(formatDateTime(lang, wert.toISOString()));
  if (typeof wert === "boolean") return esc(wert ? d.ja : d.nein);
  if (typeof wert === "string" && KALENDERTAG.test(wert)) return esc(formatDate(lang, wert));
  if (Array.isArray(wert)) {
    if (wert.length === 0) return esc(d.keine);
    return `<ul>${wert.map((w) => `<li>${typeof w === "object" && w !== null ? tabelle(w, lang, d) : zelle(w, lang, d)}</li>`).join("")}</ul>`;
  }
  if (typeof wert === "object") return tabelle(wert, lang, d);
  return esc(String(wert));
}

function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
