"use server";

import {
  entwurfOhneKontoProAdresse,
  erzeugeFortsetzungslink,
  fortsetzungslinkProAdresse,
  speichereEntwurf,
} from "@portal/antraege/server";
import { getSession } from "@portal/auth/next";
import { ladeProfil } from "@portal/auth/server";
import { emailFeld } from "@portal/auth/types";
import { getDb } from "@portal/db/client";
import {
  ladeFormular,
  migriereEntwurf,
  sichtbareSeiten,
  vorbelegen,
  zugangVon,
} from "@portal/forms/server";
import { clientKey, consume } from "@portal/ratelimit/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { antragTexte } from "@/i18n/antrag";
import { type Ablehnung, ablehnen, action, oeffentlich } from "@/lib/action";
import { loescheDatei, post } from "@/lib/antraege";
import { ladeLauf, merkeEinreichung, setzeEntwurfCookie, speichere } from "@/lib/antrag";
import { adresse, feld, KENNUNG, spracheVon, UUID } from "@/lib/antragsseite";
import { pruefeEinreichung, reicheAntragEin } from "@/lib/einreichung";
import { gebuehrBei, gebuehrVorEinreichung } from "@/lib/zahlung";

// The form runner's actions. Each page is a plain POST form; the actions save and redirect
// (post/redirect/get), so a reload never sends a page twice and the browser's back button works.
// Input that does not pass its checks is saved with the draft and shown again with its errors:
// nothing typed is lost, even when the citizen leaves the page. A form page itself posts to the
// route `antrag/seite` (lib/antragsseite.ts `sendeSeite`), not to an action here.

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
 * `reicheAntragEin` (encryption, reference number, receipt); on to the confirmation page. A
 * form with a fee paid before submission goes to the payment page instead (`zahlung/actions.ts`
 * submits); a fee due after the decision asks for nothing here.
 */
export const sendeAntragAb = action({
  schema: absendenSchema,
  auth: oeffentlich,
  maxBytes: 16 * 1024,
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | Ablehnung<"email" | "stelle">> => {
    // A fee paid before submission: the same checks, what was sent kept with the draft, then
    // the payment page, which submits once the payment is confirmed.
    const lauf = await ladeLauf(db, { schluessel: eingabe.$formular, entwurfId: eingabe.$entwurf });
    if (lauf && !lauf.neuere && gebuehrVorEinreichung(lauf.def)) {
      const einreichung = { email: eingabe.email || null, stelle: eingabe.stelle || undefined };
      const bereit = await pruefeEinreichung(db, {
        lang,
        schluessel: eingabe.$formular,
        entwurfId: eingabe.$entwurf,
        ...einreichung,
      });
      if (!bereit.ok) return ablehnen<"email" | "stelle">(bereit.ablehnung);
      // An authority that takes the fee not online gets the application without a payment.
      if (await gebuehrBei(db, lauf.def, bereit.stelle.schluessel)) {
        if (!(await merkeEinreichung(db, bereit.lauf, einreichung)))
          return ablehnen({ formError: antragTexte(lang).nichtGefunden });
        redirect(`/${lang}/antrag/${eingabe.$formular}/${eingabe.$entwurf}/zahlung`);
      }
    }
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
