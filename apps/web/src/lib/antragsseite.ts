import "server-only";
import { uploadsProAdresse } from "@portal/antraege/server";
import { getDb } from "@portal/db/client";
import {
  naechsteSeite,
  pruefeSeite,
  sichtbareSeiten,
  uebernehmeSeite,
  vorherigeSeite,
} from "@portal/forms/server";
import type { Eingabe } from "@portal/forms/types";
import { clientAddress, clientKey, consume } from "@portal/ratelimit/server";
import { headers } from "next/headers";
import { isLang, type Lang } from "@/i18n/sprache";
import { LANG_FIELD } from "@/lib/action";
import { insKonto, ladeLauf, leseSeite, type OffeneSeite, speichere } from "@/lib/antrag";

// A page of the form runner, posted as plain multipart to the route `antrag/seite` (not a
// server action: the route answers 303 itself, see its comment). Here rather than in the
// route's "use server" actions file, which holds only the actions forms call: an exported
// function there would be callable as a server action too. The actions share the small
// helpers for reading a posted form.

/** A whole page with its uploads; beyond it Next.js itself refuses the request (next.config.ts). */
const MAX_SEITE_BYTES = 22 * 1024 * 1024;
export const KENNUNG = /^[a-z0-9][a-z0-9-]{0,99}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function feld(form: FormData, name: string, max = 200): string {
  const wert = form.get(name);
  return typeof wert === "string" ? wert.slice(0, max) : "";
}

export function spracheVon(form: FormData): Lang {
  const s = feld(form, LANG_FIELD, 5);
  return isLang(s) ? s : "de";
}

export async function adresse() {
  return clientAddress((await headers()).get("x-forwarded-for"));
}

function groesse(form: FormData): number {
  let bytes = 0;
  for (const [k, v] of form) bytes += k.length + (typeof v === "string" ? v.length : v.size);
  return bytes;
}

/** Renumbers a page's input without row `n` of the repeatable group at `pfad`. */
function ohneZeile(eingabe: Eingabe, pfad: string, n: number): Eingabe {
  const neu: Eingabe = {};
  const prefix = `${pfad}.`;
  for (const [name, wert] of Object.entries(eingabe)) {
    const m = name.startsWith(prefix) ? /^(\d{1,3})(\..*)$/.exec(name.slice(prefix.length)) : null;
    if (!m) {
      neu[name] = wert;
      continue;
    }
    const zeile = Number(m[1]);
    if (zeile === n) continue;
    neu[`${prefix}${zeile > n ? zeile - 1 : zeile}${m[2]}`] = wert;
  }
  return neu;
}

/**
 * One page of a form: "Weiter" checks and saves it and goes on (to the next page that applies,
 * or to the check page); "Zurück" and "Später fortsetzen" save what is valid and keep the rest
 * as typed; adding or removing a row of a repeatable group shows the page again.
 */
export async function sendeSeite(form: FormData): Promise<string> {
  const lang = spracheVon(form);
  const schluessel = feld(form, "$formular", 100);
  const entwurfId = feld(form, "$entwurf", 36);
  const seiteId = feld(form, "$seite", 100);
  const aktion = feld(form, "$aktion", 300) || "weiter";
  const vonPruefen = feld(form, "$von", 10) === "pruefen";
  if (!KENNUNG.test(schluessel) || !UUID.test(entwurfId)) return `/${lang}`;
  const start = `/${lang}/antrag/${schluessel}`;
  const basis = `${start}/${entwurfId}`;
  const db = getDb();
  const geladen = await ladeLauf(db, { schluessel, entwurfId });
  if (!geladen) return `${start}?unbekannt=1`;
  const lauf = await insKonto(db, geladen);
  if (lauf.neuere) return `${basis}/${seiteId}`;
  const { def } = lauf;
  const seite = sichtbareSeiten(def, lauf.antworten).find((s) => s.id === seiteId);
  if (!seite) return `${basis}/pruefen`;

  const ziel = (id: string | null | undefined) =>
    `${basis}/${id ?? "pruefen"}${vonPruefen && id ? "?von=pruefen" : ""}`;

  if (groesse(form) > MAX_SEITE_BYTES) {
    const offen: OffeneSeite = {
      seite: seiteId,
      eingabe: lauf.offen?.eingabe ?? {},
      hinweis: "zu-gross",
    };
    await speichere(db, lauf, { antworten: lauf.antworten, offen, seite: seiteId });
    return ziel(seiteId);
  }
  const hatDateien = [...form.values()].some((v) => v instanceof File && v.size > 0);
  if (hatDateien) {
    const erlaubt = await consume(db, uploadsProAdresse, await clientKey(db, await adresse()));
    if (!erlaubt.ok) {
      const offen: OffeneSeite = {
        seite: seiteId,
        eingabe: lauf.offen?.eingabe ?? {},
        hinweis: "zu-oft",
      };
      await speichere(db, lauf, { antworten: lauf.antworten, offen, seite: seiteId });
      return ziel(seiteId);
    }
  }

  const { eingabe, dateifehler } = await leseSeite(form, {
    def,
    seiteId,
    entwurfId: lauf.entwurf.id,
    antworten: lauf.antworten,
    offen: lauf.offen,
    lang,
  });

  const zeilenAktion = /^zeile([+-]):([a-zA-Z0-9.]{1,300}?)(?::(\d{1,3}))?$/.exec(aktion);
  if (zeilenAktion) {
    const [, art, pfad = "", n] = zeilenAktion;
    let neu = eingabe;
    if (art === "+") {
      const anzahl = Number(feld(form, `${pfad}~zeilen`, 4)) || 1;
      neu = { ...eingabe, [`${pfad}.${Math.min(anzahl, 999)}.~`]: "" };
    } else neu = ohneZeile(eingabe, pfad, Number(n));
    await speichere(db, lauf, {
      antworten: lauf.antworten,
      offen: { seite: seiteId, eingabe: neu, still: true },
      seite: seiteId,
    });
    return `${ziel(seiteId)}#${`feld-${pfad.replace(/\./g, "-")}`}`;
  }

  const ergebnis = pruefeSeite(def, seiteId, eingabe, lang, { antworten: lauf.antworten });
  const antworten = uebernehmeSeite(def, lauf.antworten, seiteId, ergebnis.werte);
  const fehlerfrei = ergebnis.ok && dateifehler.length === 0;

  if (aktion === "weiter") {
    if (!fehlerfrei) {
      await speichere(db, lauf, {
        antworten,
        offen: { seite: seiteId, eingabe, dateifehler },
        seite: seiteId,
      });
      return ziel(seiteId);
    }
    const naechste = vonPruefen ? null : naechsteSeite(def, antworten, seiteId);
    await speichere(db, lauf, { antworten, offen: null, seite: naechste ?? "pruefen" });
    return ziel(naechste);
  }

  // Back, or later: keep what is valid, and what is not as it was typed (without errors).
  const offen: OffeneSeite | null = fehlerfrei ? null : { seite: seiteId, eingabe, still: true };
  await speichere(db, lauf, { antworten, offen, seite: seiteId });
  if (aktion === "spaeter") return `${basis}/spaeter`;
  const vorige = vorherigeSeite(def, antworten, seiteId);
  return vorige ? ziel(vorige) : start;
}
