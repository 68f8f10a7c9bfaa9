"use server";

import { aboBestaetigungsMail, abonniere, ladeVerfahren } from "@portal/beteiligung/server";
import { clientAddress, clientKey } from "@portal/ratelimit/server";
import { headers } from "next/headers";
import { z } from "zod";
import { beteiligungUmfrageTexte } from "@/i18n/beteiligung-umfrage";
import { type ActionState, ablehnen, action, oeffentlich } from "@/lib/action";
import { postBeteiligung } from "@/lib/beteiligung-post";

const aboSchema = z.object({
  slug: z.string().min(1).max(120),
  email: z.string().max(320),
  einwilligung: z.string().optional(),
});
export type AboFeld = keyof z.infer<typeof aboSchema>;
/** The address as typed, for "check your mailbox" (the same answer whether it had subscribed). */
export type AboZustand = ActionState<AboFeld, { email: string }>;

/**
 * Orders a procedure's notifications: the domain stores the address unconfirmed (or renews the
 * token of an existing subscription) and limits per client; the confirmation link goes out by
 * mail (postBeteiligung: also limited per recipient). The answer never says whether the address
 * had subscribed before.
 */
export const bestelleAbo = action({
  schema: aboSchema,
  auth: oeffentlich,
  run: async (eingabe, { db, lang }) => {
    const d = beteiligungUmfrageTexte(lang);
    const zeile = await ladeVerfahren(db, { slug: eingabe.slug });
    if (!zeile) return ablehnen({ formError: d.verfahrenUnbekannt });
    const client = await clientKey(db, clientAddress((await headers()).get("x-forwarded-for")));
    const r = await abonniere(db, {
      verfahrenId: zeile.documentId,
      email: eingabe.email,
      sprache: lang,
      client,
      jetzt: new Date(),
      einwilligung: eingabe.einwilligung === "ja",
    });
    if (!r.ok) {
      return r.fehler === "eingabe"
        ? ablehnen<AboFeld>({
            errors: Object.fromEntries(
              Object.entries(r.felder).map(([feld, meldung]) => [feld, meldung[lang]]),
            ),
          })
        : ablehnen({ formError: r.meldung[lang] });
    }
    await postBeteiligung(
      aboBestaetigungsMail(eingabe.email.trim(), lang, {
        verfahrenTitel: zeile.titel,
        bestaetigungsToken: r.bestaetigungsToken,
        abmeldeToken: r.abmeldeToken,
      }),
    );
    return { email: eingabe.email.trim() };
  },
  messages: { failed: (lang) => beteiligungUmfrageTexte(lang).abonnieren.fehlgeschlagen },
});
