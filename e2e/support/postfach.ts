import { expect } from "@playwright/test";
import pg from "pg";
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

/** A message with one attachment to the account of `email`; returns the ids. */
export async function legeNachrichtAn(email: string) {
  const client = new pg.Client({ connectionString: e2eEnv.portalDatabaseUrl });
  await client.connect();
  try {
    const n = await client.query<{ id: string }>(
      `insert into nachricht (konto_id, absender_oe_schluessel, absender_name, betreff, text)
       select id, 'oe:e2e', 'Landratsamt Meißen', 'Ihr Bescheid über die Hundesteuer', $2
       from konto where email = $1 returning id`,
      [email, "Sehr geehrte Damen und Herren,\n\nanbei Ihr Bescheid.\n<script>alert(1)</script>"],
    );
    const nachrichtId = n.rows[0]?.id;
    if (!nachrichtId) throw new Error(`no account ${email}`);
    const a = await client.query<{ id: string }>(
      `insert into nachricht_anhang (nachricht_id, dateiname, medientyp, groesse, inhalt)
       values ($1, 'Bescheid Hundesteuer 2026 – Größe.pdf', 'application/pdf', 9, $2) returning id`,
      [nachrichtId, Buffer.from("%PDF-1.7\n")],
    );
    return { nachrichtId, anhangId: a.rows[0]?.id ?? "" };
  } finally {
    await client.end();
  }
}
