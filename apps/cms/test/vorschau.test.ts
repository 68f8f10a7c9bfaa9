import { describe, expect, it, vi } from "vitest";
import adminConfig from "../config/admin";
import { cmsEnv } from "../src/env";
import {
  pruefeVorschau,
  signiereVorschau,
  vorschauEntwurf,
  vorschauHandler,
  vorschauSignatur,
} from "../src/vorschau";

// The editor's preview: Strapi's preview handler signs the portal's URL with the portal's own rule.

const GEHEIMNIS = "vorschau-geheimnis-fuer-tests";
const DOK = "k3x9q2m7w1b8z5r4t6y0p2ab";

describe("the preview of a Formular", () => {
  it("signs as the portal verifies (the same fixed vector as packages/forms/test)", async () => {
    expect(await vorschauSignatur(DOK, 1772359200, GEHEIMNIS)).toBe(
      "q_img0zMRryioFVs_OU8bsKGoB4QK2e6GPrwtHDEzDY",
    );
  });

  it("links Formulare, and only Formulare, to the portal's signed preview page", async () => {
    const handler = vorschauHandler({ portalUrl: "http://localhost:3000/", geheimnis: GEHEIMNIS });
    const url = await handler("api::formular.formular", { documentId: DOK, status: "draft" });
    expect(url).toMatch(
      new RegExp(`^http://localhost:3000/de/antrag/vorschau/${DOK}\\?bis=\\d+&sig=[\\w-]{43}$`),
    );
    const q = new URL(url ?? "").searchParams;
    const bis = Number(q.get("bis"));
    expect(bis - Date.now() / 1000).toBeGreaterThan(14 * 60);
    expect(bis - Date.now() / 1000).toBeLessThanOrEqual(15 * 60);
    expect((await pruefeVorschau(DOK, q.get("bis"), q.get("sig"), GEHEIMNIS)).ok).toBe(true);
    expect((await pruefeVorschau("anderes", q.get("bis"), q.get("sig"), GEHEIMNIS)).ok).toBe(false);
    for (const uid of ["api::leistung.leistung", "api::seite.seite", "api::meldung.meldung"]) {
      expect(await handler(uid, { documentId: DOK })).toBeNull();
    }
  });

  it("is on with the portal's address and the secret, framing only the portal's origin", () => {
    const werte: Record<string, string> = {
      PORTAL_URL: "http://localhost:3000",
      PREVIEW_SECRET: GEHEIMNIS,
    };
    const env = ((k: string) => werte[k]) as never;
    const config = adminConfig({ env } as never) as {
      preview: { enabled: boolean; config: { allowedOrigins: string[] } };
    };
    expect(config.preview.enabled).toBe(true);
    expect(config.preview.config.allowedOrigins).toEqual(["http://localhost:3000"]);
    const ohne = adminConfig({ env: (() => undefined) as never } as never) as typeof config;
    expect(ohne.preview.enabled).toBe(false);
  });
});

describe("the draft route of the preview page", () => {
  const TOKEN = "t".repeat(40);
  const zeile = {
    schluessel: "meldebescheinigung",
    definition: { titel: { de: "x", en: "x" } },
    leistung: null,
  };
  const antwort = async (query: Record<string, unknown>, auth = `Bearer ${TOKEN}`) => {
    const ctx = {
      params: { documentId: DOK },
      query,
      get: (h: string) => (h.toLowerCase() === "authorization" ? auth : ""),
      status: 200,
      body: undefined as unknown,
    };
    await vorschauEntwurf(ctx);
    return ctx;
  };

  it("answers the draft only with the read token and a valid signature for the document", async () => {
    Object.assign(cmsEnv, { readToken: TOKEN, previewSecret: GEHEIMNIS });
    const findOne = vi.fn(async () => zeile);
    vi.stubGlobal("strapi", { db: { query: () => ({ findOne, count: async () => 0 }) } });
    try {
      const { bis, sig } = await signiereVorschau(DOK, GEHEIMNIS);
      expect((await antwort({ bis: String(bis), sig }, "Bearer falsch")).status).toBe(401);
      expect((await antwort({ bis: String(bis), sig }, "")).status).toBe(401);
      expect((await antwort({ bis: String(bis + 60), sig })).status).toBe(403);
      expect((await antwort({ bis: String(bis) })).status).toBe(403);
      expect(findOne).not.toHaveBeenCalled();
      const ok = await antwort({ bis: String(bis), sig });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({
        data: {
          documentId: DOK,
          schluessel: "meldebescheinigung",
          leistung: null,
          definition: zeile.definition,
        },
      });
      // Only the draft row is read (publishedAt null).
      expect(findOne).toHaveBeenCalledWith(
        expect.objectContaining({ where: { documentId: DOK, publishedAt: null } }),
      );
      findOne.mockResolvedValueOnce(null as never);
      expect((await antwort({ bis: String(bis), sig })).status).toBe(404);
      Object.assign(cmsEnv, { previewSecret: undefined });
      expect((await antwort({ bis: String(bis), sig })).status).toBe(404);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
