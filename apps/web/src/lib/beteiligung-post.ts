import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { GRUSS, kontoSchluessel, mailsProEmpfaenger, verfasseMail } from "@portal/auth/server";
import type { Mail } from "@portal/auth/types";
import { getDb } from "@portal/db/client";
import { stelleZu } from "@portal/mail/server";
import { consume } from "@portal/ratelimit/server";
import type { Lang } from "@/i18n/sprache";
import { publicUrl, sitzungsSchluessel } from "@/lib/env";
import { getJobs } from "@/lib/jobs";

// What every participation form shares, on the portal's pages and in the embedded widget: the
// confirmation mail of an anonymous contribution, and the signed time the form was shown.

/**
 * Mail through the job queue, at most `mailsProEmpfaenger` an hour to one address whoever asks
 * (as the account mails): the forms cannot be used to flood someone's mailbox. A mail over the
 * limit is dropped without telling the sender.
 */
export async function postBeteiligung(mail: Mail): Promise<void> {
  const db = getDb();
  const verdict = await consume(db, mailsProEmpfaenger, await kontoSchluessel(db, mail.an));
  if (!verdict.ok) {
    console.warn(`[beteiligung] mail dropped: recipient over ${mailsProEmpfaenger.name}`);
    return;
  }
  await stelleZu(await getJobs(), mail);
}

/** The page that confirms a contribution (a button there confirms: scanners follow links). */
export function bestaetigungsLink(lang: Lang, token: string): string {
  const url = new URL(`${publicUrl()}/${lang}/beteiligung/bestaetigen`);
  url.searchParams.set("token", token);
  return url.toString();
}

/**
 * The link that makes an anonymous contribution count (valid 48 hours, `bestaetigeBeitrag`).
 * Neither the text nor the name: only the procedure's title, which is public anyway.
 */
export function beitragsBestaetigungsMail(
  an: string,
  lang: Lang,
  { token, verfahrenTitel }: { token: string; verfahrenTitel: string },
): Mail {
  const link = bestaetigungsLink(lang, token);
  return lang === "de"
    ? verfasseMail(an, "Bitte bestätigen Sie Ihren Beitrag", lang, [
        "Guten Tag,",
        `mit dieser E-Mail-Adresse wurde ein Beitrag zum Beteiligungsverfahren „${verfahrenTitel}“ eingereicht. Er wird erst berücksichtigt, wenn Sie ihn bestätigen. Der Link gilt 48 Stunden; danach wird der Beitrag gelöscht.`,
        { link, text: "Beitrag bestätigen" },
        "Wenn Sie keinen Beitrag eingereicht haben, können Sie diese Nachricht ignorieren.",
        GRUSS.de,
      ])
    : verfasseMail(an, "Please confirm your contribution", lang, [
        "Hello,",
        `a contribution to the participation procedure “${verfahrenTitel}” was submitted with this email address. It counts only once you confirm it. The link is valid for 48 hours; after that the contribution is deleted.`,
        { link, text: "Confirm contribution" },
        "If you did not submit a contribution, you can ignore this message.",
        GRUSS.en,
      ]);
}

const schluessel = () =>
  createHmac("sha256", sitzungsSchluessel()).update("beteiligung-angezeigt-um").digest();

const signatur = (ms: string) => createHmac("sha256", schluessel()).update(ms).digest("base64url");

/**
 * The hidden `angezeigtUm` of an anonymous form: when it was shown, signed, so that a script
 * cannot claim it waited (the domain refuses a form sent less than 3 s after it was shown).
 */
export function signiereAnzeige(jetzt: Date = new Date()): string {
  const ms = String(jetzt.getTime());
  return `${ms}.${signatur(ms)}`;
}

/**
 * The time a form was shown, if `wert` is one `signiereAnzeige` made; `undefined` otherwise
 * (missing, forged, malformed): the domain then refuses with `zu-schnell`.
 */
export function pruefeAnzeige(wert: unknown): Date | undefined {
  if (typeof wert !== "string" || wert.length > 100) return undefined;
  const [ms, sig, ...rest] = wert.split(".");
  if (!ms || !sig || rest.length > 0 || !/^\d{1,15}$/.test(ms)) return undefined;
  const erwartet = Buffer.from(signatur(ms));
  const gegeben = Buffer.from(sig);
  if (erwartet.length !== gegeben.length || !timingSafeEqual(erwartet, gegeben)) return undefined;
  return new Date(Number(ms));
}
