import { describe, expect, it } from "vitest";
import { pruefeWidgetToken, signiereWidgetToken, TOKEN_GUELTIG_MS } from "../src/token.ts";

const SCHLUESSEL = "ein-schluessel-nur-fuer-diesen-test-0123456789";
const daten = {
  kontoId: "0b7e9f6c-1d2a-4c3b-9e8f-7a6b5c4d3e2f",
  niveau: "niedrig" as const,
  verfahren: "radverkehrskonzept-dresden-2035",
  origin: "http://localhost:4400",
};
const jetzt = new Date("2026-12-07T12:00:00Z");
const erwartet = { verfahren: daten.verfahren, origin: daten.origin };

describe("widget token", () => {
  it("carries account, level, procedure and origin, and expires after 10 minutes", () => {
    const token = signiereWidgetToken(SCHLUESSEL, daten, jetzt);
    const r = pruefeWidgetToken(SCHLUESSEL, token, erwartet, new Date(jetzt.getTime() + 1000));
    expect(r).toEqual({
      ok: true,
      token: { ...daten, ablauf: new Date(jetzt.getTime() + TOKEN_GUELTIG_MS) },
    });
    const kurzDavor = new Date(jetzt.getTime() + TOKEN_GUELTIG_MS - 1);
    expect(pruefeWidgetToken(SCHLUESSEL, token, erwartet, kurzDavor).ok).toBe(true);
    const danach = new Date(jetzt.getTime() + TOKEN_GUELTIG_MS);
    expect(pruefeWidgetToken(SCHLUESSEL, token, erwartet, danach)).toEqual({
      ok: false,
      grund: "abgelaufen",
    });
  });

  it("is refused for another procedure or another origin", () => {
    const token = signiereWidgetToken(SCHLUESSEL, daten, jetzt);
    expect(
      pruefeWidgetToken(SCHLUESSEL, token, { ...erwartet, verfahren: "anderes-verfahren" }, jetzt),
    ).toEqual({ ok: false, grund: "verfahren" });
    expect(
      pruefeWidgetToken(
        SCHLUESSEL,
        token,
        { ...erwartet, origin: "http://fremde-seite.localhost:4401" },
        jetzt,
      ),
    ).toEqual({ ok: false, grund: "ursprung" });
    expect(pruefeWidgetToken(SCHLUESSEL, token, { ...erwartet, origin: null }, jetzt)).toEqual({
      ok: false,
      grund: "ursprung",
    });
  });

  it("is refused when forged, changed, signed with another key or malformed", () => {
    const token = signiereWidgetToken(SCHLUESSEL, daten, jetzt);
    const [nutzlast, sig] = token.split(".") as [string, string];
    const anders = Buffer.from(
      JSON.stringify({
        k: daten.kontoId,
        n: "hoch",
        v: daten.verfahren,
        o: daten.origin,
        e: jetzt.getTime() + 60_000,
      }),
    ).toString("base64url");
    for (const falsch of [
      `${anders}.${sig}`,
      `${nutzlast}.${sig.slice(0, -2)}AA`,
      signiereWidgetToken(`${SCHLUESSEL}-anders`, daten, jetzt),
      `${nutzlast}.${sig}.x`,
      nutzlast,
      "",
      42,
      null,
      "x".repeat(5000),
    ]) {
      expect(pruefeWidgetToken(SCHLUESSEL, falsch, erwartet, jetzt)).toEqual({
        ok: false,
        grund: "ungueltig",
      });
    }
  });

  it("cannot be made for longer than 10 minutes", () => {
    expect(() => signiereWidgetToken(SCHLUESSEL, daten, jetzt, TOKEN_GUELTIG_MS + 1)).toThrow(
      RangeError,
    );
  });
});
