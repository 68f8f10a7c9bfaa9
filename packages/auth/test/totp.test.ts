import { describe, expect, it } from "vitest";
import {
  base32,
  base32Bytes,
  gruppiert,
  hotp,
  leiteSchluesselAb,
  neuesTotpGeheimnis,
  oeffne,
  pruefeTotpCode,
  totpCode,
  totpUri,
  versiegele,
  zeitschritt,
} from "../src/services/totp.ts";

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SEED = Buffer.from("12345678901234567890", "ascii");

describe("HOTP and TOTP", () => {
  it("computes the RFC 4226 Appendix D test values", () => {
    const erwartet = [
      "755224",
      "287082",
      "359152",
      "969429",
      "338314",
      "254676",
      "287922",
      "162583",
      "399871",
      "520489",
    ];
    expect(erwartet.map((_, i) => hotp(RFC_SEED, i))).toEqual(erwartet);
  });

  it("computes the RFC 6238 Appendix B test vectors (SHA-1, 8 digits)", () => {
    const vektoren: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
      [20000000000, "65353130"],
    ];
    for (const [sekunden, code] of vektoren) {
      const schritt = zeitschritt(new Date(sekunden * 1000));
      expect(hotp(RFC_SEED, schritt, { stellen: 8 })).toBe(code);
    }
  });

  it("gives 6-digit codes of the base32 secret (the last six digits of the vectors)", () => {
    const geheimnis = base32(RFC_SEED);
    expect(geheimnis).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totpCode(geheimnis, new Date(59_000))).toBe("287082");
    expect(totpCode(geheimnis, new Date(1111111109_000))).toBe("081804");
  });
});

describe("base32 (RFC 4648 § 10 test vectors)", () => {
  it("encodes and decodes", () => {
    const vektoren: [string, string][] = [
      ["", ""],
      ["f", "MY"],
      ["fo", "MZXQ"],
      ["foo", "MZXW6"],
      ["foob", "MZXW6YQ"],
      ["fooba", "MZXW6YTB"],
      ["foobar", "MZXW6YTBOI"],
    ];
    for (const [klar, kodiert] of vektoren) {
      expect(base32(Buffer.from(klar))).toBe(kodiert);
      expect(base32Bytes(kodiert).toString()).toBe(klar);
    }
    expect(base32Bytes("mzxw 6ytb-oi======").toString()).toBe("foobar");
    expect(() => base32Bytes("MZX1")).toThrow();
  });

  it("makes secrets of 20 random bytes (32 characters), grouped in fours for reading", () => {
    const a = neuesTotpGeheimnis();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Bytes(a)).toHaveLength(20);
    expect(neuesTotpGeheimnis()).not.toBe(a);
    expect(gruppiert("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("checking a code", () => {
  const geheimnis = neuesTotpGeheimnis();
  const t = new Date("2026-03-02T08:00:10Z");
  const schritt = zeitschritt(t);
  const codeBei = (versatz: number) =>
    totpCode(geheimnis, new Date(t.getTime() + versatz * 30_000));

  it("accepts the current step and one step either side, nothing further", () => {
    expect(pruefeTotpCode(geheimnis, codeBei(0), { jetzt: t })).toBe(schritt);
    expect(pruefeTotpCode(geheimnis, codeBei(-1), { jetzt: t })).toBe(schritt - 1);
    expect(pruefeTotpCode(geheimnis, codeBei(1), { jetzt: t })).toBe(schritt + 1);
    expect(pruefeTotpCode(geheimnis, codeBei(-2), { jetzt: t })).toBeNull();
    expect(pruefeTotpCode(geheimnis, codeBei(2), { jetzt: t })).toBeNull();
  });

  it("refuses a code of a step at or before the last accepted one (replay)", () => {
    expect(pruefeTotpCode(geheimnis, codeBei(0), { jetzt: t, nachSchritt: schritt })).toBeNull();
    expect(pruefeTotpCode(geheimnis, codeBei(-1), { jetzt: t, nachSchritt: schritt - 1 })).toBe(
      null,
    );
    expect(pruefeTotpCode(geheimnis, codeBei(1), { jetzt: t, nachSchritt: schritt })).toBe(
      schritt + 1,
    );
  });

  it("refuses anything but six digits", () => {
    const code = codeBei(0);
    for (const falsch of ["", `${code}0`, code.slice(1), ` ${code}`, "abcdef", "12345٦"]) {
      expect(pruefeTotpCode(geheimnis, falsch, { jetzt: t })).toBeNull();
    }
  });
});

describe("otpauth URI", () => {
  it("names the issuer and the account and spells out the parameters", () => {
    const uri = totpUri({ geheimnis: "JBSWY3DPEHPK3PXP", konto: "a.b@dresden.de" });
    expect(uri).toBe(
      "otpauth://totp/Sachsen%20Portal%20Verwaltung:a.b%40dresden.de?secret=JBSWY3DPEHPK3PXP&issuer=Sachsen%20Portal%20Verwaltung&algorithm=SHA1&digits=6&period=30",
    );
  });
});

describe("sealing the secret (AES-256-GCM, HKDF key)", () => {
  const schluessel = leiteSchluesselAb("x".repeat(32), "totp");

  it("opens with the same key and binding only", () => {
    const versiegelt = versiegele(schluessel, "JBSWY3DPEHPK3PXP", "konto-1");
    expect(versiegelt).not.toContain("JBSWY3DPEHPK3PXP");
    expect(versiegelt).not.toBe(versiegele(schluessel, "JBSWY3DPEHPK3PXP", "konto-1"));
    expect(oeffne(schluessel, versiegelt, "konto-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(oeffne(schluessel, versiegelt, "konto-2")).toBeNull();
    expect(oeffne(leiteSchluesselAb("x".repeat(32), "anders"), versiegelt, "konto-1")).toBeNull();
    expect(oeffne(leiteSchluesselAb("y".repeat(32), "totp"), versiegelt, "konto-1")).toBeNull();
  });

  it("refuses a changed or truncated value", () => {
    const versiegelt = versiegele(schluessel, "geheim");
    const [v, nonce, tag, daten] = versiegelt.split(".") as [string, string, string, string];
    const gekippt = Buffer.from(daten, "base64url");
    gekippt[0] = (gekippt[0] as number) ^ 1;
    expect(oeffne(schluessel, [v, nonce, tag, gekippt.toString("base64url")].join("."))).toBeNull();
    const kurzerTag = Buffer.from(tag, "base64url").subarray(0, 4).toString("base64url");
    expect(oeffne(schluessel, [v, nonce, kurzerTag, daten].join("."))).toBeNull();
    expect(oeffne(schluessel, "v2.a.b.c")).toBeNull();
    expect(oeffne(schluessel, "")).toBeNull();
  });
});
