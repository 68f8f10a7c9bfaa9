import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dateienEnv, LEER_SHA256, s3Ablage, signiere } from "../src/server.ts";

// The examples of AWS's S3 documentation ("Signature Calculations for the Authorization Header:
// Transferring Payload in a Single Chunk"), with its example credentials.
const zugang = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};
const zeitpunkt = new Date("2013-05-24T00:00:00Z");
const signatur = (h: Record<string, string>) =>
  /Signature=([0-9a-f]{64})$/.exec(h.authorization ?? "")?.[1];

describe("signiere (AWS Signature Version 4)", () => {
  it("matches AWS's GET Object example (with a Range header)", () => {
    const h = signiere({
      methode: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
      headers: { Range: "bytes=0-9" },
      payloadHash: LEER_SHA256,
      region: "us-east-1",
      zugang,
      zeitpunkt,
    });
    expect(h.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
    expect(h["x-amz-date"]).toBe("20130524T000000Z");
  });

  it("matches AWS's PUT Object example (a key with $, a body, a storage class)", () => {
    const body = Buffer.from("Welcome to Amazon S3.");
    const payloadHash = createHash("sha256").update(body).digest("hex");
    expect(payloadHash).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const h = signiere({
      methode: "PUT",
      url: new URL("https://examplebucket.s3.amazonaws.com/test$file.text"),
      headers: {
        Date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
      },
      payloadHash,
      region: "us-east-1",
      zugang,
      zeitpunkt,
    });
    expect(signatur(h)).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    expect(h.authorization).toContain(
      "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,",
    );
  });

  it("matches AWS's GET Bucket Lifecycle example (a query string)", () => {
    const h = signiere({
      methode: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/?lifecycle"),
      payloadHash: LEER_SHA256,
      region: "us-east-1",
      zugang,
      zeitpunkt,
    });
    expect(signatur(h)).toBe("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
  });

  it("signs a session token when there is one", () => {
    const h = signiere({
      methode: "GET",
      url: new URL("http://localhost:9000/b/k"),
      payloadHash: LEER_SHA256,
      region: "us-east-1",
      zugang: { ...zugang, sessionToken: "tok" },
      zeitpunkt,
    });
    expect(h["x-amz-security-token"]).toBe("tok");
    expect(h.authorization).toContain(
      "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,",
    );
    expect(h.host).toBe("localhost:9000");
  });
});

describe("s3Ablage", () => {
  type Aufruf = { url: string; method: string; headers: Record<string, string>; body?: Uint8Array };
  function ablageMit(antwort: (a: Aufruf) => Response) {
    const aufrufe: Aufruf[] = [];
    const ablage = s3Ablage({
      endpoint: "http://localhost:9000",
      region: "eu-central-1",
      bucket: "portal-dateien",
      zugang,
      jetzt: () => zeitpunkt,
      fetch: (async (url: URL, init: RequestInit) => {
        const a: Aufruf = {
          url: String(url),
          method: String(init.method),
          headers: init.headers as Record<string, string>,
          body: init.body as Uint8Array | undefined,
        };
        aufrufe.push(a);
        return antwort(a);
      }) as typeof fetch,
    });
    return { ablage, aufrufe };
  }

  it("PUTs, GETs and DELETEs path-style objects with signed requests", async () => {
    const gespeichert = new Map<string, Uint8Array>();
    const { ablage, aufrufe } = ablageMit((a) => {
      if (a.method === "PUT" && a.body) gespeichert.set(a.url, a.body);
      if (a.method === "DELETE") gespeichert.delete(a.url);
      const inhalt = gespeichert.get(a.url);
      if (a.method === "GET")
        return inhalt ? new Response(new Uint8Array(inhalt)) : new Response("", { status: 404 });
      return new Response(null, { status: a.method === "DELETE" ? 204 : 200 });
    });
    await ablage.speichere("antraege/1/anlage-1", Buffer.from("Inhalt"));
    expect(Buffer.from((await ablage.lade("antraege/1/anlage-1")) ?? []).toString()).toBe("Inhalt");
    await ablage.loesche("antraege/1/anlage-1");
    expect(await ablage.lade("antraege/1/anlage-1")).toBeNull();

    const put = aufrufe[0];
    expect(put?.url).toBe("http://localhost:9000/portal-dateien/antraege/1/anlage-1");
    expect(put?.headers["x-amz-content-sha256"]).toBe(
      createHash("sha256").update("Inhalt").digest("hex"),
    );
    expect(put?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/20130524\/eu-central-1\/s3\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(aufrufe.map((a) => a.method)).toEqual(["PUT", "GET", "DELETE", "GET"]);
  });

  it("reports a failed request and refuses keys that are not of the key form", async () => {
    const { ablage, aufrufe } = ablageMit(
      () => new Response("<Error>AccessDenied</Error>", { status: 403 }),
    );
    await expect(ablage.lade("a")).rejects.toThrow(/HTTP 403 .*AccessDenied/);
    await expect(ablage.speichere("a", Buffer.from("x"))).rejects.toThrow(/HTTP 403/);
    await expect(ablage.lade("../a")).rejects.toThrow(/invalid storage key/);
    expect(aufrufe).toHaveLength(2);
  });
});

describe("dateienEnv", () => {
  it("stores on local disk under .data/dateien by default", () => {
    expect(dateienEnv({})).toEqual({ art: "lokal", verzeichnis: ".data/dateien" });
    expect(dateienEnv({ DATEIEN_S3_ENDPOINT: "" })).toEqual({
      art: "lokal",
      verzeichnis: ".data/dateien",
    });
  });

  it("switches to S3 with an endpoint and requires bucket and credentials then", () => {
    expect(() => dateienEnv({ DATEIEN_S3_ENDPOINT: "http://localhost:9000" })).toThrow(
      /DATEIEN_S3_BUCKET/,
    );
    expect(
      dateienEnv({
        DATEIEN_S3_ENDPOINT: "http://localhost:9000",
        DATEIEN_S3_BUCKET: "portal",
        DATEIEN_S3_ACCESS_KEY_ID: "id",
        DATEIEN_S3_SECRET_ACCESS_KEY: "geheim",
        DATEIEN_S3_PFADSTIL: "false",
      }),
    ).toEqual({
      art: "s3",
      endpoint: "http://localhost:9000",
      region: "us-east-1",
      bucket: "portal",
      pfadStil: false,
      zugang: { accessKeyId: "id", secretAccessKey: "geheim" },
    });
  });
});
