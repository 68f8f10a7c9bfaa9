import { describe, expect, it } from "vitest";
import { pruefeWebhookSignatur, signiereWebhook } from "../src/webhook-signatur.ts";

const GEHEIMNIS = "whsec_test_geheimnis";
const JETZT = new Date("2026-03-02T10:00:00Z");
const T = Math.floor(JETZT.getTime() / 1000);
const BODY = JSON.stringify({
  id: "evt_42",
  object: "event",
  type: "payment_intent.succeeded",
  created: T,
  data: { object: { id: "pi_1", object: "payment_intent", amount: 3070 } },
});

const pruefe = (body: string, header: string | undefined, extra: { jetzt?: Date } = {}) =>
  pruefeWebhookSignatur({ body, header, geheimnis: GEHEIMNIS, jetzt: JETZT, ...extra });

describe("webhook signature (Stripe's scheme)", () => {
  it("signs t=<seconds>,v1=<HMAC-SHA256 hex of '<t>.<body>'> and accepts its own signature", () => {
    const header = signiereWebhook(GEHEIMNIS, BODY, JETZT);
    expect(header).toMatch(new RegExp(`^t=${T},v1=[0-9a-f]{64}$`, "u"));
    const r = pruefe(BODY, header);
    expect(r).toEqual({ ok: true, ereignis: JSON.parse(BODY) });
  });

  it("matches an independent HMAC computation (a subscriber without our helper)", async () => {
    const { createHmac } = await import("node:crypto");
    const erwartet = createHmac("sha256", GEHEIMNIS).update(`${T}.${BODY}`).digest("hex");
    expect(signiereWebhook(GEHEIMNIS, BODY, JETZT)).toBe(`t=${T},v1=${erwartet}`);
  });

  it("refuses a tampered body", () => {
    const header = signiereWebhook(GEHEIMNIS, BODY, JETZT);
    const falsch = BODY.replace('"amount":3070', '"amount":1');
    expect(pruefe(falsch, header)).toEqual({ ok: false, grund: "signatur-ungueltig" });
    expect(pruefe(`${BODY} `, header)).toEqual({ ok: false, grund: "signatur-ungueltig" });
  });

  it("refuses a tampered timestamp (a replay made to look fresh)", () => {
    const alt = new Date(JETZT.getTime() - 3600_000);
    const header = signiereWebhook(GEHEIMNIS, BODY, alt);
    const frisch = header.replace(/^t=\d+/u, `t=${T}`);
    expect(pruefe(BODY, frisch)).toEqual({ ok: false, grund: "signatur-ungueltig" });
  });

  it("refuses a replayed old request outside the window, and one from the future", () => {
    const vorSechsMinuten = new Date(JETZT.getTime() - 301_000);
    expect(pruefe(BODY, signiereWebhook(GEHEIMNIS, BODY, vorSechsMinuten))).toEqual({
      ok: false,
      grund: "zeit-abgelaufen",
    });
    const spaeter = new Date(JETZT.getTime() + 301_000);
    expect(pruefe(BODY, signiereWebhook(GEHEIMNIS, BODY, spaeter))).toEqual({
      ok: false,
      grund: "zeit-abgelaufen",
    });
    // Just inside the window, and a caller's own tolerance.
    const vorFuenf = new Date(JETZT.getTime() - 299_000);
    expect(pruefe(BODY, signiereWebhook(GEHEIMNIS, BODY, vorFuenf)).ok).toBe(true);
    expect(
      pruefeWebhookSignatur({
        body: BODY,
        header: signiereWebhook(GEHEIMNIS, BODY, vorFuenf),
        geheimnis: GEHEIMNIS,
        jetzt: JETZT,
        toleranzSekunden: 60,
      }),
    ).toEqual({ ok: false, grund: "zeit-abgelaufen" });
  });

  it("refuses another secret", () => {
    const header = signiereWebhook("whsec_anderes", BODY, JETZT);
    expect(pruefe(BODY, header)).toEqual({ ok: false, grund: "signatur-ungueltig" });
  });

  it("accepts one matching v1 among several (secret rotation)", () => {
    const alt = signiereWebhook("whsec_alt", BODY, JETZT).split(",")[1];
    const neu = signiereWebhook(GEHEIMNIS, BODY, JETZT).split(",")[1];
    expect(pruefe(BODY, `t=${T},${alt},${neu}`).ok).toBe(true);
    expect(pruefe(BODY, `t=${T},${neu},${alt}`).ok).toBe(true);
    expect(pruefe(BODY, `t=${T},${alt}`)).toEqual({ ok: false, grund: "signatur-ungueltig" });
  });

  it("tells a missing header from a garbled one", () => {
    expect(pruefe(BODY, undefined)).toEqual({ ok: false, grund: "signatur-fehlt" });
    expect(pruefe(BODY, "")).toEqual({ ok: false, grund: "signatur-fehlt" });
    for (const kaputt of [
      "garbage",
      `t=${T}`,
      "v1=00",
      `t=abc,v1=${"0".repeat(64)}`,
      `t=${T},v1=${"z".repeat(64)}`,
      `t=${T},v0=${"0".repeat(64)}`,
    ]) {
      expect(pruefe(BODY, kaputt), kaputt).toEqual({ ok: false, grund: "format" });
    }
  });

  it("refuses a correctly signed body that is not an event", () => {
    for (const body of ["not json", "null", '{"id":"evt_1"}']) {
      expect(pruefe(body, signiereWebhook(GEHEIMNIS, body, JETZT)), body).toEqual({
        ok: false,
        grund: "format",
      });
    }
  });
});
