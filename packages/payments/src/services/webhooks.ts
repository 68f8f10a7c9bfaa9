import { randomBytes } from "node:crypto";
import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Db } from "@portal/db/client";
import type { Jobs } from "@portal/jobs/server";
import { getTableColumns } from "drizzle-orm";
import { paymentsEnv } from "../env.ts";
import {
  type AbonnementRow,
  findAbonnement,
  findAbonnements,
  findVerwaisteZustellungen,
  findZustellungen,
  gibtEsZustellung,
  insertAbonnement,
  sperreZustellung,
  updateZustellung,
  widerrufeAbonnementRow,
  type ZustellungRow,
} from "../queries/webhooks.ts";
import type { IntentRow } from "../queries/zahlung.ts";
import { paymentIntent, type Zustellstatus } from "../schema.ts";
import { EREIGNISARTEN, type Ereignisart, type Meldung } from "../types.ts";
import { SIGNATUR_HEADER, signiereWebhook, type WebhookEreignis } from "../webhook-signatur.ts";

import { alsIntent } from "./zahlung.ts";

// Signed webhooks of payment events (issue 10, item 5). An authority's subscription names an
// https URL and the events it wants; every payment event writes one outbox row per matching
// subscription in its own transaction (queries/zahlung.ts `insertEvent`). A pg-boss job POSTs
// each row, retried with backoff; a sweeper every minute queues what a crash left behind.
// Delivery is at least once: the event id (`evt_<n>`) is the same on every attempt, so a
// subscriber that de-duplicates by it sees each event once.

/** A subscription as the pages show it (never with its secret). */
export type WebhookAbonnement = {
  id: string;
  oeSchluessel: string;
  url: string;
  ereignisse: Ereignisart[];
  erstelltVon: string;
  erstellt: Date;
  widerrufenAm: Date | null;
  widerrufenVon: string | null;
};

/** One delivery of an event to a subscription, as the pages show it. */
export type WebhookZustellung = {
  id: number;
  abonnementId: string;
  ereignisId: string;
  type: Ereignisart;
  intentId: string;
  status: Zustellstatus;
  versuche: number;
  naechsterVersuch: Date;
  letzterVersuchAm: Date | null;
  letzterFehler: string | null;
  zugestelltAm: Date | null;
  erstellt: Date;
};

export type WebhookFehler = {
  ok: false;
  fehler: "url-ungueltig" | "ereignisse-ungueltig" | "nicht-gefunden" | "nicht-berechtigt";
  meldung: Meldung;
  feld?: "url" | "ereignisse" | "oe";
};

/** The staff audit trail (the same port as @portal/antraege's: @portal/auth's access log). */
export type Protokolliere = (
  db: Db,
  eintrag: {
    mitarbeiterKontoId: string;
    oeSchluessel: string;
    aktion: string;
    gegenstand: string;
    jetzt: Date;
  },
) => Promise<void>;

/** The longest URL a subscription may have (browsers and proxies handle ~2000 reliably). */
export const MAX_WEBHOOK_URL = 2000;

/**
 * How many times a delivery is attempted before it is given up (`aufgegeben`): the first try and
 * `retryLimit` retries, 10 s apart and doubling (10 s … 21 min, about 42 minutes in all).
 */
export const WEBHOOK_RETRY_LIMIT = 8;
export const MAX_ZUSTELLVERSUCHE = WEBHOOK_RETRY_LIMIT + 1;
const RETRY_DELAY_SEKUNDEN = 10;

/** A subscriber has this long to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

const fehler = (
  f: WebhookFehler["fehler"],
  meldung: Meldung,
  feld?: WebhookFehler["feld"],
): WebhookFehler => ({ ok: false, fehler: f, meldung, ...(feld ? { feld } : {}) });

const URL_FEHLER = {
  leer: {
    de: "Bitte geben Sie die Adresse (URL) an, an die die Ereignisse gesendet werden sollen.",
    en: "Please give the address (URL) the events are to be sent to.",
  },
  lang: {
    de: `Die Adresse darf höchstens ${MAX_WEBHOOK_URL} Zeichen lang sein.`,
    en: `The address may be at most ${MAX_WEBHOOK_URL} characters long.`,
  },
  format: {
    de: "Die Adresse ist keine gültige URL. Bitte geben Sie sie vollständig an, z. B. https://fachverfahren.example.de/zahlungen.",
    en: "The address is not a valid URL. Please give it in full, e.g. https://fachverfahren.example.de/payments.",
  },
  zugangsdaten: {
    de: "Die Adresse darf keinen Benutzernamen und kein Passwort enthalten. Die Ereignisse werden stattdessen signiert.",
    en: "The address must not contain a user name or password. The events are signed instead.",
  },
  https: {
    de: "Die Adresse muss mit https:// beginnen.",
    en: "The address must start with https://.",
  },
  httpsLokal: {
    de: "Die Adresse muss mit https:// beginnen (http:// nur für localhost, 127.0.0.1 und [::1] zum Testen).",
    en: "The address must start with https:// (http:// only for localhost, 127.0.0.1 and [::1], for testing).",
  },
  intern: {
    de: "Die Adresse zeigt in ein internes Netz (z. B. localhost, 127.…, 10.…, 192.168.…, 169.254.…). Ereignisse können nur an öffentlich erreichbare Adressen gesendet werden.",
    en: "The address points into an internal network (e.g. localhost, 127.…, 10.…, 192.168.…, 169.254.…). Events can only be sent to publicly reachable addresses.",
  },
} satisfies Record<string, Meldung>;

// ---------------------------------------------------------------------------------------------
// Target addresses: server-side request forgery
//
// Staff type the URL, the worker POSTs to it from inside the portal's network. Without a check
// a subscription to https://169.254.169.254/… (the cloud metadata service), https://10.0.0.5/
// or a name that resolves there would let the portal send requests, and show the answers'
// beginnings on the staff page, into its own network. So a target must be public, checked when
// the subscription is created (IP literals) and again at every delivery (names: their DNS
// answer may change after creation, "DNS rebinding"), and the request connects to exactly the
// addresses checked.

/** IPv4 ranges that are not public (IANA special-purpose registry, RFC 6890 and successors). */
const NICHT_OEFFENTLICH_V4: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private (RFC 1918)
  ["100.64.0.0", 10], // carrier-grade NAT (RFC 6598), often the cloud provider's own network
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local: 169.254.169.254 is the cloud metadata service
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, with the broadcast 255.255.255.255
];

/**
 * IPv6 ranges that are not public. Only 2000::/3 is global unicast, so everything outside it is
 * refused as well; the list names the ranges that matter, and the one inside 2000::/3.
 * IPv4-mapped addresses (::ffff:0:0/96) are checked as the IPv4 address they carry.
 */
const NICHT_OEFFENTLICH_V6: readonly (readonly [string, number])[] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b::", 96], // NAT64: would reach any IPv4 address, private ones too
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
];

/** The four bytes of a dotted-quad IPv4 address; null for anything else (no octal, no short forms). */
function ipv4Bytes(ip: string): number[] | null {
  const teile = ip.split(".");
  if (teile.length !== 4) return null;
  const bytes = teile.map((t) => (/^(0|[1-9][0-9]{0,2})$/u.test(t) ? Number(t) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** The sixteen bytes of an IPv6 address (`::` shortening, a dotted IPv4 tail); null if invalid. */
function ipv6Bytes(ip: string): number[] | null {
  // A zone id (fe80::1%eth0) only goes with link-local addresses: not public either way.
  if (ip.includes("%") || ip.split("::").length > 2) return null;
  const gruppen = (teil: string): number[] | null => {
    if (teil === "") return [];
    const g: number[] = [];
    const stuecke = teil.split(":");
    for (const [i, st] of stuecke.entries()) {
      if (i === stuecke.length - 1 && st.includes(".")) {
        const v4 = ipv4Bytes(st);
        if (!v4) return null;
        g.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-f]{1,4}$/iu.test(st)) {
        g.push(Number.parseInt(st, 16));
      } else {
        return null;
      }
    }
    return g;
  };
  const [links, rechts] = ip.split("::");
  const vorne = gruppen(links ?? "");
  const hinten = rechts === undefined ? [] : gruppen(rechts);
  if (!vorne || !hinten) return null;
  const fehlen = 8 - vorne.length - hinten.length;
  if (rechts === undefined ? fehlen !== 0 : fehlen < 1) return null;
  const alle = [...vorne, ...new Array<number>(Math.max(fehlen, 0)).fill(0), ...hinten];
  return alle.flatMap((g) => [g >> 8, g & 0xff]);
}

/** Whether the first `bits` bits of two byte strings agree. */
function gleichesPraefix(a: readonly number[], b: readonly number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const maske = bits - i >= 8 ? 0xff : (0xff << (8 - (bits - i))) & 0xff;
    if (((a[i / 8] ?? 0) & maske) !== ((b[i / 8] ?? 0) & maske)) return false;
  }
  return true;
}

const V4_BEREICHE = NICHT_OEFFENTLICH_V4.map(
  ([netz, bits]) => [ipv4Bytes(netz) ?? [], bits] as const,
);
const V6_BEREICHE = NICHT_OEFFENTLICH_V6.map(
  ([netz, bits]) => [ipv6Bytes(netz) ?? [], bits] as const,
);

/**
 * Whether `ip` (an IPv4 or IPv6 address as DNS returns it, without brackets) is a public
 * address a webhook may go to: not private, loopback, link-local (the cloud metadata service),
 * CGNAT, multicast, reserved, documentation, unique-local IPv6 or NAT64; an IPv4-mapped IPv6
 * address (::ffff:10.0.0.1) counts as the IPv4 address in it. Anything that is not an address
 * in canonical form is not public (fail closed).
 */
export function istOeffentlicheAdresse(ip: string): boolean {
  const v4 = ipv4Bytes(ip);
  if (v4) return !V4_BEREICHE.some(([netz, bits]) => gleichesPraefix(v4, netz, bits));
  const v6 = ipv6Bytes(ip);
  if (!v6) return false;
  // ::ffff:a.b.c.d connects to a.b.c.d.
  if (v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff)
    return istOeffentlicheAdresse(v6.slice(12).join("."));
  // Global unicast is 2000::/3; nothing else is public.
  if (((v6[0] ?? 0) & 0xe0) !== 0x20) return false;
  return !V6_BEREICHE.some(([netz, bits]) => gleichesPraefix(v6, netz, bits));
}

/** A host as it appears in a URL (`[::1]`, `Localhost.`), ready to compare or resolve. */
const hostVon = (u: URL) =>
  u.hostname
    .replace(/^\[(.*)\]$/u, "$1")
    .replace(/\.$/u, "")
    .toLowerCase();

/** `localhost` and its subdomains always mean this machine (RFC 6761). */
const istLocalhost = (host: string) => host === "localhost" || host.endsWith(".localhost");

/**
 * Checks a subscription's URL: at most MAX_WEBHOOK_URL characters, absolute, no user name or
 * password in it (they would end up in logs and the staff page; the signature authenticates
 * the portal instead), https to a host that is not an internal IP address or localhost (server-
 * side request forgery; a name is checked again, resolved, at every delivery). With
 * `lokaleZiele` (WEBHOOK_LOKALE_ZIELE, the development stack and tests) internal addresses are
 * allowed, and http to localhost, 127.0.0.1 and [::1]. Returns the URL as given (trimmed) or
 * the message.
 */
export function pruefeWebhookUrl(
  eingabe: string,
  { lokaleZiele = paymentsEnv().webhookLokaleZiele }: { lokaleZiele?: boolean } = {},
): { ok: true; url: string } | { ok: false; meldung: Meldung } {
  const url = eingabe.trim();
  if (url.length === 0) return { ok: false, meldung: URL_FEHLER.leer };
  if (url.length > MAX_WEBHOOK_URL) return { ok: false, meldung: URL_FEHLER.lang };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, meldung: URL_FEHLER.format };
  }
  if (!u.hostname) return { ok: false, meldung: URL_FEHLER.format };
  if (u.username || u.password) return { ok: false, meldung: URL_FEHLER.zugangsdaten };
  const host = hostVon(u);
  if (lokaleZiele) {
    if (u.protocol === "https:") return { ok: true, url };
    const lokal = host === "localhost" || host === "127.0.0.1" || host === "::1";
    if (u.protocol === "http:" && lokal) return { ok: true, url };
    return { ok: false, meldung: URL_FEHLER.httpsLokal };
  }
  if (u.protocol !== "https:") return { ok: false, meldung: URL_FEHLER.https };
  // The URL parser has turned every IPv4 spelling (0x7f.1, 2130706433) into a dotted quad.
  if (istLocalhost(host) || (isIP(host) !== 0 && !istOeffentlicheAdresse(host)))
    return { ok: false, meldung: URL_FEHLER.intern };
  return { ok: true, url };
}

function alsAbonnement(row: AbonnementRow): WebhookAbonnement {
  return {
    id: row.id,
    oeSchluessel: row.oeSchluessel,
    url: row.url,
    ereignisse: row.ereignisse.filter((e): e is Ereignisart =>
      (EREIGNISARTEN as readonly string[]).includes(e),
    ),
    erstelltVon: row.erstelltVon,
    erstellt: row.erstellt,
    widerrufenAm: row.widerrufenAm ?? null,
    widerrufenVon: row.widerrufenVon ?? null,
  };
}

/**
 * Subscribes an authority (`oeSchluessel`) to its payment events at `url` (see
 * `pruefeWebhookUrl`), all kinds unless `ereignisse` names some. Returns the signing secret
 * `whsec_…` (`geheimnis`) this once: the page shows it, the subscriber stores it. The caller
 * checks that the staff member `vonKontoId` may manage the authority's payments.
 */
export async function legeWebhookAn(
  db: Db,
  {
    oeSchluessel,
    url,
    ereignisse,
    vonKontoId,
    protokolliere,
    jetzt = new Date(),
    lokaleZiele,
  }: {
    oeSchluessel: string;
    url: string;
    ereignisse?: readonly string[];
    vonKontoId: string;
    /** The staff audit trail ("webhook-angelegt"), in the same transaction. */
    protokolliere?: Protokolliere;
    jetzt?: Date;
    /** Allow local and internal targets (default: WEBHOOK_LOKALE_ZIELE, see `pruefeWebhookUrl`). */
    lokaleZiele?: boolean;
  },
): Promise<{ ok: true; abonnement: WebhookAbonnement; geheimnis: string } | WebhookFehler> {
  const oe = oeSchluessel.trim();
  if (oe.length === 0 || oe.length > 200)
    return fehler(
      "nicht-berechtigt",
      { de: "Bitte wählen Sie die Behörde.", en: "Please choose the authority." },
      "oe",
    );
  const u = pruefeWebhookUrl(url, lokaleZiele === undefined ? {} : { lokaleZiele });
  if (!u.ok) return fehler("url-ungueltig", u.meldung, "url");
  const arten = ereignisse === undefined ? [...EREIGNISARTEN] : [...new Set(ereignisse)];
  if (arten.length === 0 || arten.some((a) => !(EREIGNISARTEN as readonly string[]).includes(a))) {
    return fehler(
      "ereignisse-ungueltig",
      {
        de: "Bitte wählen Sie mindestens ein Ereignis.",
        en: "Please choose at least one event.",
      },
      "ereignisse",
    );
  }
  const geheimnis = `whsec_${randomBytes(32).toString("base64url")}`;
  const row = await db.transaction(async (tx) => {
    const neu = await insertAbonnement(tx, {
      id: `we_${randomBytes(12).toString("hex")}`,
      oeSchluessel: oe,
      url: u.url,
      // In the order of EREIGNISARTEN, so the page lists them as the form does.
      ereignisse: EREIGNISARTEN.filter((a) => arten.includes(a)),
      geheimnis,
      erstelltVon: vonKontoId,
      erstellt: jetzt,
    });
    await protokolliere?.(tx, {
      mitarbeiterKontoId: vonKontoId,
      oeSchluessel: oe,
      aktion: "webhook-angelegt",
      gegenstand: `webhook:${neu.id}`,
      jetzt,
    });
    return neu;
  });
  return { ok: true, abonnement: alsAbonnement(row), geheimnis };
}

/** The subscriptions of the authorities `oes` (active and revoked), newest first. */
export async function listeWebhooks(
  db: Db,
  { oes }: { oes: readonly string[] },
): Promise<{ ok: true; data: WebhookAbonnement[] }> {
  return { ok: true, data: (await findAbonnements(db, { oes })).map(alsAbonnement) };
}

/**
 * Revokes a subscription of one of the authorities `oes`: no new deliveries from now on, open
 * ones are given up when their turn comes. Revoking a revoked one returns it as it is (`neu:
 * false`, no second audit entry); another authority's or an unknown id is `nicht-gefunden`.
 */
export async function widerrufeWebhook(
  db: Db,
  {
    oes,
    id,
    vonKontoId,
    protokolliere,
    jetzt = new Date(),
  }: {
    oes: readonly string[];
    id: string;
    vonKontoId: string;
    /** The staff audit trail ("webhook-widerrufen", once), in the same transaction. */
    protokolliere?: Protokolliere;
    jetzt?: Date;
  },
): Promise<{ ok: true; abonnement: WebhookAbonnement; neu: boolean } | WebhookFehler> {
  return db.transaction(async (tx) => {
    const row = await widerrufeAbonnementRow(tx, { id, oes, von: vonKontoId, jetzt });
    if (row) {
      await protokolliere?.(tx, {
        mitarbeiterKontoId: vonKontoId,
        oeSchluessel: row.oeSchluessel,
        aktion: "webhook-widerrufen",
        gegenstand: `webhook:${row.id}`,
        jetzt,
      });
      return { ok: true, abonnement: alsAbonnement(row), neu: true } as const;
    }
    const vorhanden = await findAbonnement(tx, { id, oes });
    if (vorhanden) return { ok: true, abonnement: alsAbonnement(vorhanden), neu: false } as const;
    return fehler("nicht-gefunden", {
      de: "Dieses Webhook-Abonnement gibt es nicht.",
      en: "This webhook subscription does not exist.",
    });
  });
}

function alsZustellung(r: {
  zustellung: ZustellungRow;
  type: Ereignisart;
  intentId: string;
}): WebhookZustellung {
  const z = r.zustellung;
  return {
    id: z.id,
    abonnementId: z.abonnementId,
    ereignisId: `evt_${z.eventId}`,
    type: r.type,
    intentId: r.intentId,
    status: z.status,
    versuche: z.versuche,
    naechsterVersuch: z.naechsterVersuch,
    letzterVersuchAm: z.letzterVersuchAm ?? null,
    letzterFehler: z.letzterFehler ?? null,
    zugestelltAm: z.zugestelltAm ?? null,
    erstellt: z.erstellt,
  };
}

/**
 * The latest `limit` (≤ 100) deliveries of a subscription of one of the authorities `oes`, newest
 * first; without `abonnementId`, of all their subscriptions.
 */
export async function listeZustellungen(
  db: Db,
  {
    oes,
    abonnementId,
    limit = 20,
  }: { oes: readonly string[]; abonnementId?: string; limit?: number },
): Promise<{ ok: true; data: WebhookZustellung[] } | WebhookFehler> {
  const anzahl = Math.min(Math.max(Math.trunc(limit), 1), 100);
  let ids: string[];
  if (abonnementId !== undefined) {
    const abo = await findAbonnement(db, { id: abonnementId, oes });
    if (!abo)
      return fehler("nicht-gefunden", {
        de: "Dieses Webhook-Abonnement gibt es nicht.",
        en: "This webhook subscription does not exist.",
      });
    ids = [abo.id];
  } else {
    ids = (await findAbonnements(db, { oes })).map((a) => a.id);
  }
  const rows = await findZustellungen(db, { abonnementIds: ids, limit: anzahl });
  return { ok: true, data: rows.map(alsZustellung) };
}

// ---------------------------------------------------------------------------------------------
// Delivery

/** The intent of an outbox row (`to_jsonb` of the row: column names, timestamps as text). */
function intentAusSchnappschuss(json: Record<string, unknown>): IntentRow {
  const row: Record<string, unknown> = {};
  for (const [feld, spalte] of Object.entries(getTableColumns(paymentIntent))) {
    const wert = json[spalte.name];
    row[feld] =
      spalte.columnType === "PgTimestamp" && typeof wert === "string" ? new Date(wert) : wert;
  }
  return row as IntentRow;
}

/** The JSON body of a delivery: Stripe's event envelope around the intent as the API returns it. */
export function webhookBody(z: {
  eventId: number;
  type: Ereignisart;
  at: Date;
  intent: Record<string, unknown>;
}): string {
  const ereignis: WebhookEreignis = {
    id: `evt_${z.eventId}`,
    object: "event",
    type: z.type,
    created: Math.floor(z.at.getTime() / 1000),
    data: {
      object: alsIntent(intentAusSchnappschuss(z.intent)) as unknown as Record<string, unknown>,
    },
  };
  return JSON.stringify(ereignis);
}

export type Zustellergebnis =
  | { ergebnis: "zugestellt"; status: number }
  | { ergebnis: "erledigt" | "gesperrt" | "unbekannt" }
  | { ergebnis: "fehlgeschlagen" | "aufgegeben"; fehler: string };

/**
 * Resolves a host name to all its addresses (node:dns `lookup` with `all: true`, which the
 * worker uses); tests pass their own to play a DNS answer.
 */
export type Aufloeser = (host: string) => Promise<LookupAddress[]>;

const dnsAufloeser: Aufloeser = (host) => lookup(host, { all: true });

/** How much of an answer is read (for the error text, of which 500 characters are kept). */
export const MAX_ANTWORT_BYTES = 64 * 1024;

const kuerze = (text: string, max = 500) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const zeitueberschreitung = (timeoutMs: number) =>
  `Zeitüberschreitung nach ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`;

/** Why a request failed, in one line. */
function grundVon(fehler: unknown): string {
  if (fehler instanceof Error) {
    const ursache = (fehler as Error & { cause?: unknown }).cause;
    return ursache instanceof Error ? `${fehler.message}: ${ursache.message}` : fehler.message;
  }
  return String(fehler);
}

/** A promise that rejects when `signal` aborts (the DNS lookup cannot be cancelled itself). */
function bisAbbruch<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((gut, schlecht) => {
    const abbruch = () => schlecht(signal.reason);
    if (signal.aborted) return abbruch();
    signal.addEventListener("abort", abbruch, { once: true });
    p.then(gut, schlecht).finally(() => signal.removeEventListener("abort", abbruch));
  });
}

/**
 * The addresses a delivery to `u` may connect to: the host's DNS answer (or the IP literal),
 * every one of them public unless `lokaleZiele`. One non-public address refuses the target:
 * the client might pick any of them. Refusals and DNS errors are the attempt's error text.
 */
async function zielAdressen(
  u: URL,
  {
    aufloesen,
    lokaleZiele,
    signal,
  }: { aufloesen: Aufloeser; lokaleZiele: boolean; signal: AbortSignal },
): Promise<{ ok: true; adressen: LookupAddress[] } | { ok: false; grund: string }> {
  const host = hostVon(u);
  const familie = isIP(host);
  let adressen: LookupAddress[];
  if (familie !== 0) {
    adressen = [{ address: host, family: familie }];
  } else {
    try {
      adressen = await bisAbbruch(aufloesen(host), signal);
    } catch (e) {
      if (signal.aborted) throw e;
      return { ok: false, grund: `DNS-Auflösung von ${host} fehlgeschlagen: ${grundVon(e)}` };
    }
    if (adressen.length === 0) return { ok: false, grund: `${host} hat keine Adresse` };
  }
  if (!lokaleZiele) {
    const intern = adressen.filter((a) => !istOeffentlicheAdresse(a.address));
    if (intern.length > 0)
      return {
        ok: false,
        grund: `Ziel-Adresse nicht öffentlich: ${host}${familie === 0 ? ` → ${intern.map((a) => a.address).join(", ")}` : ""}`,
      };
  }
  return { ok: true, adressen };
}

/**
 * A `lookup` for node:net that answers with the addresses checked before, so the connection
 * goes to one of them and not to what a second DNS query (a rebinding one) would say.
 */
function festeAufloesung(adressen: readonly LookupAddress[]): LookupFunction {
  return (_host, options, callback) => {
    const passend =
      options.family === 4 || options.family === 6
        ? adressen.filter((a) => a.family === options.family)
        : [...adressen];
    const erste = passend[0];
    if (options.all) callback(null, passend);
    else if (erste) callback(null, erste.address, erste.family);
    else
      callback(
        Object.assign(new Error(`keine passende Adresse für ${_host}`), { code: "ENOTFOUND" }),
        "",
        0,
      );
  };
}

/**
 * POSTs `body` to `u` over a fresh connection (no pooled socket from an earlier, other answer)
 * to one of `adressen`, with TLS checked against the host name as usual. Redirects are never
 * followed (node:http does not). Reads at most MAX_ANTWORT_BYTES of the answer, then drops
 * the connection: a subscriber cannot make the worker buffer an endless body.
 */
function sende(
  u: URL,
  {
    headers,
    body,
    adressen,
    signal,
  }: {
    headers: Record<string, string>;
    body: string;
    adressen: readonly LookupAddress[];
    signal: AbortSignal;
  },
): Promise<{ status: number; text: string }> {
  const modul = u.protocol === "https:" ? https : http;
  return new Promise((gut, schlecht) => {
    const anfrage = modul.request(
      u,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        agent: false,
        lookup: festeAufloesung(adressen),
        signal,
      },
      (antwort) => {
        const teile: Buffer[] = [];
        let laenge = 0;
        const fertig = () =>
          gut({
            status: antwort.statusCode ?? 0,
            text: Buffer.concat(teile).subarray(0, MAX_ANTWORT_BYTES).toString("utf8"),
          });
        antwort.on("data", (teil: Buffer) => {
          if (laenge >= MAX_ANTWORT_BYTES) return;
          teile.push(teil);
          laenge += teil.length;
          if (laenge >= MAX_ANTWORT_BYTES) {
            fertig();
            anfrage.destroy();
          }
        });
        antwort.on("end", fertig);
        antwort.on("error", schlecht);
        antwort.on("aborted", () => schlecht(new Error("Verbindung abgebrochen")));
      },
    );
    anfrage.on("error", schlecht);
    anfrage.end(body);
  });
}

/** How deliveries are made; the defaults are the worker's. */
export type Zustelloptionen = {
  /** The DNS (default: node:dns `lookup`); tests play an answer with it. */
  aufloesen?: Aufloeser;
  /** Allow local and internal targets (default: WEBHOOK_LOKALE_ZIELE, see `pruefeWebhookUrl`). */
  lokaleZiele?: boolean;
  jetzt?: () => Date;
  /** The time a subscriber has, DNS included (default WEBHOOK_TIMEOUT_MS). */
  timeoutMs?: number;
};

/**
 * Attempts one delivery (the job `zahlung-webhook-zustellen`): locks the outbox row (`for update
 * skip locked`; another worker delivering it now means nothing to do), skips one already
 * delivered or given up, then POSTs the signed event and records the outcome. A 2xx answer
 * is `zugestellt`; anything else (another status, a timeout, a refused connection, a redirect,
 * which is not followed so a subscriber cannot bounce the portal to another host) counts as an
 * attempt with its error, and after MAX_ZUSTELLVERSUCHE as `aufgegeben`. A revoked
 * subscription's open rows are given up without a request.
 *
 * Server-side request forgery: the URL is checked again (`pruefeWebhookUrl`, the setting may
 * have changed since the subscription was made), the host resolved (`aufloesen`), and every
 * address must be public (`istOeffentlicheAdresse`) unless `lokaleZiele`; the connection then
 * goes to those very addresses, so a DNS answer that changes between check and connect
 * (rebinding) cannot redirect it. A refused target is a failed attempt ("Ziel-Adresse nicht
 * öffentlich: …") retried like any other, since the DNS may be corrected meanwhile.
 *
 * The row stays locked during the POST (at most `timeoutMs`, DNS included), so two jobs for
 * one row never send at once. The result says what happened; the job turns `fehlgeschlagen`
 * into an exception so that pg-boss retries.
 */
export async function stelleWebhookZu(
  db: Db,
  {
    zustellungId,
    aufloesen = dnsAufloeser,
    lokaleZiele = paymentsEnv().webhookLokaleZiele,
    jetzt = () => new Date(),
    timeoutMs = WEBHOOK_TIMEOUT_MS,
  }: { zustellungId: number } & Zustelloptionen,
): Promise<Zustellergebnis> {
  return db.transaction(async (tx): Promise<Zustellergebnis> => {
    const z = await sperreZustellung(tx, { id: zustellungId });
    if (!z) {
      // Locked by another worker (it is sending it now), or not there at all.
      return (await gibtEsZustellung(tx, { id: zustellungId }))
        ? { ergebnis: "gesperrt" }
        : { ergebnis: "unbekannt" };
    }
    if (z.zustellung.status !== "offen") return { ergebnis: "erledigt" };
    const versuchtAm = jetzt();
    if (z.widerrufenAm) {
      const grund = "Abonnement widerrufen";
      await updateZustellung(tx, {
        id: zustellungId,
        werte: { status: "aufgegeben", letzterFehler: grund },
      });
      return { ergebnis: "aufgegeben", fehler: grund };
    }
    const body = webhookBody({
      eventId: z.zustellung.eventId,
      type: z.type,
      at: z.at,
      intent: z.zustellung.intent,
    });
    let fehlerText: string | undefined;
    let status = 0;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const erlaubt = pruefeWebhookUrl(z.url, { lokaleZiele });
      const ziel = erlaubt.ok
        ? await zielAdressen(new URL(erlaubt.url), { aufloesen, lokaleZiele, signal })
        : ({ ok: false, grund: `Adresse nicht erlaubt: ${erlaubt.meldung.de}` } as const);
      if (!ziel.ok) {
        fehlerText = ziel.grund;
      } else {
        const antwort = await sende(new URL(z.url), {
          headers: {
            "Content-Type": "application/json",
            "User-Agent": "Portal-Webhooks/1",
            [SIGNATUR_HEADER]: signiereWebhook(z.geheimnis, body, versuchtAm),
          },
          body,
          adressen: ziel.adressen,
          signal,
        });
        status = antwort.status;
        if (status < 200 || status >= 300)
          fehlerText = `HTTP ${status}${antwort.text ? `: ${antwort.text.replace(/\s+/gu, " ")}` : ""}`;
      }
    } catch (e) {
      fehlerText = signal.aborted ? zeitueberschreitung(timeoutMs) : grundVon(e);
    }
    const versuche = z.zustellung.versuche + 1;
    if (fehlerText === undefined) {
      await updateZustellung(tx, {
        id: zustellungId,
        werte: {
          status: "zugestellt",
          versuche,
          letzterVersuchAm: versuchtAm,
          letzterFehler: null,
          zugestelltAm: jetzt(),
        },
      });
      return { ergebnis: "zugestellt", status };
    }
    const aufgeben = versuche >= MAX_ZUSTELLVERSUCHE;
    await updateZustellung(tx, {
      id: zustellungId,
      werte: {
        status: aufgeben ? "aufgegeben" : "offen",
        versuche,
        letzterVersuchAm: versuchtAm,
        letzterFehler: kuerze(fehlerText),
        // When pg-boss retries (retryDelay doubled per retry); the sweeper waits until then.
        naechsterVersuch: new Date(
          versuchtAm.getTime() + RETRY_DELAY_SEKUNDEN * 1000 * 2 ** (versuche - 1),
        ),
      },
    });
    return { ergebnis: aufgeben ? "aufgegeben" : "fehlgeschlagen", fehler: kuerze(fehlerText) };
  });
}

// ---------------------------------------------------------------------------------------------
// Jobs

/**
 * The queue of single deliveries, `{ zustellungId }`. Its policy `short` lets pg-boss hold at
 * most one waiting job per `singletonKey` (the delivery's id), so the sweeper and the web app
 * may both queue a row without doubling it.
 */
export const WEBHOOK_ZUSTELLEN = {
  name: "zahlung-webhook-zustellen",
  retryLimit: WEBHOOK_RETRY_LIMIT,
  retryDelay: RETRY_DELAY_SEKUNDEN,
  expireInSeconds: 60,
} as const;

/** The sweeper: every minute, queues the open deliveries that have no job (after a crash). */
export const WEBHOOKS_NACHHOLEN = {
  name: "zahlung-webhooks-nachholen",
  retryLimit: 0,
  retryDelay: 60,
  expireInSeconds: 120,
} as const;
export const WEBHOOKS_NACHHOLEN_CRON = "* * * * *";

const eingerichtet = new WeakSet<Jobs>();

/** Creates the webhook queues (idempotent), once per connection. */
export async function richteWebhookWarteschlangenEin(jobs: Jobs): Promise<void> {
  if (eingerichtet.has(jobs)) return;
  await jobs.createQueue(WEBHOOK_ZUSTELLEN.name, {
    ...WEBHOOK_ZUSTELLEN,
    retryBackoff: true,
    policy: "short",
  });
  await jobs.createQueue(WEBHOOKS_NACHHOLEN.name, { ...WEBHOOKS_NACHHOLEN, retryBackoff: false });
  eingerichtet.add(jobs);
}

/**
 * Queues a job for every open delivery that is due and has none (at most `limit`): the
 * sweeper's work, and what the web app calls right after a commit that wrote events, so they
 * go out at once rather than within the minute. Best effort for the caller (a failure here
 * loses nothing: the rows stay `offen` and the sweeper queues them); returns how many were
 * queued.
 */
export async function stelleWebhooksZu(
  jobs: Jobs,
  db: Db,
  { jetzt = new Date(), limit = 500 }: { jetzt?: Date; limit?: number } = {},
): Promise<number> {
  await richteWebhookWarteschlangenEin(jobs);
  const ids = await findVerwaisteZustellungen(db, {
    warteschlange: WEBHOOK_ZUSTELLEN.name,
    jetzt,
    limit,
  });
  let gesendet = 0;
  for (const zustellungId of ids) {
    const id = await jobs.send(
      WEBHOOK_ZUSTELLEN.name,
      { zustellungId },
      {
        singletonKey: String(zustellungId),
        retryLimit: WEBHOOK_ZUSTELLEN.retryLimit,
        retryDelay: WEBHOOK_ZUSTELLEN.retryDelay,
        retryBackoff: true,
        expireInSeconds: WEBHOOK_ZUSTELLEN.expireInSeconds,
      },
    );
    if (id) gesendet++;
  }
  return gesendet;
}

/**
 * The job of one delivery: `fehlgeschlagen` is thrown, so pg-boss retries it with backoff; every
 * other outcome (delivered, given up, nothing to do) completes the job.
 */
export async function zustellJob(
  db: Db,
  daten: unknown,
  optionen: Zustelloptionen = {},
): Promise<Zustellergebnis> {
  const id = Number((daten as { zustellungId?: unknown } | null)?.zustellungId);
  if (!Number.isSafeInteger(id) || id <= 0) return { ergebnis: "unbekannt" };
  const r = await stelleWebhookZu(db, { zustellungId: id, ...optionen });
  if (r.ergebnis === "fehlgeschlagen") throw new Error(`webhook ${id}: ${r.fehler}`);
  return r;
}

/**
 * Works both webhook queues and schedules the sweeper every minute (the worker). The delivery
 * options default to the real DNS and WEBHOOK_LOKALE_ZIELE.
 */
export async function arbeiteWebhookJobs(
  jobs: Jobs,
  arbeit: { db: Db } & Zustelloptionen,
): Promise<void> {
  await richteWebhookWarteschlangenEin(jobs);
  await jobs.work<unknown>(WEBHOOK_ZUSTELLEN.name, { batchSize: 1 }, async ([job]) =>
    job ? zustellJob(arbeit.db, job.data, arbeit) : undefined,
  );
  await jobs.work(WEBHOOKS_NACHHOLEN.name, { batchSize: 1 }, async () => ({
    gesendet: await stelleWebhooksZu(jobs, arbeit.db),
  }));
  await jobs.schedule(WEBHOOKS_NACHHOLEN.name, WEBHOOKS_NACHHOLEN_CRON, {});
}
