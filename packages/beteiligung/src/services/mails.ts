import { GRUSS, verfasseMail as mail } from "@portal/auth/server";
import type { Mail, Sprache } from "@portal/auth/types";
import { beteiligungEnv } from "../env.ts";
import { BESTAETIGUNG_STUNDEN } from "../types.ts";

// The participation mails: the subscription's confirmation, a new phase, a reply to one's
// contribution. None carries a contribution's text or anybody's name: a mail travels and is
// stored unencrypted, and the reply is on the portal for whoever follows the link.

/** The pages the mails link to (apps/web/src/app/[lang]/beteiligung/…). */
export const BETEILIGUNG_PFADE = {
  verfahren: "/beteiligung",
  aboBestaetigen: "/beteiligung/abo/bestaetigen",
  aboAbmelden: "/beteiligung/abo/abmelden",
} as const;

/** An absolute link to a procedure (`slug`) or to a subscription page with its token. */
export function beteiligungLink(
  sprache: Sprache,
  ziel:
    | { slug: string; anker?: string }
    | { pfad: "aboBestaetigen" | "aboAbmelden"; token: string },
): string {
  const basis = `${beteiligungEnv().PUBLIC_URL}/${sprache}`;
  if ("slug" in ziel) {
    const url = new URL(`${basis}${BETEILIGUNG_PFADE.verfahren}/${encodeURIComponent(ziel.slug)}`);
    if (ziel.anker) url.hash = ziel.anker;
    return url.toString();
  }
  const url = new URL(`${basis}${BETEILIGUNG_PFADE[ziel.pfad]}`);
  url.searchParams.set("token", ziel.token);
  return url.toString();
}

const abmelden = (sprache: Sprache, abmeldeToken: string) => ({
  link: beteiligungLink(sprache, { pfad: "aboAbmelden", token: abmeldeToken }),
  text: sprache === "de" ? "Benachrichtigungen abbestellen" : "Unsubscribe from notifications",
});

/** The double opt-in: the link that starts the subscription (valid 48 hours). */
export function aboBestaetigungsMail(
  an: string,
  sprache: Sprache,
  p: { verfahrenTitel: string; bestaetigungsToken: string; abmeldeToken: string },
): Mail {
  const link = beteiligungLink(sprache, { pfad: "aboBestaetigen", token: p.bestaetigungsToken });
  return sprache === "de"
    ? mail(an, "Bitte bestätigen Sie Ihr Abonnement", sprache, [
        "Guten Tag,",
        `mit dieser E-Mail-Adresse wurden Benachrichtigungen zum Beteiligungsverfahren „${p.verfahrenTitel}“ bestellt. Sie erhalten sie erst, wenn Sie das bestätigen. Der Link gilt ${BESTAETIGUNG_STUNDEN} Stunden.`,
        { link, text: "Abonnement bestätigen" },
        "Wenn Sie nichts bestellt haben, können Sie diese Nachricht ignorieren; ohne Bestätigung wird die Adresse gelöscht.",
        abmelden(sprache, p.abmeldeToken),
        GRUSS.de,
      ])
    : mail(an, "Please confirm your subscription", sprache, [
        "Hello,",
        `notifications about the participation procedure “${p.verfahrenTitel}” were requested for this email address. You get them only once you confirm. The link is valid for ${BESTAETIGUNG_STUNDEN} hours.`,
        { link, text: "Confirm subscription" },
        "If you did not request anything, you can ignore this message; without confirmation the address is deleted.",
        abmelden(sprache, p.abmeldeToken),
        GRUSS.en,
      ]);
}

/** A new phase of a subscribed procedure has begun. */
export function phasenMail(
  an: string,
  sprache: Sprache,
  p: { verfahrenTitel: string; slug: string; phaseTitel: string; ende: Date; abmeldeToken: string },
): Mail {
  const link = beteiligungLink(sprache, { slug: p.slug });
  const bis = new Intl.DateTimeFormat(sprache === "de" ? "de-DE" : "en-GB", {
    timeZone: "Europe/Berlin",
    dateStyle: "long",
  }).format(p.ende);
  return sprache === "de"
    ? mail(an, `Neue Phase: ${p.verfahrenTitel}`.slice(0, 300), sprache, [
        "Guten Tag,",
        `im Beteiligungsverfahren „${p.verfahrenTitel}“ hat die Phase „${p.phaseTitel}“ begonnen. Sie läuft bis ${bis}.`,
        { link, text: "Zum Verfahren" },
        "Sie erhalten diese Nachricht, weil Sie Benachrichtigungen zu diesem Verfahren bestellt haben.",
        abmelden(sprache, p.abmeldeToken),
        GRUSS.de,
      ])
    : mail(an, `New phase: ${p.verfahrenTitel}`.slice(0, 300), sprache, [
        "Hello,",
        `in the participation procedure “${p.verfahrenTitel}” the phase “${p.phaseTitel}” has begun. It runs until ${bis}.`,
        { link, text: "Go to the procedure" },
        "You get this message because you subscribed to notifications about this procedure.",
        abmelden(sprache, p.abmeldeToken),
        GRUSS.en,
      ]);
}

/**
 * Someone replied to the recipient's contribution. Only the procedure's title (public) and the
 * link: neither the reply's text nor its author's name, which are another person's data.
 */
export function antwortMail(
  an: string,
  sprache: Sprache,
  p: { verfahrenTitel: string; slug: string; beitragId: string },
): Mail {
  const link = beteiligungLink(sprache, { slug: p.slug, anker: `beitrag-${p.beitragId}` });
  return sprache === "de"
    ? mail(an, "Neue Antwort auf Ihren Beitrag", sprache, [
        "Guten Tag,",
        `auf Ihren Beitrag im Beteiligungsverfahren „${p.verfahrenTitel}“ wurde geantwortet.`,
        { link, text: "Antwort lesen" },
        "Sie erhalten diese Nachricht einmal je Antwort, weil Sie diesen Beitrag mit Ihrer E-Mail-Adresse oder Ihrem Servicekonto eingereicht haben.",
        GRUSS.de,
      ])
    : mail(an, "New reply to your contribution", sprache, [
        "Hello,",
        `someone replied to your contribution in the participation procedure “${p.verfahrenTitel}”.`,
        { link, text: "Read the reply" },
        "You get this message once per reply because you submitted this contribution with your email address or your service account.",
        GRUSS.en,
      ]);
}
