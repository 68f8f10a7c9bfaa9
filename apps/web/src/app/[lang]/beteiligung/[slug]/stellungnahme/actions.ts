"use server";

import { getSession } from "@portal/auth/next";
import { ladeOrganisation } from "@portal/auth/server";
import {
  type AnhangEingabe,
  type Einreicher,
  ladeVerfahren,
  MAX_ANHAENGE,
  MAX_ANHANG_BYTES,
  personSchluessel,
  regelnVon,
  reicheStellungnahmeEin,
  stellungnahmeProAdresse,
  zeichneMit,
} from "@portal/beteiligung/server";
import { dateiablage } from "@portal/dateien/server";
import { clientAddress, clientKey } from "@portal/ratelimit/server";
import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { stellungnahmeTexte } from "@/i18n/beteiligung-stellungnahme";
import { type Ablehnung, type ActionState, ablehnen, action, oeffentlich } from "@/lib/action";
import { beitragsBestaetigungsMail, postBeteiligung, pruefeAnzeige } from "@/lib/beteiligung-post";
import { identitaetDer, merkeEingang } from "./lage";

// The statement form and the co-signing form (Stellungnahme, Mitzeichnung). The domain checks
// everything about the statement (@portal/beteiligung `reicheStellungnahmeEin`); this schema only
// bounds the fields, so that what was typed comes back whatever the domain says.

const feld = (max: number) => z.string().max(max).optional();

const stellungnahmeFormSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/),
  organisation: feld(100),
  text: feld(50_000),
  einreicherName: feld(1000),
  strasse: feld(1000),
  plz: feld(100),
  ort: feld(1000),
  email: feld(1000),
  anhang1: z.any().optional(),
  anhang2: z.any().optional(),
  anhang3: z.any().optional(),
  einwilligung: feld(10),
  einwilligungFassung: feld(100),
  webseite: feld(1000),
  angezeigtUm: feld(200),
});

export type StellungnahmeFeld = Exclude<
  keyof z.infer<typeof stellungnahmeFormSchema>,
  "slug" | "einwilligungFassung" | "webseite" | "angezeigtUm"
>;

const FORMULARFELDER = new Set<string>([
  "organisation",
  "text",
  "einreicherName",
  "strasse",
  "plz",
  "ort",
  "email",
  "anhang1",
  "anhang2",
  "anhang3",
  "einwilligung",
]);

/**
 * Submits a statement with up to three PDFs (multipart; with or without JavaScript). The
 * sender is who the session says (never a field): an account, an eID sign-in, in an
 * institutions' phase a member acting for one of its organisations (membership checked here),
 * or, where the phase allows it, someone without an account (then a confirmation link by mail,
 * and a signed cookie that lets this browser see the receipt). On success to the receipt.
 */
export const reicheStellungnahme = action({
  schema: stellungnahmeFormSchema,
  auth: oeffentlich,
  rateLimit: stellungnahmeProAdresse,
  maxBytes: MAX_ANHAENGE * MAX_ANHANG_BYTES + 64 * 1024,
  run: async (eingabe, { db, lang }): Promise<Ablehnung<StellungnahmeFeld>> => {
    const t = stellungnahmeTexte(lang);
    const verfahren = await ladeVerfahren(db, { slug: eingabe.slug });
    if (!verfahren) return ablehnen({ formError: t.fehler.unbekannt });
    const regeln = regelnVon(verfahren);
    const angemeldet = await getSession();

    let institution: { id: string; name: string } | undefined;
    if (eingabe.organisation && angemeldet) {
      const org = z.uuid().safeParse(eingabe.organisation).success
        ? await ladeOrganisation(db, { id: eingabe.organisation, kontoId: angemeldet.konto.id })
        : null;
      if (!org) return ablehnen({ errors: { organisation: t.fehler.organisation } });
      institution = { id: org.id, name: org.name };
    }

    const email = eingabe.email?.trim();
    const identitaet: Einreicher = angemeldet
      ? { art: identitaetDer(angemeldet), kontoId: angemeldet.konto.id }
      : email
        ? { art: "email", email }
        : { art: "anonym" };

    const anhaenge: AnhangEingabe[] = [];
    for (const name of ["anhang1", "anhang2", "anhang3"] as const) {
      const datei = eingabe[name];
      // An empty file input arrives as an empty File (its name depends on the browser and on
      // whether the form was sent with JavaScript): no attachment, like an empty field.
      if (datei instanceof File && datei.size > 0) {
        anhaenge.push({
          feld: name,
          dateiname: datei.name,
          bytes: new Uint8Array(await datei.arrayBuffer()),
        });
      }
    }

    const client = await clientKey(db, clientAddress((await headers()).get("x-forwarded-for")));
    const ergebnis = await reicheStellungnahmeEin(db, {
      regeln,
      eingabe: {
        text: eingabe.text,
        einreicherName: eingabe.einreicherName,
        strasse: eingabe.strasse,
        plz: eingabe.plz,
        ort: eingabe.ort,
        einwilligung: eingabe.einwilligung,
        einwilligungFassung: eingabe.einwilligungFassung,
        webseite: eingabe.webseite,
        angezeigtUm: pruefeAnzeige(eingabe.angezeigtUm)?.toISOString(),
      },
      anhaenge,
      identitaet,
      client,
      jetzt: new Date(),
      institution,
      ablage: dateiablage(),
    });
    if (!ergebnis.ok) {
      if (ergebnis.fehler !== "eingabe") return ablehnen({ formError: ergebnis.meldung[lang] });
      const errors: Partial<Record<StellungnahmeFeld, string>> = {};
      const uebrige: string[] = [];
      for (const [name, meldung] of Object.entries(ergebnis.felder)) {
        if (FORMULARFELDER.has(name)) errors[name as StellungnahmeFeld] = meldung[lang];
        else uebrige.push(meldung[lang]);
      }
      return ablehnen({ errors, formError: uebrige.length > 0 ? uebrige.join(" ") : undefined });
    }
    if (ergebnis.bestaetigungsToken && email) {
      await postBeteiligung(
        beitragsBestaetigungsMail(email, lang, {
          token: ergebnis.bestaetigungsToken,
          verfahrenTitel: verfahren.titel,
        }),
      );
    }
    if (!angemeldet) await merkeEingang(ergebnis.beitrag.id);
    try {
      updateTag(`beteiligung-verfahren-${verfahren.slug}`);
    } catch (error) {
      console.error("[stellungnahme] could not expire the procedure's cache tag:", error);
    }
    redirect(
      `/${lang}/beteiligung/${verfahren.slug}/stellungnahme/eingegangen?id=${ergebnis.beitrag.id}`,
    );
  },
  messages: {
    failed: (lang) => stellungnahmeTexte(lang).fehler.speichern,
  },
});

const mitzeichnenSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/),
  beitrag: z.uuid(),
  name: feld(1000),
});

export type MitzeichnenZustand = ActionState<"slug" | "beitrag" | "name", { anzahl: number }>;

/**
 * Co-signs a published public statement: signed in (one co-signature per account, the person
 * key is the account's), with the identity the open phase asks for statements.
 */
export const zeichneStellungnahmeMit = action({
  schema: mitzeichnenSchema,
  auth: oeffentlich,
  run: async (eingabe, { db, lang }): Promise<{ anzahl: number } | Ablehnung<"name">> => {
    const t = stellungnahmeTexte(lang);
    const angemeldet = await getSession();
    if (!angemeldet) {
      const zurueck = `/${lang}/beteiligung/${eingabe.slug}`;
      redirect(`/${lang}/konto/anmelden?zurueck=${encodeURIComponent(zurueck)}`);
    }
    const verfahren = await ladeVerfahren(db, { slug: eingabe.slug });
    if (!verfahren) return ablehnen({ formError: t.fehler.unbekannt });
    const ergebnis = await zeichneMit(db, {
      regeln: regelnVon(verfahren),
      beitragId: eingabe.beitrag,
      person: await personSchluessel(db, { kontoId: angemeldet.konto.id }),
      name: eingabe.name,
      jetzt: new Date(),
      identitaet: identitaetDer(angemeldet),
    });
    if (!ergebnis.ok) {
      return ergebnis.fehler === "eingabe"
        ? ablehnen<"name">({ errors: { name: ergebnis.meldung[lang] } })
        : ablehnen({ formError: ergebnis.meldung[lang] });
    }
    return { anzahl: ergebnis.anzahl };
  },
  revalidate: (_daten, eingabe) => [`beteiligung-verfahren-${eingabe.slug}`],
  messages: { failed: (lang) => stellungnahmeTexte(lang).mitzeichnen.fehler },
});

/** The form's state: null before the first submission, then a refusal (success redirects). */
export type StellungnahmeZustand = Awaited<ReturnType<typeof reicheStellungnahme>> | null;
