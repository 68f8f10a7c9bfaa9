"use server";

import {
  bewerte,
  ladeVerfahren,
  melde,
  meldungProAdresse,
  regelnVon,
  reicheBeitragEin,
} from "@portal/beteiligung/server";
import type { Aktion, Identitaet, Meldung } from "@portal/beteiligung/types";
import { getDb } from "@portal/db/client";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { beteiligungTexte } from "@/i18n/beteiligung";
import { fill, formatDate, formatTime } from "@/i18n/format";
import type { Lang } from "@/i18n/sprache";
import { ablehnen, action, oeffentlich } from "@/lib/action";
import { moeglichkeit, sperrText, tagInSachsen } from "@/lib/beteiligung";
import { besucher, client, kannGeben, person } from "@/lib/beteiligung-besucher";
import { beitragsBestaetigungsMail, postBeteiligung, pruefeAnzeige } from "@/lib/beteiligung-post";

// The forms of a procedure's page: a comment, a reply or a map point; a rating; a report. The
// domain decides everything (phase, identity, bot checks, rate limits); these only pass the form
// on and put its answer into the page's words. Anyone may send them: who the sender is (account,
// eID, confirmed address, nobody) is read from the session, never from the form.

const feld = z.string().max(6000).optional();

/** The tag a procedure's page is revalidated by (it renders per request; the tag refreshes it). */
const tag = (slug: string) => `beteiligung:${slug}`;

const WAS: Record<"kommentar" | "kartenpunkt" | "bewerten", Aktion> = {
  kommentar: "kommentieren",
  kartenpunkt: "kartenpunkt",
  bewerten: "bewerten",
};

async function verfahrenOderAblehnung(slug: string, lang: Lang) {
  const zeile = await ladeVerfahren(getDb(), { slug });
  if (!zeile)
    return { ablehnung: ablehnen({ formError: beteiligungTexte(lang).fehler.unbekannt }) };
  return { zeile, regeln: regelnVon(zeile) };
}

/** The message for a refusal by `darf`: why, and since when it will be possible. */
function sperrMeldung(
  lang: Lang,
  regeln: ReturnType<typeof regelnVon>,
  aktion: Aktion,
  kann: Identitaet,
  fallback: Meldung,
): string {
  const d = beteiligungTexte(lang);
  const was =
    aktion === "kartenpunkt"
      ? d.wasKartenpunkt
      : aktion === "bewerten"
        ? d.wasBewerten
        : d.wasKommentar;
  const text = sperrText(moeglichkeit(regeln, aktion, kann, new Date()), was, d, (datum) =>
    formatDate(lang, tagInSachsen(datum)),
  );
  return text ?? fallback[lang];
}

export const reicheBeitragEinAktion = action({
  schema: z.object({
    verfahren: z.string().min(1).max(200),
    art: z.enum(["kommentar", "kartenpunkt"]),
    text: feld,
    name: feld,
    email: feld,
    elternId: feld,
    lat: feld,
    lon: feld,
    ort: feld,
    webseite: feld,
    angezeigtUm: feld,
  }),
  auth: oeffentlich,
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | ReturnType<typeof ablehnen>> => {
    const d = beteiligungTexte(lang);
    const geladen = await verfahrenOderAblehnung(eingabe.verfahren, lang);
    if (!geladen.zeile) return geladen.ablehnung;
    const { zeile, regeln } = geladen;
    const wer = await besucher();
    const email = eingabe.email?.trim() ?? "";
    const identitaet =
      wer.art === "konto" || wer.art === "eid"
        ? { art: wer.art, kontoId: wer.kontoId }
        : email
          ? { art: "email" as const, email }
          : { art: "anonym" as const };
    // A place from the list of known places, where latitude and longitude were left empty.
    let { lat, lon } = eingabe;
    if (!lat?.trim() && !lon?.trim() && eingabe.ort) [lat, lon] = eingabe.ort.split(",");
    const ergebnis = await reicheBeitragEin(db, {
      regeln,
      eingabe: {
        art: eingabe.art,
        text: eingabe.text ?? "",
        name: eingabe.name,
        ...(eingabe.art === "kommentar" && eingabe.elternId ? { elternId: eingabe.elternId } : {}),
        ...(eingabe.art === "kartenpunkt"
          ? { lat: lat?.trim() || undefined, lon: lon?.trim() || undefined }
          : {}),
        webseite: eingabe.webseite,
        angezeigtUm: pruefeAnzeige(eingabe.angezeigtUm),
      },
      identitaet,
      client: await client(db),
      jetzt: new Date(),
    });
    if (!ergebnis.ok) {
      switch (ergebnis.fehler) {
        case "eingabe": {
          const errors: Record<string, string> = {};
          let formError: string | undefined;
          for (const [name, m] of Object.entries(ergebnis.felder)) {
            if (["text", "name", "email", "lat", "lon"].includes(name)) errors[name] = m[lang];
            else formError = m[lang];
          }
          return ablehnen({ errors, formError });
        }
        case "spam":
          // Neutral: a bot learns nothing about which check caught it.
          return ablehnen({ formError: d.fehler.spam });
        case "zu-schnell":
          return ablehnen({ formError: ergebnis.meldung[lang] });
        case "zu-viele":
          return ablehnen({
            formError: `${ergebnis.meldung[lang]} ${fill(d.fehler.wieder, {
              zeit: formatTime(lang, ergebnis.retryAt.toISOString()),
            })}`,
          });
        default:
          return ablehnen({
            formError: sperrMeldung(
              lang,
              regeln,
              WAS[eingabe.art],
              kannGeben(wer),
              ergebnis.meldung,
            ),
          });
      }
    }
    const zurueck = {
      href: `/${lang}/beteiligung/${zeile.slug}#beitraege`,
      label: d.erfolg.weiterer,
    };
    if (ergebnis.bestaetigungsToken) {
      await postBeteiligung(
        beitragsBestaetigungsMail(email, lang, {
          token: ergebnis.bestaetigungsToken,
          verfahrenTitel: zeile.titel,
        }),
      );
      return {
        titel: d.erfolg.bestaetigen,
        text: fill(d.erfolg.bestaetigenText, { email }),
        link: zurueck,
      };
    }
    const { status, oeffentlich: istOeffentlich } = ergebnis.beitrag;
    if (!istOeffentlich)
      return {
        titel: d.erfolg.nichtOeffentlich,
        text: d.erfolg.nichtOeffentlichText,
        link: zurueck,
      };
    return status === "veroeffentlicht"
      ? { titel: d.erfolg.veroeffentlicht, text: d.erfolg.veroeffentlichtText, link: zurueck }
      : { titel: d.erfolg.ausstehend, text: d.erfolg.ausstehendText, link: zurueck };
  },
  revalidate: (_data, eingabe) => [tag(eingabe.verfahren)],
});

export const bewerteAktion = action({
  schema: z.object({
    verfahren: z.string().min(1).max(200),
    beitrag: z.string().min(1).max(100),
    wert: z.string().min(1).max(40),
  }),
  auth: oeffentlich,
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | ReturnType<typeof ablehnen>> => {
    const d = beteiligungTexte(lang);
    const geladen = await verfahrenOderAblehnung(eingabe.verfahren, lang);
    if (!geladen.zeile) return geladen.ablehnung;
    const wer = await besucher();
    const ergebnis = await bewerte(db, {
      regeln: geladen.regeln,
      beitragId: eingabe.beitrag,
      person: await person(db, wer),
      wert: eingabe.wert,
      jetzt: new Date(),
      ...(wer.art === "eid" ? { identitaet: "eid" as const } : {}),
    });
    if (ergebnis.ok) return { titel: d.bewertung.gespeichert, text: "" };
    if (ergebnis.fehler === "identitaet" && wer.art === "anonym")
      return ablehnen({ formError: d.gesperrt.bewertenEmail });
    if (ergebnis.fehler === "eingabe" || ergebnis.fehler === "nicht-gefunden")
      return ablehnen({ formError: ergebnis.meldung[lang] });
    return ablehnen({
      formError: sperrMeldung(lang, geladen.regeln, "bewerten", kannGeben(wer), ergebnis.meldung),
    });
  },
  revalidate: (_data, eingabe) => [tag(eingabe.verfahren)],
});

export const meldeAktion = action({
  schema: z.object({
    verfahren: z.string().min(1).max(200),
    beitrag: z.string().min(1).max(100),
    grund: feld,
  }),
  auth: oeffentlich,
  rateLimit: meldungProAdresse,
  run: async (eingabe, { db, lang }): Promise<FormularErfolg | ReturnType<typeof ablehnen>> => {
    const d = beteiligungTexte(lang);
    const geladen = await verfahrenOderAblehnung(eingabe.verfahren, lang);
    if (!geladen.zeile) return geladen.ablehnung;
    const ergebnis = await melde(db, {
      beitragId: eingabe.beitrag,
      person: await person(db, await besucher()),
      grund: eingabe.grund,
      meldeschwelle: geladen.regeln.meldeschwelle,
      verfahrenId: geladen.regeln.verfahrenId,
    });
    if (!ergebnis.ok) {
      return ergebnis.fehler === "eingabe"
        ? ablehnen({ errors: { grund: ergebnis.meldung[lang] } })
        : ablehnen({ formError: ergebnis.meldung[lang] });
    }
    return { titel: ergebnis.gezaehlt ? d.melden.danke : d.melden.schonGemeldet, text: "" };
  },
  revalidate: (_data, eingabe) => [tag(eingabe.verfahren)],
});
