import "server-only";
import { entwurfsdateienIn, identifikationsVerfahren, reicheEin } from "@portal/antraege/server";
import { ladeEinmaligeIdentifikation } from "@portal/auth/server";
import { erstelleEingangsbestaetigung } from "@portal/beleg/server";
import type { Database } from "@portal/db/client";
import type { GesamtErgebnis } from "@portal/forms/server";
import {
  aktenzeichenPraefixVon,
  profilwerteAus,
  pruefeAlles,
  zugangVon,
  zusammenfassung,
} from "@portal/forms/server";
import type { Antworten, Formulardefinition } from "@portal/forms/types";
import type { PaymentIntent } from "@portal/payments/server";
import { antragTexte } from "@/i18n/antrag";
import type { Lang } from "@/i18n/sprache";
import { zahlungTexte } from "@/i18n/zahlung";
import { ablage, post, verschluessele } from "@/lib/antraege";
import {
  antragsanlage,
  belegInfoPfad,
  belegPfad,
  entwurfsdatei,
  findeZustaendigkeit,
  type Lauf,
  ladeLauf,
  loescheEntwurfCookie,
  neuerBelegToken,
  setzeBelegCookie,
  uploadsIn,
} from "@/lib/antrag";
import { gebuehrBei, zahlungsangaben, zahlungsZeilen } from "@/lib/zahlung";

// Submitting an application from the web runner: the checks only the whole draft allows, the
// attachments encrypted for the authority, @portal/antraege's `reicheEin` (one transaction,
// once however often it is sent), then the receipt.

export type Ablehnung = { errors?: { email?: string; stelle?: string }; formError?: string };

/** What the confirmation page of an application shows (kept with the receipt without an account). */
export type Eingangsinfo = {
  aktenzeichen: string;
  leistung: { de: string; en: string };
  stelle: string;
  eingegangenAm: string;
  formular: string;
  /** The fee's payment intent, when the form has one paid before submission. */
  zahlungIntentId?: string;
};

/** The one-off eID identification stored with a draft, if still valid for it. */
export async function identifikationVon(db: Database, lauf: Lauf) {
  const id = lauf.entwurf.einmaligeIdentifikationId;
  if (!id) return null;
  return ladeEinmaligeIdentifikation(db, {
    id,
    verfahren: identifikationsVerfahren(lauf.entwurf.id),
  });
}

/** The receipt's sections: the summary's rows grouped by the page they are on. */
function abschnitte(def: Formulardefinition, antworten: Antworten, lang: Lang) {
  const gruppen: { titel: string; zeilen: { label: string; wert: string }[] }[] = [];
  for (const z of zusammenfassung(def, antworten, lang)) {
    const letzte = gruppen.at(-1);
    if (letzte && letzte.titel === z.seiteTitel)
      letzte.zeilen.push({ label: z.label, wert: z.wert });
    else gruppen.push({ titel: z.seiteTitel, zeilen: [{ label: z.label, wert: z.wert }] });
  }
  return gruppen;
}

/** A draft ready to be submitted, with everything the submission needs (`pruefeEinreichung`). */
export type Bereit = {
  lauf: Lauf;
  gesamt: GesamtErgebnis;
  imKonto: boolean;
  identifikation: Awaited<ReturnType<typeof identifikationVon>>;
  stelle: Extract<Awaited<ReturnType<typeof findeZustaendigkeit>>, { art: "eindeutig" }>["stelle"];
};

/**
 * The checks only the whole draft allows, before it is submitted (or, for a form with a fee paid
 * before submission, before the payment page): complete and valid, the applicant signed in or
 * identified as the form requires, an address for the confirmation without an account, one
 * authority found that receives online.
 */
export async function pruefeEinreichung(
  db: Database,
  eingabe: {
    lang: Lang;
    schluessel: string;
    entwurfId: string;
    email: string | null;
    stelle?: string;
  },
): Promise<({ ok: true } & Bereit) | { ok: false; ablehnung: Ablehnung }> {
  const { lang } = eingabe;
  const d = antragTexte(lang);
  const lauf = await ladeLauf(db, { schluessel: eingabe.schluessel, entwurfId: eingabe.entwurfId });
  if (!lauf) return { ok: false, ablehnung: { formError: d.nichtGefunden } };
  if (lauf.neuere) return { ok: false, ablehnung: { formError: d.neueVersionTitel } };
  const { def, angemeldet } = lauf;
  const gesamt = pruefeAlles(def, lauf.antworten, { lang });
  if (!gesamt.ok) return { ok: false, ablehnung: { formError: d.unvollstaendig } };

  // Who submits: the account, or the resume token's holder (identified with the eID where the
  // form asks for it); without an account the confirmation goes to the address given here.
  const zugang = zugangVon(def);
  const imKonto = angemeldet !== null && "kontoId" in lauf.zugang;
  const identifikation = imKonto ? null : await identifikationVon(db, lauf);
  if (!imKonto && zugang === "servicekonto")
    return { ok: false, ablehnung: { formError: d.nichtGefunden } };
  if (!imKonto && zugang === "servicekonto-oder-eid" && !identifikation) {
    return { ok: false, ablehnung: { formError: d.identifikationUngueltig } };
  }
  if (!imKonto && !eingabe.email)
    return { ok: false, ablehnung: { errors: { email: d.emailFehlt } } };

  const zustaendig = await findeZustaendigkeit(db, {
    def,
    antworten: gesamt.antworten,
    wahl: eingabe.stelle,
  });
  if (zustaendig.art === "unbekannt")
    return { ok: false, ablehnung: { formError: d.zustaendigUnbekannt } };
  if (zustaendig.art === "wahl")
    return { ok: false, ablehnung: { errors: { stelle: d.zustaendigWahl } } };
  const { stelle } = zustaendig;
  if (!stelle.online) {
    return {
      ok: false,
      ablehnung: { formError: d.zustaendigKeinOnline.replace("{stelle}", stelle.name) },
    };
  }

  return {
    ok: true,
    lauf,
    gesamt,
    imKonto,
    identifikation,
    stelle,
  };
}

/** The fee's payment confirmed on the payment page, for the application and the receipt. */
export type BezahlteGebuehr = {
  intent: PaymentIntent;
};

export async function reicheAntragEin(
  db: Database,
  eingabe: {
    lang: Lang;
    schluessel: string;
    entwurfId: string;
    email: string | null;
    stelle?: string;
    /** The fee, when the form has one paid before submission and it was confirmed. */
    zahlung?: BezahlteGebuehr;
  },
): Promise<{ ok: true; antragId: string } | { ok: false; ablehnung: Ablehnung }> {
  const bereit = await pruefeEinreichung(db, eingabe);
  if (!bereit.ok) return bereit;
  return reicheBereitEin(db, { ...eingabe, bereit });
}

/** Submits a draft `pruefeEinreichung` found ready (the payment page checks it before paying). */
export async function reicheBereitEin(
  db: Database,
  eingabe: {
    lang: Lang;
    email: string | null;
    bereit: Bereit;
    zahlung?: BezahlteGebuehr;
  },
): Promise<{ ok: true; antragId: string } | { ok: false; ablehnung: Ablehnung }> {
  const { lang } = eingabe;
  const d = antragTexte(lang);
  const { lauf, gesamt, imKonto, identifikation, stelle } = eingabe.bereit;
  const { def, angemeldet } = lauf;
  const zahlung = eingabe.zahlung ? zahlungsangaben(eingabe.zahlung.intent) : null;
  // A fee paid before submission: only with this draft's confirmed payment (the payment page
  // passes it; nothing else may submit such a form without one).
  if (await gebuehrBei(db, def, stelle.schluessel)) {
    const intent = eingabe.zahlung?.intent;
    const bestaetigt =
      intent &&
      intent.metadata.entwurf === lauf.entwurf.id &&
      (intent.status === "processing" || intent.status === "succeeded");
    if (!bestaetigt) return { ok: false, ablehnung: { formError: d.fehlgeschlagen } };
  }

  // The attachments, encrypted for the authority under names that follow from the draft, so a
  // second request (a double click) writes the same files and finds them if the first one has
  // already removed the draft's copies.
  const speicher = ablage();
  const uploads = uploadsIn(gesamt.antworten);
  const anlagen = [];
  for (const u of uploads) {
    const ziel = antragsanlage(lauf.entwurf.id, u.id);
    const bytes = await speicher.lade(entwurfsdatei(lauf.entwurf.id, u.id));
    if (bytes) {
      const jwe = await verschluessele(stelle.schluessel, bytes);
      await speicher.speichere(ziel, new TextEncoder().encode(jwe));
    } else if (!(await speicher.lade(ziel))) {
      return { ok: false, ablehnung: { formError: d.fehlgeschlagen } };
    }
    anlagen.push({
      dateiname: u.dateiname,
      medientyp: u.medientyp,
      groesse: u.groesse,
      ablageSchluessel: ziel,
    });
  }

  const leistungsname = def.titel[lang];
  const ergebnis = await reicheEin(db, {
    entwurfId: lauf.entwurf.id,
    berechtigung: imKonto
      ? { kontoId: angemeldet!.konto.id, vertrauensniveau: angemeldet!.sitzung.vertrauensniveau }
      : {
          token: (lauf.zugang as { token: string }).token,
          ...(identifikation ? { einmaligeIdentifikationId: identifikation.id } : {}),
        },
    leistung: def.leistung,
    leistungsname,
    oeSchluessel: stelle.schluessel,
    stellenname: stelle.name,
    praefix: aktenzeichenPraefixVon(def),
    antworten: gesamt.antworten as Record<string, unknown>,
    anlagen,
    idempotenzSchluessel: lauf.entwurf.id,
    verschluessele,
    post,
    bestaetigungAn: imKonto || !eingabe.email ? null : { email: eingabe.email, sprache: lang },
    ...(zahlung && eingabe.zahlung
      ? {
          zahlung: {
            intentId: eingabe.zahlung.intent.id,
            ...(zahlung.lastschrift
              ? {
                  vorabankuendigung: {
                    betragCent: zahlung.betragCent,
                    faelligAm: zahlung.lastschrift.faelligAm,
                    glaeubigerId: zahlung.lastschrift.glaeubigerId,
                    mandatsreferenz: zahlung.lastschrift.mandatsreferenz,
                    kassenzeichen: zahlung.kassenzeichen,
                    iban: zahlung.lastschrift.iban,
                  },
                }
              : {}),
          },
        }
      : {}),
  });
  if (!ergebnis.ok) {
    return {
      ok: false,
      ablehnung: {
        formError:
          ergebnis.fehler === "identifikation-ungueltig"
            ? d.identifikationUngueltig
            : d.nichtGefunden,
      },
    };
  }
  const { antrag } = ergebnis;
  if (ergebnis.neu) {
    // The receipt, with every answer: for the account under the application, otherwise under a
    // token only this browser gets.
    const profil = profilwerteAus(def, gesamt.antworten);
    const pdf = await erstelleEingangsbestaetigung({
      aktenzeichen: antrag.aktenzeichen,
      leistung: def.titel,
      behoerde: { name: stelle.name, ...(stelle.anschrift ? { anschrift: stelle.anschrift } : {}) },
      eingegangenAm: antrag.eingegangenAm,
      antragsteller:
        [profil.vorname, profil.nachname].filter(Boolean).join(" ") ||
        [identifikation?.attribute.vornamen, identifikation?.attribute.familienname]
          .filter(Boolean)
          .join(" ") ||
        undefined,
      abschnitte: [
        ...abschnitte(def, gesamt.antworten, lang),
        ...(zahlung
          ? [{ titel: zahlungTexte(lang).zahlungTitel, zeilen: zahlungsZeilen(zahlung, lang) }]
          : []),
      ],
      anlagen: uploads.map((u) => ({ dateiname: u.dateiname, groesse: u.groesse })),
      lang,
    });
    if (imKonto) {
      await speicher.speichere(belegPfad(antrag.id), pdf);
    } else {
      const token = neuerBelegToken();
      const info: Eingangsinfo = {
        aktenzeichen: antrag.aktenzeichen,
        leistung: def.titel,
        stelle: stelle.name,
        eingegangenAm: antrag.eingegangenAm.toISOString(),
        formular: def.schluessel,
        ...(eingabe.zahlung ? { zahlungIntentId: eingabe.zahlung.intent.id } : {}),
      };
      await speicher.speichere(belegPfad(antrag.id, token), pdf);
      await speicher.speichere(
        belegInfoPfad(antrag.id, token),
        new TextEncoder().encode(JSON.stringify(info)),
      );
      await setzeBelegCookie(antrag.id, token);
    }
    // Every file the draft named, also those of a page's input that never became an answer.
    for (const s of entwurfsdateienIn(lauf.entwurf.id, lauf.entwurf.antworten))
      await speicher.loesche(s);
    if (!imKonto) await loescheEntwurfCookie(lauf.entwurf.id);
  }
  return { ok: true, antragId: antrag.id };
}
