import { authEnv } from "../env.ts";
import type { Mail, Sprache } from "../types.ts";

/**
 * The pages the account mails link to (built in apps/web). One definition, so that the links
 * and the routes cannot drift apart.
 */
export const KONTO_PFADE = {
  bestaetigen: "/konto/bestaetigen",
  passwortNeu: "/konto/passwort-neu",
  anmelden: "/konto/anmelden",
  passwortVergessen: "/konto/passwort-vergessen",
  // Organisationen (issue 8)
  einladung: "/konto/einladung",
} as const;

/** An absolute link to an account page in a language, with an optional token. */
export function kontoLink(sprache: Sprache, pfad: keyof typeof KONTO_PFADE, token?: string) {
  const url = new URL(`${authEnv().PUBLIC_URL}/${sprache}${KONTO_PFADE[pfad]}`);
  if (token !== undefined) url.searchParams.set("token", token);
  return url.toString();
}

const maskiere = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/** A paragraph or a link, the only two things our mails contain. */
export type Mailbaustein = string | { link: string; text: string };

/**
 * Plain text and simple HTML from the same blocks, everything interpolated escaped (an address
 * may contain characters that mean something in HTML).
 */
export function mail(
  an: string,
  betreff: string,
  sprache: Sprache,
  bausteine: Mailbaustein[],
): Mail {
  const text = bausteine
    .map((b) => (typeof b === "string" ? b : `${b.text}:\n${b.link}`))
    .join("\n\n");
  const html = [
    `<!doctype html><html lang="${sprache}"><head><meta charset="utf-8"><title>${maskiere(betreff)}</title></head><body>`,
    ...bausteine.map((b) =>
      typeof b === "string"
        ? `<p>${maskiere(b)}</p>`
        : `<p><a href="${maskiere(b.link)}">${maskiere(b.text)}</a></p>`,
    ),
    "</body></html>",
  ].join("\n");
  return { an, betreff, text: `${text}\n`, html };
}

export const GRUSS = { de: "Ihr Serviceportal Sachsen", en: "Your Saxony service portal" } as const;

/** The link to confirm a new address (valid 24 hours). */
export function bestaetigungsMail(an: string, sprache: Sprache, token: string): Mail {
  const link = kontoLink(sprache, "bestaetigen", token);
  return sprache === "de"
    ? mail(an, "Bitte bestätigen Sie Ihre E-Mail-Adresse", sprache, [
        "Guten Tag,",
        `mit der Adresse ${an} wurde ein Servicekonto angelegt. Bitte bestätigen Sie, dass die Adresse Ihnen gehört. Der Link gilt 24 Stunden.`,
        { link, text: "E-Mail-Adresse bestätigen" },
        "Wenn Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren; das Konto wird nicht freigeschaltet.",
        GRUSS.de,
      ])
    : mail(an, "Please confirm your email address", sprache, [
        "Hello,",
        `a service account was created with the address ${an}. Please confirm that the address is yours. The link is valid for 24 hours.`,
        { link, text: "Confirm email address" },
        "If you did not create an account, you can ignore this message; the account will not be activated.",
        GRUSS.en,
      ]);
}

/**
 * To an address that already has an account, when someone registers with it again: the person
 * who registered learns nothing (the page says the same as for a new address), the owner learns
 * how to get in.
 */
export function schonRegistriertMail(an: string, sprache: Sprache): Mail {
  const anmelden = kontoLink(sprache, "anmelden");
  const vergessen = kontoLink(sprache, "passwortVergessen");
  return sprache === "de"
    ? mail(an, "Ihr Servicekonto besteht bereits", sprache, [
        "Guten Tag,",
        `gerade hat jemand versucht, mit der Adresse ${an} ein neues Servicekonto anzulegen. Für diese Adresse gibt es bereits ein Konto; es wurde nichts geändert.`,
        { link: anmelden, text: "Anmelden" },
        { link: vergessen, text: "Passwort vergessen? Neues Passwort festlegen" },
        "Wenn Sie das nicht waren, können Sie diese Nachricht ignorieren.",
        GRUSS.de,
      ])
    : mail(an, "Your service account already exists", sprache, [
        "Hello,",
        `someone just tried to create a new service account with the address ${an}. This address already has an account; nothing was changed.`,
        { link: anmelden, text: "Sign in" },
        { link: vergessen, text: "Forgotten your password? Set a new one" },
        "If this was not you, you can ignore this message.",
        GRUSS.en,
      ]);
}

/** The link to set a new password (valid 1 hour). */
export function zuruecksetzenMail(an: string, sprache: Sprache, token: string): Mail {
  const link = kontoLink(sprache, "passwortNeu", token);
  return sprache === "de"
    ? mail(an, "Neues Passwort für Ihr Servicekonto", sprache, [
        "Guten Tag,",
        `für das Servicekonto ${an} wurde ein neues Passwort angefordert. Der Link gilt eine Stunde. Danach sind Sie auf allen Geräten abgemeldet.`,
        { link, text: "Neues Passwort festlegen" },
        "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht; Ihr Passwort bleibt unverändert.",
        GRUSS.de,
      ])
    : mail(an, "New password for your service account", sprache, [
        "Hello,",
        `a new password was requested for the service account ${an}. The link is valid for one hour. Afterwards you will be signed out on all devices.`,
        { link, text: "Set a new password" },
        "If you did not request this, ignore this message; your password stays as it is.",
        GRUSS.en,
      ]);
}

// --- Data protection (issue 8) ---

/** A day as people write it in the language, in Saxony's time zone ("3. Februar 2027"). */
function tag(sprache: Sprache, datum: Date): string {
  return new Intl.DateTimeFormat(sprache === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Berlin",
  }).format(datum);
}

/**
 * After the account's deletion. `anlass: "inaktiv"` when the inactivity job deleted it, so the
 * person learns why (they did not ask for it).
 */
export function loeschMail(an: string, sprache: Sprache, anlass?: "inaktiv"): Mail {
  return sprache === "de"
    ? mail(an, "Ihr Servicekonto wurde gelöscht", sprache, [
        "Guten Tag,",
        anlass === "inaktiv"
          ? "Ihr Servicekonto wurde lange nicht genutzt und ist deshalb, wie angekündigt, mit allen darin gespeicherten Daten gelöscht worden."
          : "Ihr Servicekonto und alle darin gespeicherten Daten wurden gelöscht.",
        "Anträge, die Sie bei Behörden eingereicht haben, bewahren die Behörden nach ihren gesetzlichen Fristen auf. Sie können jederzeit ein neues Servicekonto anlegen.",
        GRUSS.de,
      ])
    : mail(an, "Your Servicekonto has been deleted", sprache, [
        "Hello,",
        anlass === "inaktiv"
          ? "Your Servicekonto had not been used for a long time and has therefore, as announced, been deleted with all data stored in it."
          : "Your Servicekonto and all data stored in it have been deleted.",
        "Applications you submitted to authorities are kept by those authorities for the periods the law sets. You can create a new Servicekonto at any time.",
        GRUSS.en,
      ]);
}

/**
 * The warning before an unused account is deleted: when, and that signing in once keeps it. It
 * names no data of the account (a mail may be read by others).
 */
export function inaktivitaetsWarnungMail(
  an: string,
  sprache: Sprache,
  { loeschAm, inaktivTage }: { loeschAm: Date; inaktivTage: number },
): Mail {
  const anmelden = kontoLink(sprache, "anmelden");
  const datum = tag(sprache, loeschAm);
  const jahre = inaktivTage % 365 === 0 ? inaktivTage / 365 : null;
  return sprache === "de"
    ? mail(an, "Ihr Servicekonto wird bald gelöscht", sprache, [
        "Guten Tag,",
        `Sie haben sich seit ${jahre ? (jahre === 1 ? "einem Jahr" : `${jahre} Jahren`) : `${inaktivTage} Tagen`} nicht mehr bei Ihrem Servicekonto ${an} angemeldet. Damit keine Daten länger als nötig gespeichert bleiben, löschen wir unbenutzte Konten.`,
        `Ihr Konto wird am ${datum} oder kurz danach mit allen darin gespeicherten Daten gelöscht. Wenn Sie es behalten möchten, melden Sie sich vorher einmal an; dann bleibt es bestehen.`,
        { link: anmelden, text: "Anmelden und Konto behalten" },
        "Wenn Sie das Konto nicht mehr brauchen, müssen Sie nichts tun.",
        GRUSS.de,
      ])
    : mail(an, "Your Servicekonto will be deleted soon", sprache, [
        "Hello,",
        `you have not signed in to your Servicekonto ${an} for ${jahre ? (jahre === 1 ? "a year" : `${jahre} years`) : `${inaktivTage} days`}. So that no data is kept longer than needed, we delete unused accounts.`,
        `Your account will be deleted with all data stored in it on ${datum} or shortly after. If you want to keep it, sign in once before then and it stays.`,
        { link: anmelden, text: "Sign in and keep the account" },
        "If you no longer need the account, you do not have to do anything.",
        GRUSS.en,
      ]);
}
