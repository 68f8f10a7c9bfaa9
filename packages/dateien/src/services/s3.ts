import "server-only";
import { createHash, createHmac } from "node:crypto";
import type { Dateiablage } from "./ablage.ts";
import { pruefeSchluessel } from "./ablage.ts";

// S3 (and MinIO, Ceph, SeaweedFS, IONOS, OTC …) through three signed requests with fetch.
// @aws-sdk/client-s3 would add some 3 MB and dozens of packages for PUT, GET and DELETE of one
// object. Signature Version 4 as documented by AWS ("Authenticating Requests: Using the
// Authorization Header"); the tests check it against AWS's published examples.

export type S3Zugang = {
  accessKeyId: string;
  secretAccessKey: string;
  /** For temporary credentials (STS); sent and signed as x-amz-security-token. */
  sessionToken?: string;
};

const sha256 = (daten: string | Uint8Array) => createHash("sha256").update(daten).digest("hex");
const hmac = (schluessel: string | Buffer, daten: string) =>
  createHmac("sha256", schluessel).update(daten).digest();

/** The SHA-256 of no bytes, the payload hash of GET and DELETE. */
export const LEER_SHA256 = sha256("");

/** RFC 3986 encoding as SigV4 wants it: everything but A–Z a–z 0–9 - _ . ~ as %XX. */
const kodiere = (s: string) =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const amzDatum = (zeit: Date) =>
  zeit
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/**
 * Signs a request with AWS Signature Version 4 and returns the headers to send: the given ones
 * plus `host`, `x-amz-date`, `x-amz-content-sha256` (S3 requires it), `x-amz-security-token`
 * when there is one, and `authorization`. All given headers are signed. The path is encoded
 * once, as S3 expects (other AWS services encode twice; not needed here).
 */
export function signiere(anfrage: {
  methode: string;
  url: URL;
  headers?: Record<string, string>;
  payloadHash: string;
  region: string;
  service?: string;
  zugang: S3Zugang;
  zeitpunkt: Date;
}): Record<string, string> {
  const { url, zugang, region } = anfrage;
  const service = anfrage.service ?? "s3";
  const datumZeit = amzDatum(anfrage.zeitpunkt);
  const datum = datumZeit.slice(0, 8);

  const headers: Record<string, string> = {};
  for (const [name, wert] of Object.entries(anfrage.headers ?? {})) {
    headers[name.toLowerCase()] = wert.trim().replace(/ +/g, " ");
  }
  headers.host = url.host;
  headers["x-amz-date"] = datumZeit;
  headers["x-amz-content-sha256"] = anfrage.payloadHash;
  if (zugang.sessionToken) headers["x-amz-security-token"] = zugang.sessionToken;

  const namen = Object.keys(headers).sort();
  const signierteHeader = namen.join(";");
  const kanonischerPfad = url.pathname
    .split("/")
    .map((teil) => kodiere(decodeURIComponent(teil)))
    .join("/");
  const kanonischeAbfrage = [...url.searchParams]
    .map(([k, v]) => [kodiere(k), kodiere(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const kanonischeAnfrage = [
    anfrage.methode.toUpperCase(),
    kanonischerPfad || "/",
    kanonischeAbfrage,
    namen.map((n) => `${n}:${headers[n]}\n`).join(""),
    signierteHeader,
    anfrage.payloadHash,
  ].join("\n");

  const bereich = `${datum}/${region}/${service}/aws4_request`;
  const zuSignieren = ["AWS4-HMAC-SHA256", datumZeit, bereich, sha256(kanonischeAnfrage)].join(
    "\n",
  );
  const signierSchluessel = hmac(
    hmac(hmac(hmac(`AWS4${zugang.secretAccessKey}`, datum), region), service),
    "aws4_request",
  );
  const signatur = createHmac("sha256", signierSchluessel).update(zuSignieren).digest("hex");

  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${zugang.accessKeyId}/${bereich}, ` +
    `SignedHeaders=${signierteHeader}, Signature=${signatur}`;
  return headers;
}

export type S3Konfiguration = {
  /** `https://s3.eu-central-1.amazonaws.com`, `http://localhost:9000` (MinIO) … */
  endpoint: string;
  region: string;
  bucket: string;
  zugang: S3Zugang;
  /**
   * `https://host/bucket/key` (true, what MinIO and most S3-compatible stores expect) or
   * `https://bucket.host/key` (false, AWS virtual-hosted style).
   */
  pfadStil?: boolean;
  /** For tests and proxies; the global fetch by default. */
  fetch?: typeof fetch;
  /** The clock; for tests. */
  jetzt?: () => Date;
};

/**
 * Files in an S3 bucket. The bucket must be private (no public ACL or policy): files are
 * served through the app only. Objects are stored as application/octet-stream; the media type
 * and name live in the database beside the key.
 */
export function s3Ablage(konfiguration: S3Konfiguration): Dateiablage {
  const abrufen = konfiguration.fetch ?? fetch;
  const jetzt = konfiguration.jetzt ?? (() => new Date());
  const basis = new URL(konfiguration.endpoint);
  const pfadStil = konfiguration.pfadStil ?? true;

  const urlFuer = (schluessel: string) => {
    pruefeSchluessel(schluessel);
    const url = new URL(basis);
    const praefix = basis.pathname.replace(/\/+$/, "");
    if (pfadStil) url.pathname = `${praefix}/${kodiere(konfiguration.bucket)}/${schluessel}`;
    else {
      url.hostname = `${konfiguration.bucket}.${basis.hostname}`;
      url.pathname = `${praefix}/${schluessel}`;
    }
    return url;
  };

  async function anfrage(methode: string, schluessel: string, body?: Uint8Array) {
    const url = urlFuer(schluessel);
    const headers = signiere({
      methode,
      url,
      headers: body ? { "content-type": "application/octet-stream" } : {},
      payloadHash: body ? sha256(body) : LEER_SHA256,
      region: konfiguration.region,
      zugang: konfiguration.zugang,
      zeitpunkt: jetzt(),
    });
    // fetch sets Host from the URL itself (the same value that was signed).
    const { host: _host, ...senden } = headers;
    // BodyInit takes no view of a SharedArrayBuffer; uploads never are one (no copy of 20 MB).
    return abrufen(url, {
      method: methode,
      headers: senden,
      body: body as Uint8Array<ArrayBuffer> | undefined,
    });
  }

  const fehler = async (was: string, antwort: Response) =>
    new Error(`S3 ${was} failed: HTTP ${antwort.status} ${(await antwort.text()).slice(0, 300)}`);

  return {
    async speichere(schluessel, bytes) {
      const antwort = await anfrage("PUT", schluessel, bytes);
      if (!antwort.ok) throw await fehler("PUT", antwort);
      await antwort.body?.cancel();
    },
    async lade(schluessel) {
      const antwort = await anfrage("GET", schluessel);
      if (antwort.status === 404) {
        await antwort.body?.cancel();
        return null;
      }
      if (!antwort.ok) throw await fehler("GET", antwort);
      return new Uint8Array(await antwort.arrayBuffer());
    },
    async loesche(schluessel) {
      const antwort = await anfrage("DELETE", schluessel);
      if (!antwort.ok && antwort.status !== 404) throw await fehler("DELETE", antwort);
      await antwort.body?.cancel();
    },
  };
}
