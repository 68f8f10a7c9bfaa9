"use server";

import { bestaetigeAbo, kuendigeAbo } from "@portal/beteiligung/server";
import { z } from "zod";
import { type ActionState, ablehnen, action, oeffentlich } from "@/lib/action";

// The two buttons of the subscription mails' links. A button, not the link itself, confirms or
// unsubscribes: mail scanners and link previews follow links, never POST forms.

const tokenSchema = z.object({ token: z.string().min(1).max(200) });
export type AboTokenZustand = ActionState<"token", { ok: true }>;

/** Confirms a subscription with the token of its confirmation mail. */
export const bestaetige = action({
  schema: tokenSchema,
  auth: oeffentlich,
  run: async ({ token }, { db, lang }) => {
    const r = await bestaetigeAbo(db, { token, jetzt: new Date() });
    return r.ok ? { ok: true as const } : ablehnen({ formError: r.meldung[lang] });
  },
});

/** Ends a subscription with the unsubscribe token of any of its mails. */
export const kuendige = action({
  schema: tokenSchema,
  auth: oeffentlich,
  run: async ({ token }, { db, lang }) => {
    const r = await kuendigeAbo(db, { token });
    return r.ok ? { ok: true as const } : ablehnen({ formError: r.meldung[lang] });
  },
});
