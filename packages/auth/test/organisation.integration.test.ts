import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { einladung, konto as kontoTabelle, sicherheitsereignis, sitzung } from "../src/schema.ts";
import { bestaetigeEmail, registriere } from "../src/services/konto.ts";
import {
  aendereRolle,
  EINLADUNG_GUELTIG_MS,
  entferneMitglied,
  gruendeOrganisation,
  handleFuer,
  ladeEin,
  ladeMitglieder,
  ladeOrganisation,
  listeOrganisationen,
  nehmeEinladungAn,
  organisationDerSitzung,
  verlasseOrganisation,
  zeigeEinladung,
} from "../src/services/organisation.ts";
import { beginneSitzung, pruefeSitzung } from "../src/services/sitzung.ts";
import { tokenId } from "../src/services/token.ts";
import type { Mail } from "../src/types.ts";

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

function postfach() {
  const mails: Mail[] = [];
  return { mails, post: async (mail: Mail) => void mails.push(mail) };
}

const tokenAus = (mail: Mail | undefined) => {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no token in mail: ${mail?.text}`);
  return match[1];
};

const PASSWORT = "Ein Satz, den nur ich kenne 🦊";
let zaehler = 0;
const neueAdresse = () => `org-person${++zaehler}@example.org`;

async function konto() {
  const email = neueAdresse();
  const { mails, post } = postfach();
  await registriere(db, { email, passwort: PASSWORT, sprache: "de" }, { post });
  const ok = await bestaetigeEmail(db, { token: tokenAus(mails[0]) });
  if (!ok.ok) throw new Error("confirmation failed");
  return { email, kontoId: ok.kontoId };
}

async function sitzungVon(kontoId: string) {
  const { token } = await beginneSitzung(db, { kontoId });
  const geprueft = await pruefeSitzung(db, { token });
  if (!geprueft) throw new Error("no session");
  return { token, id: geprueft.sitzung.id };
}

async function eingeladen(
  orgId: string,
  inhaberId: string,
  email: string,
  rolle = "mitglied" as const,
) {
  const { mails, post } = postfach();
  const antwort = await ladeEin(
    db,
    { organisationId: orgId, kontoId: inhaberId, email, rolle, sprache: "en" },
    { post },
  );
  expect(antwort).toEqual({ ok: true });
  return { mail: mails[0], token: tokenAus(mails[0]) };
}

describe("organisations", () => {
  it("founds an organisation whose founder is its inhaber, logged without personal data", async () => {
    const a = await konto();
    const org = await gruendeOrganisation(db, {
      kontoId: a.kontoId,
      name: "Bäckerei Müller GmbH",
      art: "unternehmen",
    });
    expect(org).toMatchObject({
      name: "Bäckerei Müller GmbH",
      art: "unternehmen",
      rolle: "inhaber",
    });
    expect(await listeOrganisationen(db, { kontoId: a.kontoId })).toEqual([org]);
    const log = await db
      .select()
      .from(sicherheitsereignis)
      .where(eq(sicherheitsereignis.kontoId, a.kontoId));
    const gegruendet = log.find((e) => e.art === "organisation-gegruendet");
    expect(gegruendet?.details).toEqual({ organisationId: org.id });
  });

  it("invites by mail; the invited, confirmed account accepts once and acts for the organisation", async () => {
    const a = await konto();
    const b = await konto();
    const org = await gruendeOrganisation(db, {
      kontoId: a.kontoId,
      name: "Sportverein 1900 e. V.",
      art: "verein",
    });
    const { mail, token } = await eingeladen(org.id, a.kontoId, `  ${b.email.toUpperCase()} `);
    expect(mail?.an).toBe(b.email);
    expect(mail?.text).toContain("http://localhost:3000/en/konto/einladung?token=");
    expect(mail?.text).toContain("Sportverein 1900 e. V.");
    expect(mail?.html).not.toContain("<script");
    // Only the hash of the token is stored.
    const [row] = await db
      .select()
      .from(einladung)
      .where(eq(einladung.id, tokenId(token)));
    expect(row?.email).toBe(b.email);

    expect(await zeigeEinladung(db, { token })).toMatchObject({
      ok: true,
      organisationName: org.name,
    });
    const angenommen = await nehmeEinladungAn(db, { token, kontoId: b.kontoId });
    expect(angenommen).toMatchObject({ ok: true, organisation: { id: org.id, rolle: "mitglied" } });
    expect(await nehmeEinladungAn(db, { token, kontoId: b.kontoId })).toEqual({
      ok: false,
      grund: "verbraucht",
    });

    const mitglieder = await ladeMitglieder(db, { organisationId: org.id, kontoId: b.kontoId });
    expect(mitglieder?.map((m) => [m.email, m.rolle])).toEqual([
      [a.email, "inhaber"],
      [b.email, "mitglied"],
    ]);

    const s = await sitzungVon(b.kontoId);
    expect(
      await handleFuer(db, { sitzungToken: s.token, kontoId: b.kontoId, organisationId: org.id }),
    ).toMatchObject({ ok: true });
    expect((await pruefeSitzung(db, { token: s.token }))?.sitzung.organisationId).toBe(org.id);
    expect(
      await organisationDerSitzung(db, {
        sitzungId: s.id,
        kontoId: b.kontoId,
        organisationId: org.id,
      }),
    ).toMatchObject({ id: org.id });
    expect(
      await handleFuer(db, { sitzungId: s.id, kontoId: b.kontoId, organisationId: null }),
    ).toEqual({ ok: true, organisation: null });
    expect((await pruefeSitzung(db, { token: s.token }))?.sitzung.organisationId).toBeNull();
  });

  it("escapes the organisation's name in the invitation mail's HTML", async () => {
    const a = await konto();
    const name = '<script>alert("x")</script> & Söhne';
    const org = await gruendeOrganisation(db, { kontoId: a.kontoId, name, art: "unternehmen" });
    const { mail } = await eingeladen(org.id, a.kontoId, neueAdresse());
    expect(mail?.html).not.toContain("<script>");
    expect(mail?.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Söhne");
    expect(mail?.text).toContain(name);
  });

  it("refuses another account, an unconfirmed one, an expired link and an unknown one", async () => {
    const a = await konto();
    const b = await konto();
    const fremd = await konto();
    const org = await gruendeOrganisation(db, {
      kontoId: a.kontoId,
      name: "Verein",
      art: "verein",
    });
    const { token } = await eingeladen(org.id, a.kontoId, b.email);
    expect(await nehmeEinladungAn(db, { token, kontoId: fremd.kontoId })).toEqual({
      ok: false,
      grund: "andereAdresse",
    });
    // The refusal did not use the link: the right account can still accept.
    const spaeter = new Date(Date.now() + EINLADUNG_GUELTIG_MS + 1000);
    expect(await nehmeEinladungAn(db, { token, kontoId: b.kontoId, jetzt: spaeter })).toEqual({
      ok: false,
      grund: "abgelaufen",
    });
    expect(await nehmeEinladungAn(db, { token: "x".repeat(43), kontoId: b.kontoId })).toEqual({
      ok: false,
      grund: "ungueltig",
    });
    expect(await nehmeEinladungAn(db, { token, kontoId: b.kontoId })).toMatchObject({ ok: true });
    expect(await ladeOrganisation(db, { id: org.id, kontoId: fremd.kontoId })).toBeNull();
  });

  it("refuses an invited address whose account is not confirmed", async () => {
    const a = await konto();
    const email = neueAdresse();
    const { post } = postfach();
    await registriere(db, { email, passwort: PASSWORT, sprache: "de" }, { post });
    const [unbestaetigt] = await db
      .select()
      .from(kontoTabelle)
      .where(eq(kontoTabelle.email, email));
    const kontoId = unbestaetigt?.id ?? "";
    const org = await gruendeOrganisation(db, { kontoId: a.kontoId, name: "X", art: "sonstige" });
    const { token } = await eingeladen(org.id, a.kontoId, email);
    expect(await nehmeEinladungAn(db, { token, kontoId })).toEqual({
      ok: false,
      grund: "nichtBestaetigt",
    });
  });

  it("keeps non-members out: no loading, no member list, no inviting, no acting for it (IDOR)", async () => {
    const a = await konto();
    const fremd = await konto();
    const org = await gruendeOrganisation(db, {
      kontoId: a.kontoId,
      name: "Geheim GmbH",
      art: "unternehmen",
    });
    expect(await ladeOrganisation(db, { id: org.id, kontoId: fremd.kontoId })).toBeNull();
    expect(await ladeMitglieder(db, { organisationId: org.id, kontoId: fremd.kontoId })).toBeNull();
    const { mails, post } = postfach();
    expect(
      await ladeEin(
        db,
        {
          organisationId: org.id,
          kontoId: fremd.kontoId,
          email: fremd.email,
          rolle: "inhaber",
          sprache: "de",
        },
        { post },
      ),
    ).toEqual({ ok: false, grund: "keinZugriff" });
    expect(mails).toHaveLength(0);
    const s = await sitzungVon(fremd.kontoId);
    expect(
      await handleFuer(db, { sitzungId: s.id, kontoId: fremd.kontoId, organisationId: org.id }),
    ).toEqual({ ok: false, grund: "keinZugriff" });
    // Nor can a member act for the organisation in someone else's session.
    expect(
      await handleFuer(db, { sitzungId: s.id, kontoId: a.kontoId, organisationId: org.id }),
    ).toEqual({ ok: false, grund: "keinZugriff" });
    expect((await pruefeSitzung(db, { token: s.token }))?.sitzung.organisationId).toBeNull();
  });

  it("protects the last inhaber; only inhaber manage; a plain member cannot invite", async () => {
    const a = await konto();
    const b = await konto();
    const org = await gruendeOrganisation(db, { kontoId: a.kontoId, name: "Zwei", art: "verein" });
    const { token } = await eingeladen(org.id, a.kontoId, b.email);
    await nehmeEinladungAn(db, { token, kontoId: b.kontoId });
    const base = { organisationId: org.id };
    expect(
      await aendereRolle(db, {
        ...base,
        kontoId: a.kontoId,
        mitgliedKontoId: a.kontoId,
        rolle: "mitglied",
      }),
    ).toEqual({ ok: false, grund: "letzterInhaber" });
    expect(
      await entferneMitglied(db, { ...base, kontoId: a.kontoId, mitgliedKontoId: a.kontoId }),
    ).toEqual({ ok: false, grund: "letzterInhaber" });
    expect(await verlasseOrganisation(db, { ...base, kontoId: a.kontoId })).toEqual({
      ok: false,
      grund: "letzterInhaber",
    });
    expect(
      await entferneMitglied(db, { ...base, kontoId: b.kontoId, mitgliedKontoId: a.kontoId }),
    ).toEqual({ ok: false, grund: "keinZugriff" });
    expect(
      await aendereRolle(db, {
        ...base,
        kontoId: b.kontoId,
        mitgliedKontoId: b.kontoId,
        rolle: "inhaber",
      }),
    ).toEqual({ ok: false, grund: "keinZugriff" });
    const { post } = postfach();
    expect(
      await ladeEin(
        db,
        { ...base, kontoId: b.kontoId, email: neueAdresse(), rolle: "mitglied", sprache: "de" },
        { post },
      ),
    ).toEqual({ ok: false, grund: "keinZugriff" });

    // Hand over: b becomes inhaber, then a may step down and leave.
    expect(
      await aendereRolle(db, {
        ...base,
        kontoId: a.kontoId,
        mitgliedKontoId: b.kontoId,
        rolle: "inhaber",
      }),
    ).toEqual({ ok: true });
    expect(
      await aendereRolle(db, {
        ...base,
        kontoId: a.kontoId,
        mitgliedKontoId: a.kontoId,
        rolle: "mitglied",
      }),
    ).toEqual({ ok: true });
    expect(await verlasseOrganisation(db, { ...base, kontoId: a.kontoId })).toEqual({ ok: true });
    expect(await ladeOrganisation(db, { id: org.id, kontoId: a.kontoId })).toBeNull();
    expect(await ladeOrganisation(db, { id: org.id, kontoId: b.kontoId })).toMatchObject({
      rolle: "inhaber",
    });
  });

  it("a removed member loses act-for at once", async () => {
    const a = await konto();
    const b = await konto();
    const org = await gruendeOrganisation(db, {
      kontoId: a.kontoId,
      name: "Drei",
      art: "unternehmen",
    });
    const { token } = await eingeladen(org.id, a.kontoId, b.email);
    await nehmeEinladungAn(db, { token, kontoId: b.kontoId });
    const s = await sitzungVon(b.kontoId);
    await handleFuer(db, { sitzungId: s.id, kontoId: b.kontoId, organisationId: org.id });
    expect(
      await entferneMitglied(db, {
        organisationId: org.id,
        kontoId: a.kontoId,
        mitgliedKontoId: b.kontoId,
      }),
    ).toEqual({ ok: true });
    expect(
      await organisationDerSitzung(db, {
        sitzungId: s.id,
        kontoId: b.kontoId,
        organisationId: org.id,
      }),
    ).toBeNull();
    const [row] = await db.select().from(sitzung).where(eq(sitzung.id, s.id));
    expect(row?.organisationId).toBeNull();
    expect(
      await handleFuer(db, { sitzungId: s.id, kontoId: b.kontoId, organisationId: org.id }),
    ).toEqual({ ok: false, grund: "keinZugriff" });
  });
});
