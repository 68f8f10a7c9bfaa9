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
type Baustein = string | { link: string; text: string };

/**
 * Plain text and simple HTML from the same blocks, everything interpolated escaped (an address
 * may contain characters that mean something in HTML).
 */
export function mail(an: string, betreff: string, sprache: Sprache, bausteine: Baustein[]): Mail {
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
