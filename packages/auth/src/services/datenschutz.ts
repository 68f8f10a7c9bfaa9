import type { Db } from "@portal/db/client";
import { eq } from "drizzle-orm";
import {
  eidIdentitaet,
  einladung,
  konto,
  mitarbeiter,
  mitarbeiterRolle,
  mitgliedschaft,
  organisation,
  profil,
  sicherheitsereignis,
  sitzung,
  zugriffsprotokoll,
} from "../schema.ts";

/**
 * Everything @portal/auth stores about one account, for the citizen's copy of their data
 * (Art. 15 (3) and Art. 20 GDPR). Secrets are left out and named instead: the password hash
 * ("a password is set"), session and TOTP secrets. `weitere` carries the parts other domains
 * hold (the web layer adds the Postfach's messages), so that one download holds everything.
 * Undefined when the account does not exist.
 */
export async function exportiereKonto(
  db: Db,
  { kontoId }: { kontoId: string },
  weitere: Record<string, unknown> = {},
) {
  const [k] = await db.select().from(konto).where(eq(konto.id, kontoId));
  if (!k) return undefined;
  const { passwortHash, ...kontoOhneHash } = k;
  const [p] = await db.select().from(profil).where(eq(profil.kontoId, kontoId));
  const [eid] = await db.select().from(eidIdentitaet).where(eq(eidIdentitaet.kontoId, kontoId));
  const sitzungen = await db
    .select({
      erstelltAm: sitzung.erstelltAm,
      zuletztAktivAm: sitzung.zuletztAktivAm,
      laeuftAbAm: sitzung.laeuftAbAm,
      bereich: sitzung.bereich,
      vertrauensniveau: sitzung.vertrauensniveau,
      organisationId: sitzung.organisationId,
    })
    .from(sitzung)
    .where(eq(sitzung.kontoId, kontoId));
  const mitgliedschaften = await db
    .select({
      organisationId: mitgliedschaft.organisationId,
      organisation: organisation.name,
      rolle: mitgliedschaft.rolle,
      seit: mitgliedschaft.seit,
    })
    .from(mitgliedschaft)
    .innerJoin(organisation, eq(organisation.id, mitgliedschaft.organisationId))
    .where(eq(mitgliedschaft.kontoId, kontoId));
  const einladungen = k.email
    ? await db
        .select({
          organisation: organisation.name,
          email: einladung.email,
          rolle: einladung.rolle,
          erstelltAm: einladung.erstelltAm,
          laeuftAbAm: einladung.laeuftAbAm,
          angenommenAm: einladung.angenommenAm,
        })
        .from(einladung)
        .innerJoin(organisation, eq(organisation.id, einladung.organisationId))
        .where(eq(einladung.email, k.email))
    : [];
  const sicherheitsereignisse = await db
    .select()
    .from(sicherheitsereignis)
    .where(eq(sicherheitsereignis.kontoId, kontoId))
    .orderBy(sicherheitsereignis.zeitpunkt);
  const zugriffe = await db
    .select()
    .from(zugriffsprotokoll)
    .where(eq(zugriffsprotokoll.betroffenesKontoId, kontoId))
    .orderBy(zugriffsprotokoll.zeitpunkt);
  const [ma] = await db.select().from(mitarbeiter).where(eq(mitarbeiter.kontoId, kontoId));
  const rollen = ma
    ? await db.select().from(mitarbeiterRolle).where(eq(mitarbeiterRolle.kontoId, kontoId))
    : [];
  return {
    erstelltAm: new Date().toISOString(),
    konto: { ...kontoOhneHash, passwortGesetzt: passwortHash !== null },
    profil: p ?? null,
    eidIdentitaet: eid ?? null,
    sitzungen,
    mitgliedschaften,
    einladungen,
    sicherheitsereignisse,
    zugriffsprotokoll: zugriffe,
    mitarbeiter: ma
      ? {
          name: ma.name,
          totpAktiviert: ma.totpAktiviertAm !== null,
          deaktiviertAm: ma.deaktiviertAm,
          rollen: rollen.map((r) => ({
            oeSchluessel: r.oeSchluessel,
            rolle: r.rolle,
            seit: r.seit,
          })),
        }
      : null,
    ...weitere,
  };
}

/** The account's data as `exportiereKonto` returns it. */
export type Kontoexport = NonNullable<Awaited<ReturnType<typeof exportiereKonto>>>;
