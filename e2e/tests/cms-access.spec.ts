import pg from "pg";
import { type AdminResponse, CMS_TYPES, CmsAdmin } from "../support/cms-admin";
import { env, expect, test } from "../support/fixtures";

// Who may write what in the CMS, and that nobody reads unpublished content over its Content API.
// Everything goes through the real Strapi: the admin API as the admin panel uses it, and the
// Content API as the portal (read-only token) and an anonymous visitor use it.

const { meldung: MELDUNG, organisationseinheit: ORG, leistung: LEISTUNG } = CMS_TYPES;
const DRESDEN = "14612000";
const CHEMNITZ = "14511000";

/** A write the CMS refused: 403 (forbidden) or 404 (the editor may not even see it). */
function expectRefused(res: AdminResponse, what: string) {
  expect([403, 404], `${what}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
}

function meldungData(label: string, gemeindeAgs: string | null) {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    titel: `Testmeldung ${label} ${stamp}`,
    slug: `testmeldung-${label}-${stamp}`,
    datum: "2026-12-01",
    inhalt: `Inhalt der Testmeldung ${label}.`,
    gemeindeAgs,
  };
}

/** Whether the Content API (with the portal's token) serves the document: published, that is. */
async function isPublished(collection: string, documentId: string, locale = "de") {
  const res = await fetch(`${env.cmsUrl}/api/${collection}/${documentId}?locale=${locale}`, {
    headers: { Authorization: `Bearer ${env.cmsReadToken}` },
  });
  if (res.status !== 200 && res.status !== 404) throw new Error(`Content API: ${res.status}`);
  return res.status === 200;
}

let land: CmsAdmin;
let dresden: CmsAdmin;
let admin: CmsAdmin;
/** A published Meldung of Chemnitz and one of the whole state, made by the state editors. */
let chemnitzMeldung: string;
let landesMeldung: string;
const cleanup: { uid: typeof MELDUNG | typeof LEISTUNG; documentId: string }[] = [];

test.beforeAll(async () => {
  land = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
  dresden = await CmsAdmin.login(env.cmsUrl, env.municipalEditorEmail, env.municipalEditorPassword);
  admin = await CmsAdmin.login(env.cmsUrl, env.adminEmail, env.adminPassword);
  for (const [label, ags] of [
    ["chemnitz", CHEMNITZ],
    ["land", null],
  ] as const) {
    const res = await land.createAndPublish(MELDUNG, meldungData(label, ags), "de");
    expect(res.ok, JSON.stringify(res.body)).toBe(true);
    const documentId = res.body.data?.documentId ?? "";
    cleanup.push({ uid: MELDUNG, documentId });
    if (label === "chemnitz") chemnitzMeldung = documentId;
    else landesMeldung = documentId;
  }
});

test.afterAll(async () => {
  for (const { uid, documentId } of cleanup) await land.delete(uid, documentId, "de");
});

test.describe("a municipal editor bound to Dresden", () => {
  test("updates and publishes the own authority", async () => {
    const own = await dresden.findDocument(ORG, "schluessel", `gv-${DRESDEN}`);
    const telefon = String(own.telefon ?? "");
    try {
      const updated = await dresden.update(ORG, own.documentId, { telefon: "0351 4880 0000" });
      expect(updated.status, JSON.stringify(updated.body)).toBe(200);
      expect(updated.body.data?.telefon).toBe("0351 4880 0000");
      const published = await dresden.publish(ORG, own.documentId);
      expect(published.status, JSON.stringify(published.body)).toBe(200);
    } finally {
      await dresden.update(ORG, own.documentId, { telefon });
      await dresden.publish(ORG, own.documentId);
    }
  });

  test("cannot update, publish or delete another municipality's authority", async () => {
    const foreign = await land.findDocument(ORG, "schluessel", `gv-${CHEMNITZ}`);
    expectRefused(
      await dresden.update(ORG, foreign.documentId, { telefon: "0000" }),
      "update Chemnitz",
    );
    expectRefused(await dresden.publish(ORG, foreign.documentId), "publish Chemnitz");
    expectRefused(await dresden.unpublish(ORG, foreign.documentId), "unpublish Chemnitz");
    expectRefused(await dresden.delete(ORG, foreign.documentId), "delete Chemnitz");
    const after = await land.getDocument(ORG, foreign.documentId);
    expect(after.telefon).toBe(foreign.telefon);
    expect(after.gemeindeAgs).toBe(CHEMNITZ);
  });

  test("cannot update, publish, unpublish or delete another municipality's Meldung", async () => {
    for (const documentId of [chemnitzMeldung, landesMeldung]) {
      const before = await land.getDocument(MELDUNG, documentId, "de");
      expectRefused(
        await dresden.update(MELDUNG, documentId, { titel: "Übernommen" }, "de"),
        "update",
      );
      expectRefused(await dresden.publish(MELDUNG, documentId, "de"), "publish");
      expectRefused(await dresden.unpublish(MELDUNG, documentId, "de"), "unpublish");
      expectRefused(await dresden.discardDraft(MELDUNG, documentId, "de"), "discard draft");
      expectRefused(await dresden.delete(MELDUNG, documentId, "de"), "delete");
      expectRefused(
        await dresden.update(MELDUNG, documentId, { titel: "New locale" }, "en"),
        "add a locale",
      );
      expectRefused(
        await dresden.clone(MELDUNG, documentId, meldungData("klon", DRESDEN), "de"),
        "clone",
      );
      const bulk = await dresden.bulkDelete(MELDUNG, [documentId], "de");
      expect(bulk.body.count ?? 0, "bulk delete").toBe(0);

      const after = await land.getDocument(MELDUNG, documentId, "de");
      expect(after.titel).toBe(before.titel);
      expect(await isPublished("meldungen", documentId)).toBe(true);
      expect(after.gemeindeAgs).toBe(before.gemeindeAgs);
    }
  });

  test("creates Meldungen only for Dresden", async () => {
    // Asked to create one for Chemnitz, the CMS either refuses or files it under Dresden.
    const foreign = await dresden.create(MELDUNG, meldungData("fremd", CHEMNITZ), "de");
    if (foreign.ok) {
      const documentId = foreign.body.data?.documentId ?? "";
      cleanup.push({ uid: MELDUNG, documentId });
      expect((await land.getDocument(MELDUNG, documentId, "de")).gemeindeAgs).toBe(DRESDEN);
    } else {
      expectRefused(foreign, "create for Chemnitz");
    }

    const own = await dresden.create(MELDUNG, meldungData("dresden", DRESDEN), "de");
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const documentId = own.body.data?.documentId ?? "";
    expect((await land.getDocument(MELDUNG, documentId, "de")).gemeindeAgs).toBe(DRESDEN);
    expect((await dresden.publish(MELDUNG, documentId, "de")).status).toBe(200);
    expect(await isPublished("meldungen", documentId)).toBe(true);
    expect((await dresden.delete(MELDUNG, documentId, "de")).status).toBe(200);
    expect(await isPublished("meldungen", documentId)).toBe(false);
  });
});

test("an editor of the municipal role without a binding can write nothing", async () => {
  const email = `ohne-zuordnung-${Date.now()}@amt24.example`;
  const registrationToken = await admin.inviteUser({
    email,
    firstname: "Ohne",
    lastname: "Zuordnung",
    roles: ["redaktion-kommune"],
  });
  const unbound = await CmsAdmin.register(env.cmsUrl, registrationToken, {
    firstname: "Ohne",
    lastname: "Zuordnung",
    password: `Ohne-Zuordnung-${Date.now()}`,
  });

  const created = await unbound.create(MELDUNG, meldungData("ohne", DRESDEN), "de");
  expectRefused(created, "create");
  expect(created.body.error?.message).toMatch(/keiner Gemeinde zugeordnet/);
  expectRefused(
    await unbound.createAndPublish(MELDUNG, meldungData("ohne", null), "de"),
    "create and publish",
  );

  const dresdenOrg = await land.findDocument(ORG, "schluessel", `gv-${DRESDEN}`);
  expectRefused(await unbound.update(ORG, dresdenOrg.documentId, { telefon: "0" }), "update");
  expectRefused(await unbound.publish(ORG, dresdenOrg.documentId), "publish");
  for (const documentId of [chemnitzMeldung, landesMeldung]) {
    expectRefused(await unbound.update(MELDUNG, documentId, { titel: "x" }, "de"), "update");
    expectRefused(await unbound.publish(MELDUNG, documentId, "de"), "publish");
    expectRefused(await unbound.unpublish(MELDUNG, documentId, "de"), "unpublish");
    expectRefused(await unbound.delete(MELDUNG, documentId, "de"), "delete");
  }
  const leistung = await land.findLeistung("meldebescheinigung-beantragen");
  expectRefused(
    await unbound.update(LEISTUNG, leistung.documentId, { kurztext: "x" }, "de"),
    "update Leistung",
  );

  // Fail closed: without a binding no participation procedure is visible, not even Dresden's.
  const verfahren = await unbound.send<{ results: unknown[] }>(
    "GET",
    `/content-manager/collection-types/${CMS_TYPES.verfahren}?pageSize=100`,
  );
  expect(verfahren.body.results ?? []).toEqual([]);

  // Nothing was written: no Meldung of this account, the others unchanged and still published.
  expect((await land.getDocument(ORG, dresdenOrg.documentId)).telefon).toBe(dresdenOrg.telefon);
  for (const documentId of [chemnitzMeldung, landesMeldung])
    expect(await isPublished("meldungen", documentId)).toBe(true);
  const mine = await land.send<{ results: unknown[] }>(
    "GET",
    `/content-manager/collection-types/${MELDUNG}?locale=de&filters[$and][0][slug][$startsWith]=testmeldung-ohne-`,
  );
  expect(mine.body.results).toEqual([]);
});

test.describe("the Content API shows nothing unpublished", () => {
  /** A Leistung that exists only as a draft, and a published one with an unpublished change. */
  let draftOnly: string;
  let changed: { documentId: string; kurztext: string; marker: string };

  test.beforeAll(async () => {
    const stamp = Date.now();
    const created = await land.create(
      LEISTUNG,
      {
        titel: `Entwurf ${stamp}`,
        slug: `entwurf-${stamp}`,
        kurztext: `Geheimer Entwurf ${stamp}`,
      },
      "de",
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    draftOnly = created.body.data?.documentId ?? "";
    cleanup.push({ uid: LEISTUNG, documentId: draftOnly });

    const leistung = await land.findLeistung("personalausweis-beantragen");
    const marker = `Unveröffentlichte Änderung ${stamp}`;
    const updated = await land.update(LEISTUNG, leistung.documentId, { kurztext: marker }, "de");
    expect(updated.status).toBe(200);
    changed = { documentId: leistung.documentId, kurztext: leistung.kurztext, marker };
  });

  test.afterAll(async () => {
    if (changed) await land.discardDraft(LEISTUNG, changed.documentId, "de");
  });

  test("anonymous requests are refused, drafts or not", async ({ request }) => {
    for (const path of [
      "/api/leistungen",
      "/api/leistungen?status=draft",
      "/api/leistungen?status=anything",
      "/api/leistungen?status[0]=draft",
      `/api/leistungen/${draftOnly}?status=draft`,
      `/api/leistungen/${changed.documentId}?status=draft`,
      "/api/meldungen?status=draft",
      "/api/organisationseinheiten?status=draft",
    ]) {
      const res = await request.get(`${env.cmsUrl}${path}`);
      expect(res.status(), path).toBe(403);
      expect(await res.text(), path).not.toContain("Entwurf");
    }
  });

  test("the portal's read-only token reads published versions only", async ({ request }) => {
    const headers = { Authorization: `Bearer ${env.cmsReadToken}` };
    const get = (path: string) => request.get(`${env.cmsUrl}${path}`, { headers });

    const published = await get("/api/leistungen?pagination[pageSize]=1");
    expect(published.status()).toBe(200);

    for (const status of ["draft", "anything"]) {
      const list = await get(`/api/leistungen?status=${status}&locale=de&pagination[pageSize]=500`);
      expect(list.status(), status).toBe(200);
      const body = (await list.json()) as {
        data: { documentId: string; kurztext: string; publishedAt: string | null }[];
      };
      expect(body.data.length, status).toBeGreaterThan(0);
      expect(body.data.filter((l) => !l.publishedAt)).toEqual([]);
      expect(body.data.map((l) => l.documentId)).not.toContain(draftOnly);
      expect(JSON.stringify(body)).not.toContain(changed.marker);
      const entry = body.data.find((l) => l.documentId === changed.documentId);
      expect(entry?.kurztext).toBe(changed.kurztext);
    }

    for (const path of [
      `/api/leistungen/${draftOnly}?status=draft`,
      `/api/leistungen/${draftOnly}?status=draft&locale=de`,
      `/API/leistungen/${draftOnly}?status=draft`,
      `/api/leistungen/${draftOnly}?status[]=draft`,
    ]) {
      const res = await get(path);
      expect(res.status(), path).toBe(404);
    }
    const one = await get(`/api/leistungen/${changed.documentId}?status=draft&locale=de`);
    expect(one.status()).toBe(200);
    const { data } = (await one.json()) as { data: { kurztext: string; publishedAt: string } };
    expect(data.kurztext).toBe(changed.kurztext);
    expect(data.publishedAt).toBeTruthy();

    // Read-only: it cannot write either.
    const write = await request.post(`${env.cmsUrl}/api/leistungen`, {
      headers,
      data: { data: { titel: "Von außen", slug: `von-aussen-${Date.now()}` } },
    });
    expect(write.status()).toBe(403);
  });
});

test.describe("participation procedures: a municipality sees and changes only its own", () => {
  const { mandant: MANDANT, verfahren: VERFAHREN } = CMS_TYPES;
  const LEIPZIG = "14713000";
  const eigene: string[] = [];
  /** Files uploaded by the tests, deleted afterwards. */
  const dateien: (number | undefined)[] = [];
  /** A published procedure of Leipzig, made by the state editors. */
  let leipzigVerfahren: string;

  function verfahrenData(label: string, gemeindeAgs: string) {
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    return {
      titel: `Testverfahren ${label} ${stamp}`,
      slug: `testverfahren-${label}-${stamp}`,
      art: "dialog",
      gemeindeAgs,
      moderation: "vorab",
      meldeschwelle: 3,
      phasen: [],
      fragen: [],
    };
  }

  /** Whether the portal's read model holds the procedure, once the webhook's job has run. */
  async function imPortal(slug: string, erwartet: boolean) {
    const client = new pg.Client({ connectionString: env.portalDatabaseUrl });
    await client.connect();
    try {
      await expect
        .poll(
          async () =>
            (await client.query("select 1 from beteiligung_verfahren where slug = $1", [slug]))
              .rowCount,
          { timeout: 15_000 },
        )
        .toBe(erwartet ? 1 : 0);
    } finally {
      await client.end();
    }
  }

  /** The procedures' documentIds the content manager lists to an editor (drafts included). */
  async function sichtbar(editor: CmsAdmin, slugPrefix = "") {
    const query = slugPrefix ? `&filters[$and][0][slug][$startsWith]=${slugPrefix}` : "";
    const res = await editor.send<{ results: { documentId: string; gemeindeAgs: string }[] }>(
      "GET",
      `/content-manager/collection-types/${VERFAHREN}?pageSize=100${query}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results;
  }

  test.beforeAll(async () => {
    const res = await land.createAndPublish(VERFAHREN, verfahrenData("leipzig", LEIPZIG));
    expect(res.ok, JSON.stringify(res.body)).toBe(true);
    leipzigVerfahren = res.body.data?.documentId ?? "";
  });

  test.afterAll(async () => {
    for (const documentId of [leipzigVerfahren, ...eigene]) {
      if (documentId) await land.delete(VERFAHREN, documentId);
    }
    for (const id of dateien) if (id) await admin.send("DELETE", `/upload/files/${id}`);
  });

  test("lists and opens only the own municipality's procedures", async () => {
    const alle = await sichtbar(land);
    expect(alle.some((v) => v.gemeindeAgs === LEIPZIG)).toBe(true);
    const dresdens = await sichtbar(dresden);
    expect(dresdens.length).toBeGreaterThan(0);
    expect(dresdens.filter((v) => v.gemeindeAgs !== DRESDEN)).toEqual([]);
    expect(dresdens.map((v) => v.documentId)).not.toContain(leipzigVerfahren);
    // Opened by its id, the content manager finds nothing (Strapi answers 200 with empty data, as
    // for a document without a version in this locale) or refuses.
    const fremd = await dresden.send<{ data?: { documentId?: string } }>(
      "GET",
      `/content-manager/collection-types/${VERFAHREN}/${leipzigVerfahren}`,
    );
    expect([200, 403, 404], JSON.stringify(fremd.body)).toContain(fremd.status);
    expect(fremd.body?.data?.documentId).toBeUndefined();
    expect(JSON.stringify(fremd.body)).not.toContain("Testverfahren leipzig");
  });

  test("creates, publishes and deletes procedures for Dresden only", async () => {
    const data = verfahrenData("dresden", DRESDEN);
    const own = await dresden.create(VERFAHREN, data);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const documentId = own.body.data?.documentId ?? "";
    eigene.push(documentId);
    expect((await dresden.publish(VERFAHREN, documentId)).status).toBe(200);
    expect(await isPublished("beteiligungsverfahren", documentId)).toBe(true);
    // Webhook → queue → worker: the portal's read model has it.
    await imPortal(data.slug, true);

    // Asked for Leipzig, the CMS refuses or files it under Dresden.
    const foreign = await dresden.create(VERFAHREN, verfahrenData("fremd", LEIPZIG));
    if (foreign.ok) {
      const id = foreign.body.data?.documentId ?? "";
      eigene.push(id);
      expect((await land.getDocument(VERFAHREN, id)).gemeindeAgs).toBe(DRESDEN);
    } else {
      expectRefused(foreign, "create for Leipzig");
    }
    // Moving the own procedure to Leipzig does not happen either.
    await dresden.update(VERFAHREN, documentId, { gemeindeAgs: LEIPZIG });
    expect((await land.getDocument(VERFAHREN, documentId)).gemeindeAgs).toBe(DRESDEN);

    expect((await dresden.delete(VERFAHREN, documentId)).status).toBe(200);
    expect(await isPublished("beteiligungsverfahren", documentId)).toBe(false);
    await imPortal(data.slug, false);
  });

  test("attaches own PDFs to an own procedure, sees no one else's uploads, and nothing but PDFs as documents", async () => {
    const pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    const eigenes = await dresden.upload(`plan-${Date.now()}.pdf`, "application/pdf", pdf);
    expect(eigenes.status, JSON.stringify(eigenes.body)).toBe(201);
    const fremdes = await land.upload(`land-${Date.now()}.pdf`, "application/pdf", pdf);
    expect(fremdes.status).toBe(201);
    const text = await dresden.upload(`notiz-${Date.now()}.txt`, "text/plain", "Keine PDF-Datei");
    expect(text.status).toBe(201);
    const pdfId = eigenes.body[0]?.id;
    const fremdId = fremdes.body[0]?.id;
    dateien.push(pdfId, fremdId, text.body[0]?.id);

    const files = await dresden.send<{ results: { id: number }[] }>(
      "GET",
      "/upload/files?pageSize=100",
    );
    expect(files.status).toBe(200);
    const ids = files.body.results.map((f) => f.id);
    expect(ids).toContain(pdfId);
    expect(ids).not.toContain(fremdId);

    const data = verfahrenData("dokumente", DRESDEN);
    const own = await dresden.create(VERFAHREN, data);
    const documentId = own.body.data?.documentId ?? "";
    eigene.push(documentId);
    const refused = await dresden.update(VERFAHREN, documentId, { dokumente: [text.body[0]?.id] });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("ist kein PDF");
    const ok = await dresden.update(VERFAHREN, documentId, { dokumente: [pdfId] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  test("cannot change, publish or delete Leipzig's procedure", async () => {
    const before = await land.getDocument(VERFAHREN, leipzigVerfahren);
    expectRefused(
      await dresden.update(VERFAHREN, leipzigVerfahren, { titel: "Übernommen" }),
      "update",
    );
    expectRefused(await dresden.publish(VERFAHREN, leipzigVerfahren), "publish");
    expectRefused(await dresden.unpublish(VERFAHREN, leipzigVerfahren), "unpublish");
    expectRefused(await dresden.delete(VERFAHREN, leipzigVerfahren), "delete");
    const after = await land.getDocument(VERFAHREN, leipzigVerfahren);
    expect(after.titel).toBe(before.titel);
    expect(await isPublished("beteiligungsverfahren", leipzigVerfahren)).toBe(true);
  });

  test("updates the own Mandant, but creates, deletes or re-keys none", async () => {
    const own = await dresden.findDocument(MANDANT, "gemeindeAgs", DRESDEN);
    const telefon = String(own.kontaktTelefon ?? "");
    try {
      const updated = await dresden.update(MANDANT, own.documentId, {
        kontaktTelefon: "0351 488 0000",
        gemeindeAgs: LEIPZIG,
      });
      expect(updated.status, JSON.stringify(updated.body)).toBe(200);
      const after = await land.getDocument(MANDANT, own.documentId);
      expect(after.kontaktTelefon).toBe("0351 488 0000");
      expect(after.gemeindeAgs).toBe(DRESDEN);
      expect((await dresden.publish(MANDANT, own.documentId)).status).toBe(200);
    } finally {
      await dresden.update(MANDANT, own.documentId, { kontaktTelefon: telefon });
      await dresden.publish(MANDANT, own.documentId);
    }
    expectRefused(
      await dresden.create(MANDANT, { name: "Neu", gemeindeAgs: "14522000" }),
      "create a Mandant",
    );
    expectRefused(await dresden.delete(MANDANT, own.documentId), "delete the own Mandant");
    const leipzig = await land.findDocument(MANDANT, "gemeindeAgs", LEIPZIG);
    expectRefused(
      await dresden.update(MANDANT, leipzig.documentId, { name: "x" }),
      "update Leipzig",
    );
  });
});
