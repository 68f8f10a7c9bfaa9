"use server";

import { getSession } from "@portal/auth/next";
import { beantworteUmfrage, ladeVerfahren, regelnVon } from "@portal/beteiligung/server";
import { clientAddress, clientKey } from "@portal/ratelimit/server";
import { headers } from "next/headers";
import { z } from "zod";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import { type ActionResult, type ActionState, ablehnen, action, oeffentlich } from "@/lib/action";
import { pruefeAnzeige } from "@/lib/beteiligung-post";
import { frageVonFeld, umfrageFeld } from "./feld";

// The survey form: one field per question (`umfrageFeld`; a multiple choice sends several
// values under one name). action() reads one value per field, so `beantworte` first gathers the
// answers into one JSON field `antworten`; its value comes back with every refusal and the form
// checks and fills in again what was chosen and typed.

const umfrageSchema = z.object({
  slug: z.string().min(1).max(120),
  antworten: z.string(),
  webseite: z.string().optional(),
  angezeigtUm: z.string().optional(),
});
export type UmfrageFeld = keyof z.infer<typeof umfrageSchema>;
export type UmfrageAntwort = { ersetzt: boolean; eingegangenAm: string };
export type UmfrageZustand = ActionState<UmfrageFeld, UmfrageAntwort>;

// Many text questions of up to 2000 characters each (up to 4 bytes each as UTF-8, escaped in
// JSON): more than a comment form's 64 KB, still well below Next.js's own 1 MB.
const MAX_BYTES = 256 * 1024;

const sendeUmfrage = action({
  schema: umfrageSchema,
  auth: oeffentlich,
  maxBytes: MAX_BYTES,
  run: async (eingabe, { db, lang }) => {
    const d = beteiligungUmfrageTexte(lang);
    const zeile = await ladeVerfahren(db, { slug: eingabe.slug });
    if (!zeile) return ablehnen({ formError: d.verfahrenUnbekannt });
    let antworten: Record<string, unknown>;
    try {
      antworten = JSON.parse(eingabe.antworten);
    } catch {
      antworten = {};
    }
    const angemeldet = await getSession();
    const client = await clientKey(db, clientAddress((await headers()).get("x-forwarded-for")));
    const jetzt = new Date();
    const r = await beantworteUmfrage(db, {
      regeln: regelnVon(zeile),
      fragen: zeile.fragen,
      eingabe: {
        antworten,
        webseite: eingabe.webseite,
        angezeigtUm: pruefeAnzeige(eingabe.angezeigtUm),
      },
      identitaet: angemeldet ? { art: "konto", kontoId: angemeldet.konto.id } : { art: "anonym" },
      client,
      jetzt,
    });
    if (r.ok) return { ersetzt: r.ersetzt, eingegangenAm: jetzt.toISOString() };
    if (r.fehler === "eingabe") {
      const { formular, ...felder } = r.felder;
      // At the questions' fields (umfrageFeld), not at this action's schema fields.
      const errors = Object.fromEntries(
        Object.entries(felder).map(([frage, meldung]) => [umfrageFeld(frage), meldung[lang]]),
      ) as Partial<Record<UmfrageFeld, string>>;
      return ablehnen({ errors, formError: formular?.[lang] });
    }
    return ablehnen({ formError: r.meldung[lang] });
  },
  messages: { failed: (lang) => beteiligungUmfrageTexte(lang).umfrage.fehlgeschlagen },
});

/** Sends the survey form (with or without JavaScript). */
export async function beantworte(
  vorher: UmfrageZustand,
  form: FormData,
): Promise<ActionResult<UmfrageFeld, UmfrageAntwort>> {
  const antworten: Record<string, string[]> = {};
  for (const [name, wert] of form) {
    const frage = frageVonFeld(name);
    if (frage === null || typeof wert !== "string") continue;
    antworten[frage] ??= [];
    antworten[frage].push(wert);
  }
  const gesammelt = new FormData();
  for (const feld of ["sprache", "slug", "webseite", "angezeigtUm"]) {
    const wert = form.get(feld);
    if (typeof wert === "string") gesammelt.set(feld, wert);
  }
  gesammelt.set("antworten", JSON.stringify(antworten));
  return sendeUmfrage(vorher, gesammelt);
}
