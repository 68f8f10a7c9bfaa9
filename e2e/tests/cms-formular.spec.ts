import { CMS_TYPES, CmsAdmin, type DocumentBody } from "../support/cms-admin";
import { env, expect, test } from "../support/fixtures";

// "A broken definition cannot be published": the real Strapi refuses, with the portal's rules and
// their German message, as an editor of the state pressing "Publish" on a changed Formular.

const { formular: FORMULAR } = CMS_TYPES;

async function veroeffentlichteDefinition(documentId: string) {
  const res = await fetch(`${env.cmsUrl}/api/formulare/${documentId}`, {
    headers: { Authorization: `Bearer ${env.cmsReadToken}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    data: { leistung: { slug: string } | null; definition: { seiten: { bedingung?: unknown }[] } };
  };
  return body.data;
}

test("a Formular with a condition on a missing field is not published; the published version stays", async () => {
  const land = await CmsAdmin.login(env.cmsUrl, env.editorEmail, env.editorPassword);
  const { documentId } = await land.findDocument(FORMULAR, "schluessel", "meldebescheinigung");
  const vorher = await veroeffentlichteDefinition(documentId);
  expect(vorher.leistung?.slug).toBe("meldebescheinigung-beantragen");

  const entwurf = await land.getDocument(FORMULAR, documentId);
  const definition = structuredClone(entwurf.definition) as { seiten: Record<string, unknown>[] };
  definition.seiten[2] = {
    ...definition.seiten[2],
    bedingung: { feld: "artDerBescheinigung", ist: "erweitert" },
  };
  // Save and publish in one request, as the admin panel's "Publish" does with unsaved changes.
  const res = await land.send<DocumentBody>(
    "POST",
    `/content-manager/collection-types/${FORMULAR}/${documentId}/actions/publish`,
    { titel: entwurf.titel, schluessel: entwurf.schluessel, definition },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error?.message).toContain("Das Formular wurde nicht veröffentlicht");
  expect(res.body.error?.message).toContain(
    "definition.seiten.2.bedingung.feld: Die Bedingung verweist auf das Feld „artDerBescheinigung“, das es nicht gibt.",
  );
  expect(await veroeffentlichteDefinition(documentId)).toEqual(vorher);
  // The refusal rolled the draft back too; saving a draft alone is allowed.
  expect((await land.getDocument(FORMULAR, documentId)).definition).toEqual(entwurf.definition);
});
