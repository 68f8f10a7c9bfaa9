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

export function antragLink(sprache: Sprache, pfad: keyof typeof ANTRAG_PFADE, token?: string) {
  const url = new URL(`${antraegeEnv().PUBLIC_URL}/${sprache}${ANTRAG_PFADE[pfad]}`);
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
