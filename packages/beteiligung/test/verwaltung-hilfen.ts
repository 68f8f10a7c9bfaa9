import type { Database } from "@portal/db/client";
import { beitrag, type VerfahrensPhase, verfahren } from "../src/schema.ts";
import type { Beitragsart, Beitragsstatus } from "../src/types.ts";

// Procedures and contributions written straight into the tables, for the back office's tests
// (the rules of submitting are tested with reicheBeitragEin elsewhere).

export const DRESDEN = "14612000";
export const LEIPZIG = "14713000";

const phase = (id: string, titel: string, publikum: "oeffentlich" | "institutionen") =>
  ({
    id,
    titel,
    beginn: "2026-03-01T00:00:00Z",
    ende: "2026-05-01T00:00:00Z",
    publikum,
    kommentieren: "konto",
    bewerten: "konto",
    kartenpunkt: "nicht",
    stellungnahme: "konto",
    umfrage: "nicht",
  }) satisfies VerfahrensPhase;

let zaehler = 0;

/** A procedure of the municipality with a public and an institutions' phase; its id. */
export async function legeVerfahrenAn(db: Database, gemeindeAgs: string, titel = "Bebauungsplan") {
  const id = `v-${++zaehler}-${Math.random().toString(36).slice(2, 8)}`;
  await db.insert(verfahren).values({
    documentId: id,
    slug: id,
    gemeindeAgs,
    titel,
    art: "bauleitplanung",
    dokumente: [],
    moderation: "vorab",
    meldeschwelle: 3,
    phasen: [
      phase("phase-1", "Öffentliche Auslegung", "oeffentlich"),
      phase("phase-2", "Träger öffentlicher Belange", "institutionen"),
    ],
    fragen: [],
  });
  return id;
}

/** A contribution as it would be stored; its id. */
export async function legeBeitragAn(
  db: Database,
  verfahrenId: string,
  ueber: Partial<{
    art: Beitragsart;
    text: string;
    name: string | null;
    status: Beitragsstatus;
    phaseId: string;
    oeffentlich: boolean;
    kontoId: string | null;
    email: string | null;
    elternId: string | null;
    erstellt: Date;
  }> = {},
) {
  const [zeile] = await db
    .insert(beitrag)
    .values({
      verfahrenId,
      mandantId: "x",
      phaseId: "phase-1",
      art: "stellungnahme",
      text: "Eine Stellungnahme",
      status: "ausstehend",
      kontoId: crypto.randomUUID(),
      ...ueber,
    })
    .returning({ id: beitrag.id });
  if (!zeile) throw new Error("no row");
  return zeile.id;
}

/** Strings that break naive code: markup, formulas, bidi overrides, emoji, combining marks. */
export const NAUGHTY = [
  '=HYPERLINK("http://x","y")',
  "@SUM(1)",
  "-1+1",
  "+49 351",
  "\t=1",
  "＝1+1",
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  "\u202Eevil\u202C text",
  "Ä Ö Ü ß 👩‍👩‍👧 Z̷̢͉a̴l̸g̵o",
  'Semikolon; "Anführung" und\nZeilenumbruch',
  "𝕌𝕟𝕚𝕔𝕠𝕕𝕖 ﷽ 中文",
];
