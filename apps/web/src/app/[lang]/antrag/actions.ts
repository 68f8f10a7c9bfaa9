"use server";

import {
  entwurfOhneKontoProAdresse,
  erzeugeFortsetzungslink,
  fortsetzungslinkProAdresse,
  speichereEntwurf,
  uploadsProAdresse,
} from "@portal/antraege/server";
import { getSession } from "@portal/auth/next";
import { ladeProfil } from "@portal/auth/server";
import { emailFeld } from "@portal/auth/types";
import { getDb } from "@portal/db/client";
import {
  ladeFormular,
  migriereEntwurf,
  naechsteSeite,
  pruefeSeite,
  sichtbareSeiten,
  uebernehmeSeite,
  vorbelegen,
  vorherigeSeite,
  zugangVon,
} from "@portal/forms/server";
import type { Eingabe } from "@portal/forms/types";
import { clientAddress, clientKey, consume } from "@portal/ratelimit/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { isLang, type Lang } from "@/i18n/sprache";
import { type Ablehnung, ablehnen, action, LANG_FIELD, oeffentlich } from "@/lib/action";
import { loescheDatei, post } from "@/lib/antraege";
import {
  insKonto,
  ladeLauf,
  leseSeite,
  type OffeneSeite,
  setzeEntwurfCookie,
  speichere,
} from "@/lib/antrag";
import { reicheAntragEin } from "@/lib/einreichung";

// The form runner's actions. Each page is a plain POST form; the actions save and redirect
// (post/redirect/get), so a reload never sends a page twice and the browser's back button works.
// Input that does not pass its checks is saved with the draft and shown again with its errors:
// nothing typed is lost, even when the citizen leaves the page.

/** A whole page with its uploads; beyond it Next.js itself refuses the request (next.config.ts). */
const MAX_SEITE_BYTES = 22 * 1024 * 1024;
const KENNUNG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function feld(form: FormData, name: string, max = 200): string {
  const wert = form.get(name);
  return typeof wert === "string" ? wert.slice(0, max) : "";
}

function spracheVon(form: FormData): Lang {
  const s = feld(form, LANG_FIELD, 5);
  return isLang(s) ? s : "de";
}

async function adresse() {
  return clientAddress((await headers()).get("x-forwarded-for"));
}

function groesse(form: FormData): number {
  let bytes = 0;
  for (const [k, v] of form) bytes += k.length + (typeof v === "string" ? v.length : v.size);
  return bytes;
}

/** "Antrag beginnen": a new draft, in the account or (where the form allows) with a resume token. */
export async function beginneAntrag(form: FormData): Promise<void> {
  const lang = spracheVon(form);
  const schluessel = feld(form, "$formular", 100);
  if (!KENNUNG.test(schluessel)) redirect(`/${lang}`);
  const start = `/${lang}/antrag/${schluessel}`;
  const db = getDb();
  const def = await ladeFormular(db, { schluessel });
  if (!def) redirect(start);
  const angemeldet = await getSession();
  const erste = sichtbareSeiten(def, {})[0]?.id ?? def.seiten[0]!.id;
  if (angemeldet) {
    const profil = await ladeProfil(db, { kontoId: angemeldet.konto.id });
    const { antworten } = vorbelegen(def, {
      vorname: profil?.vorname ?? undefined,
      nachname: profil?.nachname ?? undefined,
      strasse: profil?.strasse ?? undefined,
      plz: profil?.plz ?? undefined,
      ort: profil?.ort ?? undefined,
      geburtsdatum: profil?.geburtsdatum ?? undefined,
      telefon: profil?.telefon ?? undefined,
      email: angemeldet.konto.email ?? undefined,
    });
    const neu = await speichereEntwurf(db, {
      zugang: { kontoId: angemeldet.konto.id },
      formular: def.schluessel,
      version: def.version,
      antworten,
      seite: erste,
      loescheDatei,
    });
    if (!neu.ok) redirect(`${start}?fehler=1`);
    redirect(`${start}/${neu.entwurf.id}/${erste}`);
  }
  if (zugangVon(def) === "servicekonto") {
    redirect(`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(start)}`);
  }
  const erlaubt = await consume(
    db,
    entwurfOhneKontoProAdresse,
    await clientKey(db, await adresse()),
  );
  if (!erlaubt.ok) redirect(`${start}?zuOft=1`);
  const neu = await speichereEntwurf(db, {
    zugang: null,
    formular: def.schluessel,
    version: def.version,
    antworten: {},
    seite: erste,
    loescheDatei,
  });
  if (!neu.ok || !neu.token) redirect(`${start}?fehler=1`);
  await setzeEntwurfCookie(neu.entwurf.id, neu.token, neu.entwurf.fortsetzungBisAm);
  redirect(`${start}/${neu.entwurf.id}/${erste}`);
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

/**
 * Takes a draft to the form's newest version: compatible answers are kept, the others are
 * dropped, as the page before this button listed them.
 */
export async function aktualisiereEntwurf(form: FormData): Promise<void> {
  const lang = spracheVon(form);
  const schluessel = feld(form, "$formular", 100);
  const entwurfId = feld(form, "$entwurf", 36);
  if (!KENNUNG.test(schluessel) || !UUID.test(entwurfId)) redirect(`/${lang}`);
  const basis = `/${lang}/antrag/${schluessel}/${entwurfId}`;
  const db = getDb();
  const lauf = await ladeLauf(db, { schluessel, entwurfId });
  if (!lauf) redirect(`/${lang}/antrag/${schluessel}?unbekannt=1`);
  if (!lauf.neuere) redirect(`${basis}/${lauf.entwurf.seite ?? "pruefen"}`);
  const { antworten } = migriereEntwurf(lauf.def, lauf.neuere, lauf.antworten);
  const erste = sichtbareSeiten(lauf.neuere, antworten)[0]?.id ?? "pruefen";
  const seite =
    sichtbareSeiten(lauf.neuere, antworten).find((s) => s.id === lauf.entwurf.seite)?.id ?? erste;
  await speichere(db, lauf, { antworten, offen: null, seite, version: lauf.neuere.version });
  redirect(`${basis}/${seite}`);
}

const fortsetzungSchema = z.object({
  $formular: z.string().regex(KENNUNG),
  $entwurf: z.string().regex(UUID),
  email: emailFeld,
});

/** "Später fortsetzen" without an account: mails a resume link (a new token replaces the old). */
export const sendeFortsetzungslink = action({
  schema: fortsetzungSchema,
  auth: oeffentlich,
  rateLimit: fortsetzungslinkProAdresse,
  run: async (eingabe, { db, lang }) => {
    const d = antragTexte(lang);
    const lauf = await ladeLauf(db, { schluessel: eingabe.$formular, entwurfId: eingabe.$entwurf });
    if (!lauf || !("token" in lauf.zugang)) return ablehnen({ formError: d.nichtGefunden });
    const ergebnis = await erzeugeFortsetzungslink(db, {
      entwurfId: lauf.entwurf.id,
      zugang: lauf.zugang,
      email: eingabe.email,
      sprache: lang,
      post,
    });
    if (!ergebnis.ok) {
      return ergebnis.fehler === "email-ungueltig"
        ? ablehnen<"email">({ errors: { email: d.emailFehlt } })
        : ablehnen({ formError: d.nichtGefunden });
    }
    // The new token replaces the old one in this browser too.
    await setzeEntwurfCookie(lauf.entwurf.id, ergebnis.token, ergebnis.gueltigBis);
    const erfolg: FormularErfolg = {
      titel: d.spaeterGesendet,
      text: d.spaeterGesendetText,
      link: {
        href: `/${lang}/antrag/${eingabe.$formular}/${eingabe.$entwurf}/${lauf.entwurf.seite ?? "pruefen"}`,
        label: d.zumAntrag,
      },
    };
    return erfolg;
  },
  messages: {
    field: (issue, lang) => (issue.field === "email" ? antragTexte(lang).emailFehlt : undefined),
  },
});

const absendenSchema = z.object({
  $formular: z.string().regex(KENNUNG),
  $entwurf: z.string().regex(UUID),
  erklaerung: z.literal("ja"),
  email: z.union([z.literal(""), emailFeld]).optional(),
  stelle: z.string().max(300).optional(),
});

/**
 * Submits the draft: complete and valid under the form's rules, the declaration confirmed, the
 * applicant signed in or identified as the form requires, the authority found. Then see
 * `reicheAntragEin` (encryption, reference number, receipt); on to the confirmation page.
 */
export const sendeAntragAb = action({
  schema: absendenSchema,
  auth: oeffentlich,
  maxBytes: 16 * 1024,
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | Ablehnung<"email" | "stelle">> => {
    const ergebnis = await reicheAntragEin(db, {
      lang,
      schluessel: eingabe.$formular,
      entwurfId: eingabe.$entwurf,
      email: eingabe.email || null,
      stelle: eingabe.stelle || undefined,
    });
    if (!ergebnis.ok) return ablehnen<"email" | "stelle">(ergebnis.ablehnung);
    redirect(`/${lang}/antrag/eingegangen/${ergebnis.antragId}`);
  },
  messages: {
    field: (issue, lang) => {
      const d = antragTexte(lang);
      if (issue.field === "erklaerung") return d.erklaerungFehlt;
      if (issue.field === "email") return d.emailFehlt;
      return undefined;
    },
    failed: (lang) => antragTexte(lang).fehlgeschlagen,
  },
});
