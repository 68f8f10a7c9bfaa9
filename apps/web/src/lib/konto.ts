import "server-only";
import { kontoSchluessel, mailsProEmpfaenger } from "@portal/auth/server";
import type { Mail } from "@portal/auth/types";
import { MAX_PASSWORT, MIN_PASSWORT } from "@portal/auth/types";
import { getDb } from "@portal/db/client";
import { stelleZu } from "@portal/mail/server";
import { consume } from "@portal/ratelimit/server";
import type { FormularTexte } from "@/components/formular";
import { aktionTexte } from "@/i18n/aktion";
import { allgemeinTexte } from "@/i18n/allgemein";
import { fill } from "@/i18n/format";
import { kontoTexte } from "@/i18n/konto";
import type { Lang } from "@/i18n/sprache";
import type { FieldIssue } from "@/lib/action";
import { getJobs } from "@/lib/jobs";

// What the Servicekonto's pages and actions share: mail delivery through the queue, and the
// wording of the refusals the account domain gives.

/**
 * The account domain's `post`: every mail goes through the job queue (retried, kept on restart).
 * A recipient gets at most `mailsProEmpfaenger` account mails an hour, whoever asks for them, so
 * the forms cannot be used to flood someone's mailbox; a mail over the limit is dropped without
 * telling the sender (who must not learn whether the address has an account).
 */
export const post = async (mail: Mail): Promise<void> => {
  const db = getDb();
  const verdict = await consume(db, mailsProEmpfaenger, await kontoSchluessel(db, mail.an));
  if (!verdict.ok) {
    console.warn(`[konto] mail dropped: recipient over ${mailsProEmpfaenger.name}`);
    return;
  }
  await stelleZu(await getJobs(), mail);
};

/** Why the domain refused a password or a link, in the page language. */
export function kontoFehler(
  lang: Lang,
  grund: "zuKurz" | "zuLang" | "haeufig" | "wieEmail" | "ungueltig" | "abgelaufen" | "verbraucht",
): string {
  const d = kontoTexte(lang).fehler;
  switch (grund) {
    case "zuKurz":
      return fill(d.zuKurz, { min: String(MIN_PASSWORT) });
    case "zuLang":
      return fill(d.zuLang, { max: String(MAX_PASSWORT) });
    case "haeufig":
      return d.haeufig;
    case "wieEmail":
      return d.wieEmail;
    default:
      return d.link;
  }
}

/** The account forms' own wording of field errors (the rest is action()'s shared wording). */
export function kontoFeldfehler(issue: FieldIssue, lang: Lang): string | undefined {
  const d = kontoTexte(lang).fehler;
  if (issue.field === "email" && issue.kind !== "pflicht") return d.email;
  if (issue.field === "passwortWiederholung" && issue.kind === "ungueltig") return d.wiederholung;
  if (issue.field === "passwort" && issue.kind === "zuKurz") return kontoFehler(lang, "zuKurz");
  if (issue.field === "passwort" && issue.kind === "zuLang") return kontoFehler(lang, "zuLang");
  return undefined;
}

/** The strings every account form shows, with its submit button's label. */
export function formularTexte(lang: Lang, senden: string): FormularTexte {
  const a = allgemeinTexte(lang);
  return {
    errorSummary: a.errorSummary,
    errorPrefix: a.errorPrefix,
    successPrefix: a.successPrefix,
    nichtGesendet: aktionTexte(lang).nichtGesendet,
    senden,
  };
}

/** The fields of a new password with its repetition. */
export function neuesPasswortFelder(lang: Lang) {
  const f = kontoTexte(lang).felder;
  return [
    {
      art: "eingabe",
      name: "passwort",
      label: f.neuesPasswort,
      type: "password",
      autoComplete: "new-password",
      hint: fill(f.passwortHinweis, { min: String(MIN_PASSWORT) }),
    },
    {
      art: "eingabe",
      name: "passwortWiederholung",
      label: f.passwortWiederholung,
      type: "password",
      autoComplete: "new-password",
    },
  ] as const;
}
