import { readFileSync } from "node:fs";
import { errors } from "@strapi/utils";
import { describe, expect, it } from "vitest";
import {
  type FormularEntwurf,
  formularPruefung,
  veroeffentlichungsFehler,
} from "../src/bootstrap/formular";

// The publish guard of Formulare: the portal's rules (bundled from @portal/forms/regeln) decide.

const [seed] = JSON.parse(
  readFileSync(
    new URL("../../../seed/cms/formulare/meldebescheinigung.json", import.meta.url),
    "utf8",
  ),
) as { schluessel: string; leistung: string; definition: Record<string, unknown> }[];
const entwurf = (): FormularEntwurf => ({
  schluessel: seed!.schluessel,
  leistung: seed!.leistung,
  definition: structuredClone(seed!.definition),
});
const mitFehlendemFeld = () => {
  const e = entwurf();
  const seiten = (e.definition as { seiten: Record<string, unknown>[] }).seiten;
  seiten[2] = { ...seiten[2], bedingung: { feld: "artDerBescheinigung", ist: "erweitert" } };
  return e;
};

describe("publishing a Formular", () => {
  it("lets a valid definition through", () => {
    expect(veroeffentlichungsFehler(entwurf())).toBeNull();
  });

  it("refuses a condition on a missing field with a German message naming the place and the field", () => {
    const fehler = veroeffentlichungsFehler(mitFehlendemFeld());
    expect(fehler).toBeInstanceOf(errors.ValidationError);
    expect(fehler?.message).toBe(
      "Das Formular wurde nicht veröffentlicht: es enthält einen Fehler. Bitte korrigieren Sie die Definition und veröffentlichen Sie erneut.\n" +
        "• definition.seiten.2.bedingung.feld: Die Bedingung verweist auf das Feld „artDerBescheinigung“, das es nicht gibt.",
    );
    expect(fehler?.details).toEqual({
      errors: [
        {
          path: ["definition", "seiten", "2", "bedingung", "feld"],
          message: expect.stringContaining("„artDerBescheinigung“"),
          name: "ValidationError",
        },
      ],
    });
  });

  it("refuses a Formular without a published Leistung, and lists many problems in short", () => {
    expect(veroeffentlichungsFehler({ ...entwurf(), leistung: null })?.message).toContain(
      "leistung: Das Formular ist mit keiner veröffentlichten Leistung verknüpft.",
    );
    const e = entwurf();
    // 20 entries with the same code (19 problems; the condition on "sonstiges" no longer fits:
    // one more), and braces in the editor's value.
    const def = e.definition as { codelisten: Record<string, unknown[]> };
    def.codelisten.zweck = Array.from({ length: 20 }, () => ({
      code: "{y}",
      label: { de: "Y", en: "Y" },
    }));
    const message = veroeffentlichungsFehler(e)?.message ?? "";
    expect(message).toContain("es enthält 20 Fehler.");
    expect(message).toContain("Der Code „(y)“ steht mehrfach in der Codeliste.");
    expect(message).toMatch(/… und 5 weitere$/);
    expect(message).not.toMatch(/[{}]/);
  });
});

/** Just enough of Strapi for the middleware: the draft in the database and the document service. */
function strapiMit(entwuerfe: Record<string, unknown>, veroeffentlichteLeistungen: string[]) {
  const aufrufe: string[] = [];
  const strapi = {
    db: {
      query: (uid: string) => ({
        findOne: async ({ where }: { where: { documentId: string } }) =>
          uid === "api::formular.formular" ? (entwuerfe[where.documentId] ?? null) : null,
        count: async ({ where }: { where: { documentId: string } }) =>
          veroeffentlichteLeistungen.includes(where.documentId) ? 1 : 0,
      }),
      transaction: async <T>(fn: () => Promise<T>) => fn(),
    },
    documents: () => ({
      publish: async ({ documentId }: { documentId: string }) => {
        aufrufe.push(`publish ${documentId}`);
        return { documentId, entries: [{ documentId, publishedAt: "jetzt" }] };
      },
    }),
  };
  return { strapi: strapi as never, aufrufe };
}

const zeile = (e: FormularEntwurf) => ({
  schluessel: e.schluessel,
  definition: e.definition,
  leistung: { documentId: "l-1", slug: e.leistung },
});

describe("the Document Service middleware", () => {
  it("refuses to publish a broken draft and lets a valid one through", async () => {
    const { strapi } = strapiMit({ gut: zeile(entwurf()), kaputt: zeile(mitFehlendemFeld()) }, [
      "l-1",
    ]);
    const pruefung = formularPruefung(strapi);
    let weiter = 0;
    const next = async () => ++weiter;
    const ctx = (documentId: string) =>
      ({ uid: "api::formular.formular", action: "publish", params: { documentId } }) as never;
    await expect(pruefung(ctx("kaputt"), next as never)).rejects.toBeInstanceOf(
      errors.ValidationError,
    );
    expect(weiter).toBe(0);
    await pruefung(ctx("gut"), next as never);
    expect(weiter).toBe(1);
  });

  it("refuses when the linked Leistung has no published version", async () => {
    const { strapi } = strapiMit({ gut: zeile(entwurf()) }, []);
    const ctx = {
      uid: "api::formular.formular",
      action: "publish",
      params: { documentId: "gut" },
    } as never;
    await expect(formularPruefung(strapi)(ctx, (async () => 1) as never)).rejects.toThrow(
      /keiner veröffentlichten Leistung/,
    );
  });

  it("splits create with status published into a draft and a checked publish; other models pass", async () => {
    const { strapi, aufrufe } = strapiMit({}, []);
    const params = { status: "published", data: {} };
    const ergebnis = await formularPruefung(strapi)(
      { uid: "api::formular.formular", action: "create", params } as never,
      (async () => {
        aufrufe.push(`create ${params.status}`);
        return { documentId: "neu" };
      }) as never,
    );
    expect(aufrufe).toEqual(["create draft", "publish neu"]);
    expect(ergebnis).toEqual({ documentId: "neu", publishedAt: "jetzt" });

    const andere = { status: "published" };
    await formularPruefung(strapi)(
      { uid: "api::leistung.leistung", action: "create", params: andere } as never,
      (async () => null) as never,
    );
    expect(andere.status).toBe("published");
  });
});
