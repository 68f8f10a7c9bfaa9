import type { Db } from "@portal/db/client";
import { eq, sql } from "drizzle-orm";
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
import type { KontoDateien, Post } from "../types.ts";
import { loeschMail } from "./mails.ts";
import { pruefeHash } from "./passwort.ts";
import { protokolliere } from "./protokoll.ts";

/**
 * Everything @portal/auth stores about one account, for the citizen's copy of their data
 * (Art. 15 (3) and Art. 20 GDPR). Secrets are left out and named instead: the password hash
 * ("a password is set"), session and TOTP secrets. `weitere` carries the parts other domains
 * hold (the web layer adds the Postfach's messages), so that one download holds everything.
 * Undefined when the account does not exist.
 */
export async function exportiereKonto<W extends Record<string, unknown> = Record<never, never>>(
  db: Db,
  { kontoId }: { kontoId: string },
  weitere: W = {} as W,
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
      widerrufenAm: sitzung.widerrufenAm,
      geraet: sitzung.geraet,
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
      organisationArt: organisation.art,
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

/** Why a deletion was refused. */
export type LoeschFehler = "passwort-falsch" | "bestaetigung-fehlt" | "einziger-inhaber";

/**
 * What deleting the account would do, for the page that asks for it: whether it confirms with a
 * password (else, eID only, with a checkbox), the organisations that go with it (it is their only
 * member), and those that stop it (it is their only owner and there are other members).
 */
export async function zeigeLoeschfolgen(db: Db, { kontoId }: { kontoId: string }) {
  const [k] = await db
    .select({ passwortHash: konto.passwortHash, email: konto.email })
    .from(konto)
    .where(eq(konto.id, kontoId));
  if (!k) return undefined;
  const eigene = await db
    .select({
      id: organisation.id,
      name: organisation.name,
      rolle: mitgliedschaft.rolle,
      mitglieder: sql<number>`(select count(*)::int from ${mitgliedschaft} m where m.organisation_id = ${organisation.id})`,
      inhaber: sql<number>`(select count(*)::int from ${mitgliedschaft} m where m.organisation_id = ${organisation.id} and m.rolle = 'inhaber')`,
    })
    .from(mitgliedschaft)
    .innerJoin(organisation, eq(organisation.id, mitgliedschaft.organisationId))
    .where(eq(mitgliedschaft.kontoId, kontoId))
    .orderBy(organisation.name);
  return {
    passwortGesetzt: k.passwortHash !== null,
    emailGesetzt: k.email !== null,
    /** Organisations deleted with the account (it is their only member). */
    organisationenAllein: eigene
      .filter((o) => o.mitglieder === 1)
      .map(({ id, name }) => ({ id, name })),
    /** Organisations whose only owner the account is, with other members: hand over first. */
    organisationenBlockiert: eigene
      .filter((o) => o.mitglieder > 1 && o.rolle === "inhaber" && o.inhaber === 1)
      .map(({ id, name }) => ({ id, name })),
  };
}

/**
 * Deletes an account and everything that hangs on it (GDPR Art. 17): the foreign keys cascade to
 * sessions, tokens, profile, eID identity, memberships and Postfach messages. An account with a
 * password confirms with it; an eID-only account with `bestaetigt` (a checkbox). The only owner
 * of an organisation with other members must hand it over first (the members would be left
 * without anyone to run it); an organisation the account is alone in goes with it.
 */
export async function loescheKonto(
  db: Db,
  params: { kontoId: string; passwort?: string; bestaetigt?: boolean; jetzt?: Date },
  ports: { post: Post; dateien?: KontoDateien },
): Promise<{ ok: true } | { ok: false; grund: LoeschFehler }> {
  const [k] = await db.select().from(konto).where(eq(konto.id, params.kontoId));
  if (!k) return { ok: true };
  if (k.passwortHash) {
    if (!params.passwort || !(await pruefeHash(k.passwortHash, params.passwort)))
      return { ok: false, grund: "passwort-falsch" };
  } else if (!params.bestaetigt) return { ok: false, grund: "bestaetigung-fehlt" };
  return loescheKontoOhnePruefung(db, { konto: k, jetzt: params.jetzt }, ports);
}

/**
 * The core of `loescheKonto` after the confirmation: also the inactivity job's, which passes
 * `anlass: "inaktiv"` (logged, and the mail says why the account went). The account's files in
 * other domains (`dateien`) are listed before the rows go and removed after the commit; a file
 * that cannot be removed is logged (keys are ids, no personal data) and does not undo the
 * deletion.
 */
export async function loescheKontoOhnePruefung(
  db: Db,
  {
    konto: k,
    jetzt,
    anlass,
  }: { konto: typeof konto.$inferSelect; jetzt?: Date; anlass?: "inaktiv" },
  { post, dateien }: { post: Post; dateien?: KontoDateien },
): Promise<{ ok: true } | { ok: false; grund: "einziger-inhaber" }> {
  const schluessel = (await dateien?.sammle(k.id)) ?? [];
  const ergebnis = await db.transaction(async (tx) => {
    const eigene = await tx
      .select({ organisationId: mitgliedschaft.organisationId, rolle: mitgliedschaft.rolle })
      .from(mitgliedschaft)
      .where(eq(mitgliedschaft.kontoId, k.id));
    const alleinZuLoeschen: string[] = [];
    for (const m of eigene) {
      const mitglieder = await tx
        .select({ kontoId: mitgliedschaft.kontoId, rolle: mitgliedschaft.rolle })
        .from(mitgliedschaft)
        .where(eq(mitgliedschaft.organisationId, m.organisationId));
      if (mitglieder.length === 1) alleinZuLoeschen.push(m.organisationId);
      else if (
        m.rolle === "inhaber" &&
        !mitglieder.some((x) => x.kontoId !== k.id && x.rolle === "inhaber")
      )
        return { ok: false as const, grund: "einziger-inhaber" as const };
    }
    for (const id of alleinZuLoeschen) await tx.delete(organisation).where(eq(organisation.id, id));
    await tx.delete(konto).where(eq(konto.id, k.id));
    // No personal data in the log: the account id only, which now points nowhere.
    await protokolliere(tx, {
      kontoId: k.id,
      art: "konto-geloescht",
      details: anlass ? { anlass } : null,
      jetzt,
    });
    return { ok: true as const };
  });
  if (ergebnis.ok && k.email) {
    // The account is gone whatever the mail does: a failing hand-over must not report the
    // deletion as failed (the person would try again, or think their data is still there).
    try {
      await post(loeschMail(k.email, k.sprache, anlass));
    } catch (fehler) {
      console.error("[konto] deletion mail could not be handed over", { kontoId: k.id, fehler });
    }
  }
  if (ergebnis.ok && dateien) {
    for (const s of schluessel) {
      try {
        await dateien.loesche(s);
      } catch (fehler) {
        console.error("[konto] a file of a deleted account could not be removed", {
          schluessel: s,
          fehler,
        });
      }
    }
  }
  return ergebnis;
}
