import type { Db } from "@portal/db/client";
import { reicheBeitragEin } from "../src/services/beitrag.ts";
import type { Phase, Verfahrensregeln } from "../src/types.ts";

export const STUNDE = 60 * 60 * 1000;
export const TAG = 24 * STUNDE;

/** Phase 1 (public) from 1 March to 1 April 2026, phase 2 (institutions) from 1 April to 1 May. */
export const BEGINN = new Date("2026-03-01T00:00:00Z");
export const WECHSEL = new Date("2026-04-01T00:00:00Z");
export const ENDE = new Date("2026-05-01T00:00:00Z");
export const MITTE = new Date("2026-03-15T12:00:00Z");
export const SPAETER = new Date("2026-04-15T12:00:00Z");

export const oeffentlichePhase = (ueber: Partial<Phase> = {}): Phase => ({
  id: "auslegung",
  titel: "Öffentliche Auslegung",
  beginn: BEGINN,
  ende: WECHSEL,
  publikum: "oeffentlich",
  erlaubt: ["lesen", "kommentieren", "bewerten", "kartenpunkt"],
  identitaet: { bewerten: "email" },
  ...ueber,
});

export const institutionenPhase = (ueber: Partial<Phase> = {}): Phase => ({
  id: "toeb",
  titel: "Beteiligung der Träger öffentlicher Belange",
  beginn: WECHSEL,
  ende: ENDE,
  publikum: "institutionen",
  erlaubt: ["lesen", "stellungnahme"],
  identitaet: { stellungnahme: "konto" },
  ...ueber,
});

let zaehler = 0;

/** A procedure with both phases and post-moderation, under a fresh id. */
export const regeln = (ueber: Partial<Verfahrensregeln> = {}): Verfahrensregeln => ({
  verfahrenId: `bplan-${++zaehler}-${Math.random().toString(36).slice(2, 8)}`,
  mandantId: "leipzig",
  moderation: "nachtraeglich",
  meldeschwelle: 3,
  phasen: [oeffentlichePhase(), institutionenPhase()],
  archiviert: false,
  ...ueber,
});

/** A comment form as the page sends it, shown five seconds before `jetzt`. */
export const kommentarForm = (jetzt: Date, ueber: Record<string, unknown> = {}) => ({
  art: "kommentar",
  text: "Der Radweg an der Karl-Liebknecht-Straße fehlt im Plan.",
  webseite: "",
  angezeigtUm: new Date(jetzt.getTime() - 5000).toISOString(),
  ...ueber,
});

export const ANONYM = { art: "anonym" } as const;
export const mitEmail = (email = "erika@example.org") => ({ art: "email", email }) as const;
export const mitKonto = (kontoId: string = crypto.randomUUID()) =>
  ({ art: "konto", kontoId }) as const;

/** A published public comment of the procedure (post-moderation), its id. */
export async function veroeffentlichterKommentar(
  db: Db,
  r: Verfahrensregeln,
  ueber: Record<string, unknown> = {},
  jetzt: Date = MITTE,
): Promise<string> {
  const antwort = await reicheBeitragEin(db, {
    regeln: { ...r, moderation: "nachtraeglich" },
    eingabe: { art: "kommentar", text: "Ein Kommentar", ...ueber },
    identitaet: mitKonto(),
    client: "test",
    jetzt,
  });
  if (!antwort.ok) throw new Error(JSON.stringify(antwort));
  return antwort.beitrag.id;
}
