import type { Db } from "@portal/db/client";
import { findKontoById } from "../queries/konto.ts";
import {
  deleteMitgliedschaft,
  findEinladung,
  findOrganisationFuerMitglied,
  insertEinladung,
  insertMitgliedschaft,
  insertOrganisation,
  listMitglieder,
  listOrganisationenVonKonto,
  loeseSitzungenVonOrganisation,
  setzeSitzungsorganisation,
  sperreInhaber,
  updateRolle,
  verbraucheEinladung,
} from "../queries/organisation.ts";
import {
  type Mail,
  type MitgliedInfo,
  type Mitgliedsrolle,
  normalisiereEmail,
  type OrganisationFehler,
  type OrganisationInfo,
  type Organisationsart,
  type Post,
  type Sprache,
} from "../types.ts";
import type { TokenFehler } from "./konto.ts";
import { GRUSS, kontoLink, mail } from "./mails.ts";
import { protokolliere } from "./protokoll.ts";
import { neuerToken, tokenId } from "./token.ts";

// Organisation accounts (issue 8): a company or association acts through its members' accounts.
// Every function takes the acting account's id from the caller's session, never from a form, and
// checks the membership itself: an organisation id of someone else's organisation behaves like an
// unknown one (no IDOR, nothing learnt about whether it exists).

/** An invitation link is valid for 7 days: long enough for someone on holiday to see it. */
export const EINLADUNG_GUELTIG_MS = 7 * 24 * 60 * 60 * 1000;

type Nein<G> = { ok: false; grund: G };

/** Founds an organisation; the founding account becomes its first inhaber. */
export async function gruendeOrganisation(
  db: Db,
  p: { kontoId: string; name: string; art: Organisationsart; jetzt?: Date },
): Promise<OrganisationInfo> {
  const jetzt = p.jetzt ?? new Date();
  return db.transaction(async (tx) => {
    const org = await insertOrganisation(tx, { name: p.name, art: p.art, erstelltAm: jetzt });
    await insertMitgliedschaft(tx, {
      organisationId: org.id,
      kontoId: p.kontoId,
      rolle: "inhaber",
      seit: jetzt,
    });
    await protokolliere(tx, {
      kontoId: p.kontoId,
      art: "organisation-gegruendet",
      details: { organisationId: org.id },
      jetzt,
    });
    return { id: org.id, name: org.name, art: org.art, rolle: "inhaber" };
  });
}

/** The organisations an account is a member of, with its role. */
export async function listeOrganisationen(
  db: Db,
  { kontoId }: { kontoId: string },
): Promise<OrganisationInfo[]> {
  return listOrganisationenVonKonto(db, { kontoId });
}

/** An organisation for one of its members; null for a non-member as for an unknown id. */
export async function ladeOrganisation(
  db: Db,
  { id, kontoId }: { id: string; kontoId: string },
): Promise<OrganisationInfo | null> {
  return (await findOrganisationFuerMitglied(db, { id, kontoId })) ?? null;
}

/** The members of an organisation, for its members only (null otherwise). */
export async function ladeMitglieder(
  db: Db,
  { organisationId, kontoId }: { organisationId: string; kontoId: string },
): Promise<MitgliedInfo[] | null> {
  if (!(await findOrganisationFuerMitglied(db, { id: organisationId, kontoId }))) return null;
  return listMitglieder(db, { organisationId });
}

function einladungsMail(
  an: string,
  sprache: Sprache,
  organisation: string,
  rolle: Mitgliedsrolle,
  token: string,
): Mail {
  const link = kontoLink(sprache, "einladung", token);
  return sprache === "de"
    ? mail(an, `Einladung in die Organisation ${organisation}`, sprache, [
        "Guten Tag,",
        `Sie wurden eingeladen, im Serviceportal Sachsen als ${rolle === "inhaber" ? "Inhaberin oder Inhaber" : "Mitglied"} für die Organisation „${organisation}“ zu handeln. Melden Sie sich mit Ihrem Servicekonto zu ${an} an, um die Einladung anzunehmen. Der Link gilt 7 Tage.`,
        { link, text: "Einladung ansehen" },
        "Wenn Sie die Einladung nicht erwartet haben, können Sie diese Nachricht ignorieren.",
        GRUSS.de,
      ])
    : mail(an, `Invitation to the organisation ${organisation}`, sprache, [
        "Hello,",
        `you have been invited to act as ${rolle === "inhaber" ? "an owner" : "a member"} for the organisation “${organisation}” on the Saxony service portal. Sign in with your service account for ${an} to accept. The link is valid for 7 days.`,
        { link, text: "View the invitation" },
        "If you did not expect this invitation, you can ignore this message.",
        GRUSS.en,
      ]);
}

/**
 * Invites an address into an organisation by mail (only an inhaber may). The mail is in
 * `sprache` (the inviter's page language: we do not know the invitee's).
 */
export async function ladeEin(
  db: Db,
  p: {
    organisationId: string;
    kontoId: string;
    email: string;
    rolle: Mitgliedsrolle;
    sprache: Sprache;
    jetzt?: Date;
  },
  { post }: { post: Post },
): Promise<{ ok: true } | Nein<"keinZugriff">> {
  const jetzt = p.jetzt ?? new Date();
  const org = await findOrganisationFuerMitglied(db, { id: p.organisationId, kontoId: p.kontoId });
  if (org?.rolle !== "inhaber") return { ok: false, grund: "keinZugriff" };
  const email = normalisiereEmail(p.email);
  const { token, id } = neuerToken();
  await insertEinladung(db, {
    id,
    organisationId: org.id,
    email,
    rolle: p.rolle,
    eingeladenVon: p.kontoId,
    erstelltAm: jetzt,
    laeuftAbAm: new Date(jetzt.getTime() + EINLADUNG_GUELTIG_MS),
  });
  await protokolliere(db, {
    kontoId: p.kontoId,
    art: "mitglied-eingeladen",
    details: { organisationId: org.id, rolle: p.rolle },
    jetzt,
  });
  await post(einladungsMail(email, p.sprache, org.name, p.rolle, token));
  return { ok: true };
}

/** What the invitation page shows before accepting; a refusal when the link does not work. */
export async function zeigeEinladung(
  db: Db,
  { token, jetzt = new Date() }: { token: string; jetzt?: Date },
): Promise<
  { ok: true; organisationName: string; rolle: Mitgliedsrolle; email: string } | Nein<TokenFehler>
> {
  const row = await findEinladung(db, { id: tokenId(token) });
  if (!row) return { ok: false, grund: "ungueltig" };
  if (row.einladung.angenommenAm) return { ok: false, grund: "verbraucht" };
  if (row.einladung.laeuftAbAm.getTime() <= jetzt.getTime()) {
    return { ok: false, grund: "abgelaufen" };
  }
  return {
    ok: true,
    organisationName: row.organisationName,
    rolle: row.einladung.rolle,
    email: row.einladung.email,
  };
}

/**
 * Accepts an invitation for the signed-in account. The account's confirmed address must be the
 * invited one: the link alone (forwarded, leaked) does not make anyone a member.
 */
export async function nehmeEinladungAn(
  db: Db,
  { token, kontoId, jetzt = new Date() }: { token: string; kontoId: string; jetzt?: Date },
): Promise<
  | { ok: true; organisation: OrganisationInfo }
  | Nein<TokenFehler | "andereAdresse" | "nichtBestaetigt" | "schonMitglied">
> {
  const gezeigt = await zeigeEinladung(db, { token, jetzt });
  if (!gezeigt.ok) return gezeigt;
  const konto = await findKontoById(db, { id: kontoId });
  if (!konto?.email || konto.email !== gezeigt.email) return { ok: false, grund: "andereAdresse" };
  if (!konto.emailBestaetigtAm) return { ok: false, grund: "nichtBestaetigt" };
  const id = tokenId(token);
  return db.transaction(async (tx) => {
    const row = await findEinladung(tx, { id });
    if (!row) return { ok: false, grund: "ungueltig" } as const;
    // Two requests with the same link: only one uses it.
    if (!(await verbraucheEinladung(tx, { id, jetzt }))) {
      return { ok: false, grund: "verbraucht" } as const;
    }
    const neu = await insertMitgliedschaft(tx, {
      organisationId: row.einladung.organisationId,
      kontoId,
      rolle: row.einladung.rolle,
      seit: jetzt,
    });
    if (!neu) return { ok: false, grund: "schonMitglied" } as const;
    await protokolliere(tx, {
      kontoId,
      art: "mitglied-beigetreten",
      details: { organisationId: row.einladung.organisationId, rolle: row.einladung.rolle },
      jetzt,
    });
    const org = await findOrganisationFuerMitglied(tx, {
      id: row.einladung.organisationId,
      kontoId,
    });
    if (!org) throw new Error("membership vanished");
    return { ok: true, organisation: org } as const;
  });
}

/**
 * Changes a member's role (inhaber only). The last inhaber cannot be made a plain member: an
 * organisation without one could never be managed again.
 */
export async function aendereRolle(
  db: Db,
  p: {
    organisationId: string;
    kontoId: string;
    mitgliedKontoId: string;
    rolle: Mitgliedsrolle;
    jetzt?: Date;
  },
): Promise<{ ok: true } | Nein<OrganisationFehler>> {
  const jetzt = p.jetzt ?? new Date();
  return db.transaction(async (tx) => {
    const inhaber = await sperreInhaber(tx, { organisationId: p.organisationId });
    if (!inhaber.some((i) => i.kontoId === p.kontoId)) {
      return { ok: false, grund: "keinZugriff" } as const;
    }
    const warInhaber = inhaber.some((i) => i.kontoId === p.mitgliedKontoId);
    if (warInhaber && p.rolle !== "inhaber" && inhaber.length === 1) {
      return { ok: false, grund: "letzterInhaber" } as const;
    }
    if (!(await updateRolle(tx, { ...p, kontoId: p.mitgliedKontoId }))) {
      return { ok: false, grund: "keinZugriff" } as const;
    }
    await protokolliere(tx, {
      kontoId: p.kontoId,
      art: "organisation-rolle-geaendert",
      details: { organisationId: p.organisationId, mitglied: p.mitgliedKontoId, rolle: p.rolle },
      jetzt,
    });
    return { ok: true } as const;
  });
}

/** Ends a membership and the act-for of the member's sessions; keeps the last inhaber. */
async function beendeMitgliedschaft(
  db: Db,
  p: { organisationId: string; kontoId: string; mitgliedKontoId: string; jetzt: Date },
  darf: (inhaber: { kontoId: string }[]) => boolean,
): Promise<{ ok: true } | Nein<OrganisationFehler>> {
  return db.transaction(async (tx) => {
    const inhaber = await sperreInhaber(tx, { organisationId: p.organisationId });
    if (!darf(inhaber)) return { ok: false, grund: "keinZugriff" } as const;
    const warInhaber = inhaber.some((i) => i.kontoId === p.mitgliedKontoId);
    if (warInhaber && inhaber.length === 1) return { ok: false, grund: "letzterInhaber" } as const;
    const ziel = { organisationId: p.organisationId, kontoId: p.mitgliedKontoId };
    if (!(await deleteMitgliedschaft(tx, ziel)))
      return { ok: false, grund: "keinZugriff" } as const;
    await loeseSitzungenVonOrganisation(tx, ziel);
    await protokolliere(tx, {
      kontoId: p.kontoId,
      art: "mitglied-entfernt",
      details: {
        organisationId: p.organisationId,
        mitglied: p.mitgliedKontoId,
        selbst: p.kontoId === p.mitgliedKontoId,
      },
      jetzt: p.jetzt,
    });
    return { ok: true } as const;
  });
}

/** Removes a member (inhaber only; not the last inhaber). Their sessions stop acting for it. */
export async function entferneMitglied(
  db: Db,
  p: { organisationId: string; kontoId: string; mitgliedKontoId: string; jetzt?: Date },
): Promise<{ ok: true } | Nein<OrganisationFehler>> {
  return beendeMitgliedschaft(db, { ...p, jetzt: p.jetzt ?? new Date() }, (inhaber) =>
    inhaber.some((i) => i.kontoId === p.kontoId),
  );
}

/** Leaves an organisation (any member; the last inhaber must hand over first). */
export async function verlasseOrganisation(
  db: Db,
  p: { organisationId: string; kontoId: string; jetzt?: Date },
): Promise<{ ok: true } | Nein<OrganisationFehler>> {
  return beendeMitgliedschaft(
    db,
    { ...p, mitgliedKontoId: p.kontoId, jetzt: p.jetzt ?? new Date() },
    () => true,
  );
}

/**
 * Makes a session act for an organisation (after checking the membership) or, with null, for
 * the account holder themself. `sitzungId` is the session's hash (GepruefteSitzung.id) or give
 * `sitzungToken`; either way only a session of `kontoId` is changed.
 */
export async function handleFuer(
  db: Db,
  p: {
    kontoId: string;
    organisationId: string | null;
  } & ({ sitzungId: string } | { sitzungToken: string }),
): Promise<{ ok: true; organisation: OrganisationInfo | null } | Nein<"keinZugriff">> {
  const sitzungId = "sitzungId" in p ? p.sitzungId : tokenId(p.sitzungToken);
  let org: OrganisationInfo | null = null;
  if (p.organisationId !== null) {
    org =
      (await findOrganisationFuerMitglied(db, { id: p.organisationId, kontoId: p.kontoId })) ??
      null;
    if (!org) return { ok: false, grund: "keinZugriff" };
  }
  const gesetzt = await setzeSitzungsorganisation(db, {
    sitzungId,
    kontoId: p.kontoId,
    organisationId: org?.id ?? null,
  });
  return gesetzt ? { ok: true, organisation: org } : { ok: false, grund: "keinZugriff" };
}

/**
 * The organisation a live session acts for, checked against the memberships now (not only when
 * it was set): a member removed since then gets null, and the session stops acting for it.
 */
export async function organisationDerSitzung(
  db: Db,
  p: { sitzungId: string; kontoId: string; organisationId: string | null },
): Promise<OrganisationInfo | null> {
  if (p.organisationId === null) return null;
  const org = await findOrganisationFuerMitglied(db, { id: p.organisationId, kontoId: p.kontoId });
  if (org) return org;
  await setzeSitzungsorganisation(db, {
    sitzungId: p.sitzungId,
    kontoId: p.kontoId,
    organisationId: null,
  });
  return null;
}
