import { XMLParser, XMLValidator } from "fast-xml-parser";
import { type Ergebnis, gut, schlecht } from "./ergebnis.ts";

/** A parsed XML element: child elements by name (prefix kept), `#text`, `@_` attributes. */
export type Knoten = Record<string, unknown>;

/** Default size limit for bank files: 20 MB (a day's camt.054 of a city is far below). */
export const MAX_DATEIGROESSE = 20 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Entities are left alone (no expansion, no "billion laughs"), values stay strings: amounts are
  // parsed to cents here, never through floating point.
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, _pfad, _istBlatt, istAttribut) => !istAttribut,
});

const lokal = (name: string) => name.slice(name.indexOf(":") + 1);

/** The children of `knoten` with the local name `name` (namespace prefixes ignored). */
export function kinder(knoten: unknown, name: string): Knoten[] {
  if (knoten === null || typeof knoten !== "object") return [];
  const ergebnis: Knoten[] = [];
  for (const [schluessel, wert] of Object.entries(knoten)) {
    if (schluessel.startsWith("@_") || lokal(schluessel) !== name) continue;
    for (const w of Array.isArray(wert) ? wert : [wert]) {
      ergebnis.push(typeof w === "object" && w !== null ? (w as Knoten) : { "#text": String(w) });
    }
  }
  return ergebnis;
}

/** The first element along a path of local names, or undefined. */
export function pfad(knoten: unknown, ...namen: string[]): Knoten | undefined {
  let aktuell: Knoten | undefined = knoten as Knoten;
  for (const name of namen) {
    aktuell = kinder(aktuell, name)[0];
    if (aktuell === undefined) return undefined;
  }
  return aktuell;
}

/** The text of the element along the path, or undefined (empty text counts as missing). */
export function text(knoten: unknown, ...namen: string[]): string | undefined {
  const k = pfad(knoten, ...namen);
  if (k === undefined) return undefined;
  const t = k["#text"];
  return typeof t === "string" && t !== "" ? unescapeXml(t) : undefined;
}

/** The texts of all elements with the last name under the path (e.g. several `Ustrd`). */
export function texte(knoten: unknown, ...namen: string[]): string[] {
  const letzter = namen[namen.length - 1];
  const eltern = namen.length > 1 ? pfad(knoten, ...namen.slice(0, -1)) : (knoten as Knoten);
  if (letzter === undefined || eltern === undefined) return [];
  return kinder(eltern, letzter)
    .map((k) => k["#text"])
    .filter((t): t is string => typeof t === "string" && t !== "")
    .map(unescapeXml);
}

/** An attribute of the element along the path. */
export function attribut(knoten: unknown, name: string, ...namen: string[]): string | undefined {
  const k = namen.length > 0 ? pfad(knoten, ...namen) : (knoten as Knoten);
  const w = k?.[`@_${name}`];
  return typeof w === "string" ? w : undefined;
}

/** The five predefined XML entities and numeric character references; nothing else is expanded. */
function unescapeXml(t: string): string {
  if (!t.includes("&")) return t;
  return t.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const code = e.startsWith("#x")
      ? Number.parseInt(e.slice(2), 16)
      : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** A decimal amount (`30.7`, `30.70`, `0`) as whole cents; undefined when it is not one. */
export function betragInCent(betrag: string | undefined): number | undefined {
  if (betrag === undefined) return undefined;
  const m = /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(betrag.trim());
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/**
 * Reads an ISO 20022 document safely: size limit, no DOCTYPE (no DTD, no external or internal
 * entities), well-formed, root `Document` in one of the expected namespaces. Returns the message
 * element under `Document` and the namespace found. Never throws: parser internals are not shown
 * to the caller.
 */
export function liesIsoDokument(
  xml: string | Uint8Array,
  erwartet: { namensraeume: readonly string[]; bezeichnung: string; maxBytes?: number },
): Ergebnis<{ namensraum: string; dokument: Knoten }> {
  const { bezeichnung, maxBytes = MAX_DATEIGROESSE } = erwartet;
  const bytes = typeof xml === "string" ? new TextEncoder().encode(xml).byteLength : xml.byteLength;
  if (bytes === 0) {
    return schlecht(
      "datei.leer",
      `Die ${bezeichnung}-Datei ist leer.`,
      `The ${bezeichnung} file is empty.`,
    );
  }
  if (bytes > maxBytes) {
    return schlecht(
      "datei.zuGross",
      `Die Datei ist zu groß (höchstens ${Math.floor(maxBytes / 1024 / 1024)} MB).`,
      `The file is too large (at most ${Math.floor(maxBytes / 1024 / 1024)} MB).`,
    );
  }
  let inhalt: string;
  try {
    inhalt = typeof xml === "string" ? xml : new TextDecoder("utf-8", { fatal: true }).decode(xml);
  } catch {
    return schlecht(
      "datei.kodierung",
      "Die Datei ist nicht UTF-8-kodiert. Bitte laden Sie die Datei unverändert so hoch, wie die Bank sie geliefert hat.",
      "The file is not UTF-8 encoded. Please upload the file unchanged as the bank delivered it.",
    );
  }
  inhalt = inhalt.replace(/^\uFEFF/, "");
  const kaputt = schlecht<{ namensraum: string; dokument: Knoten }>(
    "datei.format",
    `Die Datei ist keine lesbare ${bezeichnung}-Datei (kein gültiges XML). Bitte laden Sie die Datei unverändert so hoch, wie die Bank sie geliefert hat.`,
    `The file is not a readable ${bezeichnung} file (not valid XML). Please upload the file unchanged as the bank delivered it.`,
  );
  if (/<!DOCTYPE|<!ENTITY/i.test(inhalt)) {
    return schlecht(
      "datei.doctype",
      "Die Datei enthält eine DOCTYPE-Deklaration. Bankdateien nach ISO 20022 haben keine; die Datei wird aus Sicherheitsgründen nicht gelesen.",
      "The file contains a DOCTYPE declaration. ISO 20022 bank files have none; for security reasons the file is not read.",
    );
  }
  let baum: Knoten;
  try {
    if (XMLValidator.validate(inhalt) !== true) return kaputt;
    baum = parser.parse(inhalt) as Knoten;
  } catch {
    return kaputt;
  }
  const wurzeln = Object.keys(baum).filter((k) => !k.startsWith("?") && !k.startsWith("@_"));
  const wurzelName = wurzeln.length === 1 ? wurzeln[0] : undefined;
  const wurzel = wurzelName === undefined ? undefined : kinder(baum, lokal(wurzelName))[0];
  if (wurzelName === undefined || wurzel === undefined || lokal(wurzelName) !== "Document")
    return kaputt;
  const praefix = wurzelName.includes(":") ? wurzelName.slice(0, wurzelName.indexOf(":")) : "";
  const namensraum = attribut(wurzel, praefix ? `xmlns:${praefix}` : "xmlns");
  if (namensraum === undefined || !erwartet.namensraeume.includes(namensraum)) {
    return schlecht(
      "datei.namensraum",
      `Die Datei ist keine ${bezeichnung}-Datei in einer unterstützten Version (erwartet: ${erwartet.namensraeume.map((n) => n.split(":").pop()).join(", ")}; gefunden: ${namensraum?.split(":").pop() ?? "keine Angabe"}).`,
      `The file is not a ${bezeichnung} file in a supported version (expected: ${erwartet.namensraeume.map((n) => n.split(":").pop()).join(", ")}; found: ${namensraum?.split(":").pop() ?? "none"}).`,
    );
  }
  return gut({ namensraum, dokument: wurzel });
}
