"use server";

import { barrieremeldungLimit, speichereBarrieremeldung } from "@portal/barrierefreiheit/server";
import {
  type BarriereFeld,
  type Barrieremeldung,
  barrieremeldungSchema,
  type Eingang,
} from "@portal/barrierefreiheit/types";
import { barriereTexte } from "@/i18n/barriere";
import { type ActionState, action, oeffentlich } from "@/lib/action";

/** What the form shows after a report was received: its reference and what was stored. */
export type BarriereEingang = Eingang & { meldung: Barrieremeldung };
export type BarriereZustand = ActionState<BarriereFeld, BarriereEingang>;

/**
 * Receives a report from the form (with or without JavaScript): checks it, counts it against the
 * sender's limit, stores it and returns the reference.
 */
export const meldeBarriere = action({
  schema: barrieremeldungSchema,
  auth: oeffentlich,
  rateLimit: barrieremeldungLimit,
  run: async (meldung, { db, lang }): Promise<BarriereEingang> => ({
    ...(await speichereBarrieremeldung(db, { ...meldung, sprache: lang })),
    meldung,
  }),
  messages: {
    field: (issue, lang) => {
      const d = barriereTexte(lang).fehler;
      if (issue.field === "beschreibung" && issue.kind === "pflicht") return d.pflicht;
      if (issue.field === "email" && issue.kind === "format") return d.email;
      return undefined;
    },
    failed: (lang) => barriereTexte(lang).fehler.speichern,
  },
});
