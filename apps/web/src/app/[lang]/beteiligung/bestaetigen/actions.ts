"use server";

import { bestaetigeBeitrag, listeVerfahren } from "@portal/beteiligung/server";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { beteiligungTexte } from "@/i18n/beteiligung";
import { ablehnen, action, oeffentlich } from "@/lib/action";
import { adresseDesBeitrags, merkeAdresse } from "@/lib/beteiligung-besucher";

/**
 * Confirms an anonymous contribution with the token from its mail. A POST (the button on the
 * confirmation page), never the GET of the link: mail scanners follow links. The browser that
 * confirms is remembered as holding the address (ratings need a confirmed address).
 */
export const bestaetigeAktion = action({
  schema: z.object({ token: z.string().min(1).max(200) }),
  auth: oeffentlich,
  secret: ["token"],
  run: async ({ token }, { db, lang }): Promise<FormularErfolg | ReturnType<typeof ablehnen>> => {
    const d = beteiligungTexte(lang).bestaetigen;
    const ergebnis = await bestaetigeBeitrag(db, { token, jetzt: new Date() });
    if (!ergebnis.ok) return ablehnen({ formError: ergebnis.meldung[lang] });
    const beitrag = await adresseDesBeitrags(db, ergebnis.beitragId);
    if (beitrag?.email) await merkeAdresse(beitrag.email);
    const verfahren = beitrag
      ? (await listeVerfahren(db, { jetzt: new Date() })).find(
          (v) => v.documentId === beitrag.verfahrenId,
        )
      : undefined;
    const link = verfahren
      ? { href: `/${lang}/beteiligung/${verfahren.slug}#beitraege`, label: verfahren.titel }
      : { href: `/${lang}/beteiligung`, label: d.zurUebersicht };
    return ergebnis.status === "veroeffentlicht"
      ? { titel: d.veroeffentlicht, text: d.veroeffentlichtText, link }
      : { titel: d.ausstehend, text: d.ausstehendText, link };
  },
  revalidate: () => ["beteiligung"],
});
