import type { Mail, Sprache } from "@portal/auth/types";
import { postfachEnv } from "../env.ts";

/** The page the notification links to (apps/web/src/app/[lang]/konto/postfach). */
export const POSTFACH_PFAD = "/konto/postfach";

export const postfachLink = (sprache: Sprache) =>
  `${postfachEnv().PUBLIC_URL}/${sprache}${POSTFACH_PFAD}`;

const maskiere = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/**
 * "You have a new message from <authority>", and a link. Never the subject or the text: a mail
 * travels and is stored unencrypted, the Postfach is where the content is protected (the reason
 * it exists, OZG § 2 Abs. 7 / § 9). The authority's name is no secret (it sends paper letters
 * with its name on the envelope too).
 */
export function benachrichtigungsMail(an: string, sprache: Sprache, absenderName: string): Mail {
  const link = postfachLink(sprache);
  const t =
    sprache === "de"
      ? {
          betreff: "Neue Nachricht in Ihrem Postfach",
          absatz: `Sie haben eine neue Nachricht von ${absenderName} in Ihrem Postfach im Serviceportal Sachsen.`,
          linkText: "Zum Postfach",
          hinweis:
            "Aus Datenschutzgründen steht der Inhalt nicht in dieser E-Mail. Bitte melden Sie sich an, um die Nachricht zu lesen.",
          gruss: "Ihr Serviceportal Sachsen",
        }
      : {
          betreff: "New message in your inbox",
          absatz: `You have a new message from ${absenderName} in your inbox on the Saxony service portal.`,
          linkText: "Go to your inbox",
          hinweis:
            "To protect your data, the content is not in this email. Please sign in to read the message.",
          gruss: "Your Saxony service portal",
        };
  const text = `${t.absatz}\n\n${t.linkText}:\n${link}\n\n${t.hinweis}\n\n${t.gruss}\n`;
  const html = [
    `<!doctype html><html lang="${sprache}"><head><meta charset="utf-8"><title>${maskiere(t.betreff)}</title></head><body>`,
    `<p>${maskiere(t.absatz)}</p>`,
    `<p><a href="${maskiere(link)}">${maskiere(t.linkText)}</a></p>`,
    `<p>${maskiere(t.hinweis)}</p>`,
    `<p>${maskiere(t.gruss)}</p>`,
    "</body></html>",
  ].join("\n");
  return { an, betreff: t.betreff, text, html };
}
