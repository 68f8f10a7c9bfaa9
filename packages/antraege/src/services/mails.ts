import { GRUSS, verfasseMail as mail } from "@portal/auth/server";
import type { Mail, Sprache } from "@portal/auth/types";
import { antraegeEnv } from "../env.ts";
import { FORTSETZUNG_TAGE } from "../types.ts";

/**
 * The pages the mails link to (to be built in apps/web): resuming a draft with its token, and
 * the account's list of applications.
 */
export const ANTRAG_PFADE = {
  fortsetzen: "/antrag/fortsetzen",
  meineAntraege: "/konto/antraege",
} as const;

export function antragLink(
  sprache: Sprache,
  pfad: keyof typeof ANTRAG_PFADE,
  token?: string,
  unterpfad?: string,
) {
  const url = new URL(
    `${antraegeEnv().PUBLIC_URL}/${sprache}${ANTRAG_PFADE[pfad]}${unterpfad ? `/${unterpfad}` : ""}`,
  );
  if (token !== undefined) url.searchParams.set("token", token);
  return url.toString();
}

const datumUhrzeit = (sprache: Sprache, zeitpunkt: Date) =>
  new Intl.DateTimeFormat(sprache === "de" ? "de-DE" : "en-GB", {
    timeZone: "Europe/Berlin",
    dateStyle: "long",
    timeStyle: "short",
  }).format(zeitpunkt);

/**
 * The resume link of a draft. Neither the answers nor the form's name: a mail travels and is
 * stored unencrypted, and even the name of a form can be telling (a disability card, a benefit).
 * Whoever has the link can open the draft, which the mail says plainly.
 */
export function fortsetzungsMail(an: string, sprache: Sprache, token: string): Mail {
  const link = antragLink(sprache, "fortsetzen", token);
  return sprache === "de"
    ? mail(an, "Ihr Link zum Fortsetzen Ihres Antrags", sprache, [
        "Guten Tag,",
        `Ihr Antragsentwurf im Serviceportal Sachsen ist gespeichert. Mit diesem Link setzen Sie ihn auf jedem Gerät fort. Der Link gilt ${FORTSETZUNG_TAGE} Tage; fordern Sie einen neuen an, gilt nur noch der neue.`,
        { link, text: "Antrag fortsetzen" },
        "Wer diesen Link kennt, kann Ihren Entwurf öffnen. Bitte leiten Sie die E-Mail nicht weiter. Wenn Sie keinen Antrag begonnen haben, können Sie diese Nachricht ignorieren.",
        GRUSS.de,
      ])
    : mail(an, "Your link to continue your application", sprache, [
        "Hello,",
        `Your draft application on the Saxony service portal is saved. Use this link to continue it on any device. The link is valid for ${FORTSETZUNG_TAGE} days; if you request a new one, only the new one works.`,
        { link, text: "Continue application" },
        "Anyone who knows this link can open your draft. Please do not forward this email. If you did not start an application, you can ignore this message.",
        GRUSS.en,
      ]);
}

/**
 * The confirmation of receipt: reference number, service, authority and time, never an answer
 * (the answers are encrypted for the authority; the receipt PDF is where the applicant keeps
 * them). Signed-in applicants get the link to their list of applications.
 */
export function eingangsMail(
  an: string,
  sprache: Sprache,
  {
    aktenzeichen,
    leistungsname,
    stellenname,
    eingegangenAm,
    mitKonto,
  }: {
    aktenzeichen: string;
    leistungsname: string;
    stellenname: string;
    eingegangenAm: Date;
    mitKonto: boolean;
  },
): Mail {
  const zeit = datumUhrzeit(sprache, eingegangenAm);
  if (sprache === "de") {
    return mail(an, `Ihr Antrag ist eingegangen (${aktenzeichen})`, sprache, [
      "Guten Tag,",
      `Ihr Antrag „${leistungsname}“ ist am ${zeit} Uhr bei ${stellenname} eingegangen.`,
      `Ihr Aktenzeichen: ${aktenzeichen}. Bitte geben Sie es bei Rückfragen an.`,
      ...(mitKonto
        ? [
            { link: antragLink(sprache, "meineAntraege"), text: "Zu Ihren Anträgen" },
            "Nachrichten der Behörde zu Ihrem Antrag erhalten Sie in Ihrem Postfach.",
          ]
        : []),
      "Aus Datenschutzgründen stehen Ihre Angaben nicht in dieser E-Mail.",
      GRUSS.de,
    ]);
  }
  return mail(an, `Your application has been received (${aktenzeichen})`, sprache, [
    "Hello,",
    `Your application “${leistungsname}” was received by ${stellenname} on ${zeit}.`,
    `Your reference number: ${aktenzeichen}. Please quote it if you have any questions.`,
    ...(mitKonto
      ? [
          { link: antragLink(sprache, "meineAntraege"), text: "Go to your applications" },
          "Messages from the authority about your application will arrive in your inbox.",
        ]
      : []),
    "To protect your data, your answers are not in this email.",
    GRUSS.en,
  ]);
}

/** What the pre-notification of a SEPA direct debit names (the IBAN masked, e.g. `DE89 **** 3000`). */
export type Vorabankuendigung = {
  betragCent: number;
  /** ISO date the debit is collected. */
  faelligAm: string;
  glaeubigerId: string;
  mandatsreferenz: string;
  kassenzeichen: string;
  iban: string;
};

/** 30,70 EUR / EUR 30.70 */
export const euro = (sprache: Sprache, cent: number) =>
  new Intl.NumberFormat(sprache === "de" ? "de-DE" : "en-GB", {
    style: "currency",
    currency: "EUR",
  }).format(cent / 100);

/** A calendar date (`YYYY-MM-DD`) in words: 21. Dezember 2026 / 21 December 2026. */
export const datumInWorten = (sprache: Sprache, iso: string) =>
  new Intl.DateTimeFormat(sprache === "de" ? "de-DE" : "en-GB", {
    timeZone: "UTC",
    dateStyle: "long",
  }).format(new Date(`${iso}T00:00:00Z`));

/**
 * The pre-notification of a SEPA direct debit (SDD Core rulebook: the debtor is told amount and
 * due date before the collection, 14 days by default), with the creditor identifier and the
 * mandate reference under which it arrives on the statement. The IBAN only masked: a mail
 * travels and is stored unencrypted.
 */
export function vorabankuendigungsMail(
  an: string,
  sprache: Sprache,
  v: Vorabankuendigung & { aktenzeichen: string },
): Mail {
  const betrag = euro(sprache, v.betragCent);
  const datum = datumInWorten(sprache, v.faelligAm);
  if (sprache === "de") {
    return mail(an, `Ankündigung Ihrer SEPA-Lastschrift (${v.aktenzeichen})`, sprache, [
      "Guten Tag,",
      `für Ihren Antrag ${v.aktenzeichen} ziehen wir die Gebühr von ${betrag} per SEPA-Lastschrift von Ihrem Konto ${v.iban} ein. Die Lastschrift wird voraussichtlich am ${datum} eingezogen.`,
      `Gläubiger-Identifikationsnummer: ${v.glaeubigerId}`,
      `Mandatsreferenz: ${v.mandatsreferenz}`,
      `Kassenzeichen: ${v.kassenzeichen}`,
      "Bitte sorgen Sie für ausreichende Deckung Ihres Kontos. Eine zurückgegebene Lastschrift kann Bankgebühren verursachen.",
      GRUSS.de,
    ]);
  }
  return mail(an, `Notice of your SEPA direct debit (${v.aktenzeichen})`, sprache, [
    "Hello,",
    `For your application ${v.aktenzeichen} the fee of ${betrag} will be collected by SEPA direct debit from your account ${v.iban}. The debit is planned for ${datum}.`,
    `Creditor identifier: ${v.glaeubigerId}`,
    `Mandate reference: ${v.mandatsreferenz}`,
    `Kassenzeichen (payment reference): ${v.kassenzeichen}`,
    "Please make sure there are sufficient funds in your account. A returned debit may cause bank charges.",
    GRUSS.en,
  ]);
}

/** Why a payment failed (a return reason in words, e.g. from `rueckgabegrund` of @portal/payments/sepa). */
export type Zahlungsgrund = { code: string; de: string; en: string };

/** The next step after a failed payment, for the mail and the Postfach. */
export const ZAHLUNG_NAECHSTER_SCHRITT = {
  de: "Bitte bezahlen Sie die Gebühr per Überweisung: Unter „Meine Anträge“ finden Sie bei diesem Antrag die Schaltfläche „Gebühr per Überweisung bezahlen“ und danach die Bankverbindung und das Kassenzeichen. Ihr Antrag bleibt bestehen.",
  en: "Please pay the fee by bank transfer: in “My applications”, this application has the button “Pay the fee by bank transfer”, which then shows the bank details and the Kassenzeichen. Your application remains in place.",
} as const;

/**
 * A failed payment (a returned or refused debit): why, in words, and what to do next. The
 * application stays; only the fee is still open.
 */
export function zahlungFehlgeschlagenMail(
  an: string,
  sprache: Sprache,
  {
    aktenzeichen,
    antragId,
    grund,
    mitKonto,
  }: { aktenzeichen: string; antragId: string; grund: Zahlungsgrund | null; mitKonto: boolean },
): Mail {
  const link = mitKonto
    ? [
        {
          link: antragLink(sprache, "meineAntraege", undefined, antragId),
          text: sprache === "de" ? "Zu Ihrem Antrag" : "Go to your application",
        },
      ]
    : [];
  if (sprache === "de") {
    return mail(an, `Die Gebühr für Ihren Antrag ist noch offen (${aktenzeichen})`, sprache, [
      "Guten Tag,",
      `die Zahlung der Gebühr für Ihren Antrag ${aktenzeichen} ist fehlgeschlagen. ${grund ? grund.de : "Die Bank hat keinen Grund genannt."}`,
      ZAHLUNG_NAECHSTER_SCHRITT.de,
      ...link,
      GRUSS.de,
    ]);
  }
  return mail(an, `The fee for your application is still open (${aktenzeichen})`, sprache, [
    "Hello,",
    `The payment of the fee for your application ${aktenzeichen} failed. ${grund ? grund.en : "The bank gave no reason."}`,
    ZAHLUNG_NAECHSTER_SCHRITT.en,
    ...link,
    GRUSS.en,
  ]);
}
