import { expect } from "@playwright/test";
import { e2eEnv } from "../env";

/** A mail as the stack's mail catcher has it (tooling/mailcatcher). */
export type GefangeneMail = {
  id: string;
  an: string[];
  betreff: string;
  text: string;
  html: string;
};

/** Waits until a mail to `an` whose subject matches arrives in the catcher, and returns it. */
export async function warteAufMail(an: string, betreff: RegExp): Promise<GefangeneMail> {
  let gefunden: GefangeneMail | undefined;
  await expect
    .poll(
      async () => {
        const res = await fetch(`${e2eEnv.mailUrl}/api/mails?an=${encodeURIComponent(an)}`);
        const mails = (await res.json()) as GefangeneMail[];
        gefunden = mails.find((m) => betreff.test(m.betreff));
        return Boolean(gefunden);
      },
      { message: `a mail to ${an} about ${betreff}`, timeout: 30_000 },
    )
    .toBe(true);
  return gefunden as GefangeneMail;
}

/** The first link of a mail's text part that leads to `pfad` on the portal. */
export function linkAus(mail: GefangeneMail, pfad: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname === pfad);
  if (!link) throw new Error(`no link to ${pfad} in "${mail.betreff}"`);
  return link;
}
