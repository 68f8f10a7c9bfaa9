import { getSession } from "@portal/auth/next";
import { exportiereKonto } from "@portal/auth/server";
import { getDb } from "@portal/db/client";
import { isLang } from "@/i18n/sprache";

const TITEL = {
  de: {
    titel: "Ihre Daten im Servicekonto",
    erstellt: "Erstellt am",
    keine: "Keine Einträge.",
    feld: "Feld",
    wert: "Wert",
  },
  en: {
    titel: "Your data in the Servicekonto",
    erstellt: "Created on",
    keine: "No entries.",
    feld: "Field",
    wert: "Value",
  },
} as const;

/**
 * The signed-in citizen's data as a readable, printable HTML page (GDPR Art. 15 (3): a copy "in a
 * commonly used electronic form"). Every value is escaped: it is what people typed.
 */
export async function GET(_: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang: roh } = await params;
  const lang = isLang(roh) ? roh : "de";
  const angemeldet = await getSession();
  if (!angemeldet)
    return new Response("Unauthorized", { status: 401, headers: kopf("text/plain") });
  const daten = await exportiereKonto(getDb(), { kontoId: angemeldet.konto.id });
  if (!daten) return new Response("Not found", { status: 404, headers: kopf("text/plain") });
  const d = TITEL[lang];
  const { erstelltAm, ...teile } = daten;
  const abschnitte = Object.entries(teile)
    .map(([name, wert]) => `<section><h2>${esc(name)}</h2>${block(wert, d)}</section>`)
    .join("\n");
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(d.titel)}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:left;vertical-align:top;word-break:break-word}</style>
</head><body><main><h1>${esc(d.titel)}</h1><p>${esc(d.erstellt)} ${esc(erstelltAm)}</p>
${abschnitte}
</main></body></html>`;
  return new Response(html, {
    headers: {
      ...kopf("text/html; charset=utf-8"),
      "Content-Disposition": `attachment; filename="servicekonto-${erstelltAm.slice(0, 10)}.html"`,
    },
  });
}

type Texte = (typeof TITEL)[keyof typeof TITEL];

function block(wert: unknown, d: Texte): string {
  if (wert === null || wert === undefined || (Array.isArray(wert) && wert.length === 0))
    return `<p>${esc(d.keine)}</p>`;
  if (Array.isArray(wert)) return wert.map((eintrag) => block(eintrag, d)).join("");
  if (typeof wert === "object")
    return `<table><thead><tr><th scope="col">${esc(d.feld)}</th><th scope="col">${esc(d.wert)}</th></tr></thead><tbody>${Object.entries(
      wert,
    )
      .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${zelle(v)}</td></tr>`)
      .join("")}</tbody></table>`;
  return `<p>${esc(String(wert))}</p>`;
}

function zelle(wert: unknown): string {
  if (wert === null || wert === undefined) return "–";
  if (wert instanceof Date) return esc(wert.toISOString());
  if (typeof wert === "object") return esc(JSON.stringify(wert));
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

const kopf = (typ: string) => ({ "Content-Type": typ, "Cache-Control": "no-store" });
