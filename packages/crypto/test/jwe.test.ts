import { randomBytes } from "node:crypto";
import { calculateJwkThumbprint, decodeProtectedHeader } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  EntschluesselungsFehler,
  entschluessele,
  erzeugeSchluesselpaar,
  verschluessele,
} from "../src/server.ts";
import { MAX_KLARTEXT_BYTES, type Schluesselpaar } from "../src/types.ts";

let amt: Schluesselpaar;
let anderesAmt: Schluesselpaar;

beforeAll(async () => {
  amt = await erzeugeSchluesselpaar(); // the real size, 4096 bits
  anderesAmt = await erzeugeSchluesselpaar({ modulusBits: 2048 });
});

const b64 = (s: string) => Buffer.from(s).toString("base64url");

async function grundVon(versprechen: Promise<unknown>): Promise<string> {
  const fehler = await versprechen.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(fehler).toBeInstanceOf(EntschluesselungsFehler);
  return (fehler as EntschluesselungsFehler).grund;
}

describe("erzeugeSchluesselpaar", () => {
  it("makes a 4096-bit RSA pair whose kid is the public key's RFC 7638 thumbprint", async () => {
    expect(amt.oeffentlich).not.toHaveProperty("d");
    expect(amt.oeffentlich).toMatchObject({
      kty: "RSA",
      alg: "RSA-OAEP-256",
      use: "enc",
      kid: amt.kid,
    });
    expect(amt.privat.kid).toBe(amt.kid);
    expect(Buffer.from(amt.oeffentlich.n, "base64url").length * 8).toBe(4096);
    expect(await calculateJwkThumbprint(amt.oeffentlich, "sha256")).toBe(amt.kid);
    expect(anderesAmt.kid).not.toBe(amt.kid);
  });
});

describe("verschluessele / entschluessele", () => {
  it("round-trips a string and bytes; the header names the algorithms and the key", async () => {
    const jwe = await verschluessele("Antrag auf Wohngeld – Ä ö ü ß", amt.oeffentlich);
    expect(jwe.split(".")).toHaveLength(5);
    expect(decodeProtectedHeader(jwe)).toEqual({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      kid: amt.kid,
    });
    expect(new TextDecoder().decode(await entschluessele(jwe, amt.privat))).toBe(
      "Antrag auf Wohngeld – Ä ö ü ß",
    );

    const bytes = randomBytes(1000);
    const jwe2 = await verschluessele(bytes, amt.oeffentlich);
    expect(Buffer.from(await entschluessele(jwe2, amt.privat)).equals(bytes)).toBe(true);
    // A fresh content key and IV each time: the same plaintext never gives the same ciphertext.
    expect(await verschluessele(bytes, amt.oeffentlich)).not.toBe(jwe2);
  });

  it("refuses another authority's key with 'falscher-schluessel'", async () => {
    const jwe = await verschluessele("geheim", amt.oeffentlich);
    expect(await grundVon(entschluessele(jwe, anderesAmt.privat))).toBe("falscher-schluessel");
  });

  it("detects a wrong key even when the kid was stripped from a forged header", async () => {
    const [, ...rest] = (await verschluessele("geheim", amt.oeffentlich)).split(".");
    const ohneKid = [b64(JSON.stringify({ alg: "RSA-OAEP-256", enc: "A256GCM" })), ...rest].join(
      ".",
    );
    expect(await grundVon(entschluessele(ohneKid, anderesAmt.privat))).toBe("manipuliert");
    // The header is the AAD: the right key fails too, the change is noticed.
    expect(await grundVon(entschluessele(ohneKid, amt.privat))).toBe("manipuliert");
  });

  it("refuses a changed ciphertext, tag, IV or encrypted key with 'manipuliert'", async () => {
    const jwe = await verschluessele("Überweisung an IBAN DE02…", amt.oeffentlich);
    const teile = jwe.split(".");
    for (const index of [1, 2, 3, 4]) {
      const kopie = [...teile];
      const bytes = Buffer.from(kopie[index] ?? "", "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 0x01;
      kopie[index] = bytes.toString("base64url");
      expect(await grundVon(entschluessele(kopie.join("."), amt.privat))).toBe("manipuliert");
    }
  });

  it("refuses other algorithms before trying them (PBES2 with a huge p2c, dir, RSA1_5, zip)", async () => {
    const [, ...rest] = (await verschluessele("x", amt.oeffentlich)).split(".");
    for (const header of [
      {
        alg: "PBES2-HS256+A128KW",
        enc: "A256GCM",
        p2c: 1_000_000_000,
        p2s: b64("salzsalz"),
        kid: amt.kid,
      },
      { alg: "dir", enc: "A256GCM", kid: amt.kid },
      { alg: "RSA1_5", enc: "A256GCM", kid: amt.kid },
      { alg: "RSA-OAEP-256", enc: "A128CBC-HS256", kid: amt.kid },
      { alg: "RSA-OAEP-256", enc: "A256GCM", zip: "DEF", kid: amt.kid },
    ]) {
      const gefaelscht = [b64(JSON.stringify(header)), ...rest].join(".");
      const start = performance.now();
      expect(await grundVon(entschluessele(gefaelscht, amt.privat))).toBe("algorithmus");
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it("refuses a genuinely compressed JWE (a decompression bomb needs only the public key)", async () => {
    const { CompactEncrypt, importJWK } = await import("jose");
    const schluessel = await importJWK(amt.oeffentlich, "RSA-OAEP-256");
    const bombe = await new CompactEncrypt(new Uint8Array(10 * 1024 * 1024))
      .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM", zip: "DEF", kid: amt.kid })
      .encrypt(schluessel);
    expect(bombe.length).toBeLessThan(100_000);
    expect(await grundVon(entschluessele(bombe, amt.privat))).toBe("algorithmus");
  });

  it("refuses what is not a compact JWE with 'format'", async () => {
    expect(await grundVon(entschluessele("kein.jwe", amt.privat))).toBe("format");
    expect(await grundVon(entschluessele("a.b.c.d.e", amt.privat))).toBe("format");
    expect(await grundVon(entschluessele("x".repeat(40_000_000), amt.privat))).toBe("format");
  });

  it("refuses a plaintext above the limit", async () => {
    await expect(
      verschluessele(new Uint8Array(MAX_KLARTEXT_BYTES + 1), amt.oeffentlich),
    ).rejects.toThrow(RangeError);
  });

  it("encrypts and decrypts a 20 MB file", async () => {
    const datei = randomBytes(20 * 1024 * 1024);
    const t0 = performance.now();
    const jwe = await verschluessele(datei, amt.oeffentlich);
    const t1 = performance.now();
    const zurueck = await entschluessele(jwe, amt.privat);
    const t2 = performance.now();
    expect(Buffer.from(zurueck).equals(datei)).toBe(true);
    console.log(
      `20 MB: encrypt ${(t1 - t0).toFixed(0)} ms, decrypt ${(t2 - t1).toFixed(0)} ms, ` +
        `JWE ${(jwe.length / 1024 / 1024).toFixed(1)} MiB`,
    );
  });
});
