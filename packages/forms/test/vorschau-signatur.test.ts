import { describe, expect, it } from "vitest";
import {
  pruefeVorschau,
  signiereVorschau,
  VORSCHAU_GUELTIG_SEKUNDEN,
  vorschauSignatur,
} from "../src/services/vorschau-signatur.ts";

// The preview link's signature: the CMS signs, the portal (and the CMS's draft route) verify.

const GEHEIMNIS = "vorschau-geheimnis-fuer-tests";
const DOK = "k3x9q2m7w1b8z5r4t6y0p2ab";
const JETZT = Date.UTC(2026, 2, 1, 10, 0, 0);
/** HMAC-SHA256(GEHEIMNIS, `${DOK}.1772359200`), base64url. */
const FESTER_VEKTOR = "q_img0zMRryioFVs_OU8bsKGoB4QK2e6GPrwtHDEzDY";

describe("a preview link", () => {
  it("matches a fixed vector (the CMS bundles the same code; apps/cms/test checks the bundle)", async () => {
    // Computed independently: printf 'k3x9q2m7w1b8z5r4t6y0p2ab.1772359200' |
    //   openssl dgst -sha256 -hmac vorschau-geheimnis-fuer-tests (hex abf8a683…c4cc36)
    expect(await vorschauSignatur(DOK, 1772359200, GEHEIMNIS)).toBe(FESTER_VEKTOR);
  });

  it("is valid for its document until now + 15 minutes", async () => {
    const { bis, sig } = await signiereVorschau(DOK, GEHEIMNIS, JETZT);
    expect(bis).toBe(JETZT / 1000 + VORSCHAU_GUELTIG_SEKUNDEN);
    expect(await pruefeVorschau(DOK, String(bis), sig, GEHEIMNIS, JETZT)).toEqual({
      ok: true,
      bis,
    });
    // Still valid in its last second, expired one second later.
    expect((await pruefeVorschau(DOK, String(bis), sig, GEHEIMNIS, bis * 1000)).ok).toBe(true);
    expect(await pruefeVorschau(DOK, String(bis), sig, GEHEIMNIS, (bis + 1) * 1000)).toEqual({
      ok: false,
      grund: "abgelaufen",
    });
  });

  it("is refused when the signature or the expiry was changed", async () => {
    const { bis, sig } = await signiereVorschau(DOK, GEHEIMNIS, JETZT);
    const anders = `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`;
    expect(await pruefeVorschau(DOK, String(bis), anders, GEHEIMNIS, JETZT)).toEqual({
      ok: false,
      grund: "ungueltig",
    });
    // A later expiry with the old signature.
    expect((await pruefeVorschau(DOK, String(bis + 600), sig, GEHEIMNIS, JETZT)).ok).toBe(false);
    // Signed with another secret.
    const fremd = await signiereVorschau(DOK, "ein-ganz-anderes-geheimnis", JETZT);
    expect((await pruefeVorschau(DOK, String(fremd.bis), fremd.sig, GEHEIMNIS, JETZT)).ok).toBe(
      false,
    );
  });

  it("is refused for another document", async () => {
    const { bis, sig } = await signiereVorschau(DOK, GEHEIMNIS, JETZT);
    expect(
      await pruefeVorschau("andereDokumentId0000000a", String(bis), sig, GEHEIMNIS, JETZT),
    ).toEqual({ ok: false, grund: "ungueltig" });
  });

  it("is refused with malformed or missing values, and when it claims to last too long", async () => {
    const { bis, sig } = await signiereVorschau(DOK, GEHEIMNIS, JETZT);
    const b = String(bis);
    for (const [d, bb, s] of [
      [undefined, b, sig],
      [DOK, undefined, sig],
      [DOK, b, undefined],
      [DOK, ["1", "2"], sig],
      [DOK, `0${b}`, sig],
      [DOK, `${b}.5`, sig],
      [DOK, "-1", sig],
      [DOK, b, `${sig}=`],
      [DOK, b, "x".repeat(1000)],
      ["../etc/passwd", b, sig],
      ["", b, sig],
    ] as const) {
      expect((await pruefeVorschau(d, bb, s, GEHEIMNIS, JETZT)).ok, `${d} ${bb} ${s}`).toBe(false);
    }
    // Genuinely signed, but for a day: no signer issues that, so it is not accepted.
    const lang = JETZT / 1000 + 86_400;
    const langeSig = await vorschauSignatur(DOK, lang, GEHEIMNIS);
    expect(await pruefeVorschau(DOK, String(lang), langeSig, GEHEIMNIS, JETZT)).toEqual({
      ok: false,
      grund: "ungueltig",
    });
  });

  it("needs a secret of at least 16 characters", async () => {
    await expect(signiereVorschau(DOK, "kurz")).rejects.toThrow(/16 characters/);
  });
});
