import { meldebescheinigung } from "@portal/forms/beispiele";
import { signiereVorschau } from "@portal/forms/regeln";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import seed from "../../../../seed/cms/formulare/meldebescheinigung.json" with { type: "json" };
import { ladeVorschau, vorschauAusEntwurf } from "./vorschau";
import { pruefeVorschauLink, vorschauDokument } from "./vorschau-link";

// The preview page's data: the link's check, and a CMS draft → the preview model or its errors.

const eintrag = seed[0]!;
const entwurf = (definition: unknown = structuredClone(eintrag.definition)) => ({
  documentId: "abc123",
  schluessel: eintrag.schluessel,
  leistung: eintrag.leistung,
  definition,
});

describe("a draft in the preview", () => {
  it("gives every page in order when the definition is valid", () => {
    const z = vorschauAusEntwurf(entwurf(), "de");
    expect(z.art).toBe("vorschau");
    if (z.art !== "vorschau") return;
    expect(z.vorschau.seiten.map((s) => s.id)).toEqual(meldebescheinigung.seiten.map((s) => s.id));
    expect(z.vorschau.seiten.find((s) => s.id === "umfang")?.bedingung).toBe(
      "nur wenn „Art der Meldebescheinigung“ = „Erweiterte Meldebescheinigung“",
    );
  });

  it("lists the errors as the CMS's publish refusal words them", () => {
    const def = structuredClone(eintrag.definition) as { seiten: Record<string, unknown>[] };
    def.seiten[2] = { ...def.seiten[2], bedingung: { feld: "artDerBescheinigung", ist: "x" } };
    const z = vorschauAusEntwurf(entwurf(def), "de");
    expect(z).toEqual({
      art: "fehler",
      titel: "Meldebescheinigung beantragen",
      fehler: [
        "definition.seiten.2.bedingung.feld: Die Bedingung verweist auf das Feld „artDerBescheinigung“, das es nicht gibt.",
      ],
    });
    expect(vorschauAusEntwurf({ ...entwurf(), leistung: null }, "de")).toMatchObject({
      art: "fehler",
    });
  });
});

describe("a preview link", () => {
  const GEHEIMNIS = "ein-vorschau-geheimnis-fuer-tests";
  beforeEach(() => {
    vi.stubEnv("PREVIEW_SECRET", GEHEIMNIS);
    vi.stubEnv("CMS_WEBHOOK_SECRET", "x".repeat(16));
    vi.stubEnv("CMS_READ_TOKEN", "y".repeat(32));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it("is checked for its document; the path names the document", async () => {
    const { bis, sig } = await signiereVorschau("abc123", GEHEIMNIS);
    expect((await pruefeVorschauLink("abc123", String(bis), sig)).ok).toBe(true);
    expect((await pruefeVorschauLink("abc124", String(bis), sig)).ok).toBe(false);
    expect(vorschauDokument("/de/antrag/vorschau/abc123")).toBe("abc123");
    expect(vorschauDokument("/en/antrag/vorschau/abc123/")).toBe("abc123");
    expect(vorschauDokument("/de/antrag/meldebescheinigung")).toBeNull();
  });

  it("is refused without a preview secret", async () => {
    const { bis, sig } = await signiereVorschau("abc123", GEHEIMNIS);
    vi.stubEnv("PREVIEW_SECRET", "");
    expect(await pruefeVorschauLink("abc123", String(bis), sig)).toEqual({
      ok: false,
      grund: "ungueltig",
    });
  });

  it("fetches nothing when it is not genuine, and reads the draft with it when it is", async () => {
    const fetch = vi.fn(async () => Response.json({ data: entwurf() }));
    vi.stubGlobal("fetch", fetch);
    const { bis, sig } = await signiereVorschau("abc123", GEHEIMNIS);
    expect(
      await ladeVorschau("abc123", { bis: String(bis), sig: `${sig.slice(0, -2)}AA` }, "de"),
    ).toEqual({ art: "ungueltig" });
    expect(await ladeVorschau("abc123", { bis: String(bis - 3600), sig }, "de")).toEqual({
      art: "ungueltig",
    });
    expect(fetch).not.toHaveBeenCalled();
    const z = await ladeVorschau("abc123", { bis: String(bis), sig }, "de");
    expect(z.art).toBe("vorschau");
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(
      `http://127.0.0.1:1337/api/formulare/abc123/vorschau?bis=${bis}&sig=${encodeURIComponent(sig)}`,
    );
    expect((init.headers as Record<string, string>).Authorization).toBe(`Bearer ${"y".repeat(32)}`);
    fetch.mockResolvedValueOnce(new Response(null, { status: 403 }));
    expect(await ladeVorschau("abc123", { bis: String(bis), sig }, "de")).toEqual({
      art: "ungueltig",
    });
    fetch.mockResolvedValueOnce(new Response(null, { status: 404 }));
    expect(await ladeVorschau("abc123", { bis: String(bis), sig }, "de")).toEqual({
      art: "nicht-gefunden",
    });
    fetch.mockRejectedValueOnce(new TypeError("fetch failed"));
    expect(await ladeVorschau("abc123", { bis: String(bis), sig }, "de")).toEqual({
      art: "cms-nicht-erreichbar",
    });
  });
});
