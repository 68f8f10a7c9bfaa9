import { describe, expect, it } from "vitest";
import { publicUrl } from "./env";
import { leseJson, pruefeZugang, vorabAntwort } from "./widget";

// The widget API's gate (lib/widget.ts): who may ask (per-tenant CORS) and what a body may be.
// The routes and the domain behind them run in e2e/tests/widget.spec.ts.

const DOMAINS = ["localhost", "www.dresden.de"];
const anfrage = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://localhost:3000/api/beteiligung/v1/verfahren/x/beitraege", {
    method: body === undefined ? "GET" : "POST",
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

describe("pruefeZugang", () => {
  it("answers an allowed page with CORS for exactly its origin", () => {
    const z = pruefeZugang(anfrage({ Origin: "https://www.dresden.de" }), DOMAINS);
    expect(z).toEqual({
      ok: true,
      origin: "https://www.dresden.de",
      koepfe: { Vary: "Origin", "Access-Control-Allow-Origin": "https://www.dresden.de" },
    });
  });

  it("always allows the portal's own pages (PUBLIC_URL), even with an empty list", () => {
    expect(pruefeZugang(anfrage({ Origin: new URL(publicUrl()).origin }), []).ok).toBe(true);
  });

  it("refuses another page with 403, a JSON message and no CORS header", async () => {
    const z = pruefeZugang(anfrage({ Origin: "http://fremde-seite.localhost:4401" }), DOMAINS);
    expect(z.ok).toBe(false);
    if (z.ok) return;
    expect(z.antwort.status).toBe(403);
    expect(z.antwort.headers.get("access-control-allow-origin")).toBeNull();
    expect(z.antwort.headers.get("vary")).toBe("Origin");
    const body = await z.antwort.json();
    expect(body.fehler).toBe("ursprung");
    expect(body.meldung.de).toMatch(/darf das Beteiligungsverfahren nicht einbinden/);
    expect(body.meldung.en).toMatch(/may not embed/);
  });

  it("refuses a cross-site request without Origin, and a write without Origin", () => {
    expect(pruefeZugang(anfrage({ "Sec-Fetch-Site": "cross-site" }), DOMAINS).ok).toBe(false);
    expect(pruefeZugang(anfrage({ "Sec-Fetch-Site": "same-site" }), DOMAINS).ok).toBe(false);
    expect(pruefeZugang(anfrage({}), DOMAINS, { mitOrigin: true }).ok).toBe(false);
    // A same-origin read (browsers send no Origin on it) or no browser at all: public data.
    expect(pruefeZugang(anfrage({ "Sec-Fetch-Site": "same-origin" }), DOMAINS).ok).toBe(true);
    expect(pruefeZugang(anfrage({}), DOMAINS).ok).toBe(true);
  });

  it("answers the preflight of an allowed page with the methods and headers the widget uses", () => {
    const r = vorabAntwort(
      pruefeZugang(anfrage({ Origin: "http://localhost:4400" }), DOMAINS),
      "POST, OPTIONS",
    );
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBe("http://localhost:4400");
    expect(r.headers.get("access-control-allow-headers")).toBe("Content-Type, Authorization");
    expect(r.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    expect(r.headers.get("access-control-allow-credentials")).toBeNull();
    const nein = vorabAntwort(
      pruefeZugang(anfrage({ Origin: "https://evil.example" }), DOMAINS),
      "POST",
    );
    expect(nein.status).toBe(403);
    expect(nein.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("leseJson", () => {
  const json = { "Content-Type": "application/json" };

  it("reads a JSON object, verbatim", async () => {
    const text = `<script>alert(1)</script> =HYPERLINK("x") \u202E🙂`;
    expect(await leseJson(anfrage(json, JSON.stringify({ text })))).toEqual({
      ok: true,
      wert: { text },
    });
  });

  it("refuses malformed JSON, non-objects and broken UTF-8 with 400", async () => {
    for (const body of ["{bad", "[1,2]", "null", "42", '"text"', ""]) {
      expect(await leseJson(anfrage(json, body)), body).toEqual({
        ok: false,
        status: 400,
        fehler: "json",
      });
    }
    const kaputt = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect(await leseJson(anfrage(json, kaputt))).toEqual({
      ok: false,
      status: 400,
      fehler: "json",
    });
  });

  it("refuses another content type with 415", async () => {
    expect(await leseJson(anfrage({ "Content-Type": "text/plain" }, "{}"))).toMatchObject({
      status: 415,
    });
    expect(await leseJson(anfrage({ "Content-Type": "application/jsonx" }, "{}"))).toMatchObject({
      status: 415,
    });
  });

  it("refuses more than 16 KB with 413, also when no Content-Length says so", async () => {
    const gross = JSON.stringify({ text: "a".repeat(16 * 1024) });
    expect(await leseJson(anfrage(json, gross))).toEqual({
      ok: false,
      status: 413,
      fehler: "zu-gross",
    });
    const strom = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new TextEncoder().encode(`{"text":"${"b".repeat(4096)}`));
      },
    });
    expect(await leseJson(anfrage(json, strom))).toEqual({
      ok: false,
      status: 413,
      fehler: "zu-gross",
    });
    const genau = JSON.stringify({ t: "c".repeat(16 * 1024 - 8) });
    expect(genau.length).toBe(16 * 1024);
    expect((await leseJson(anfrage(json, genau))).ok).toBe(true);
  });
});
