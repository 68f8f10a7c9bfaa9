import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pruefeWebhookSignatur, type WebhookEreignis } from "../src/webhook-signatur.ts";

// A real subscriber for the tests, as a Fachverfahren would write one: it checks the signature
// with the pure helper and de-duplicates by the event id, so it records every event once however
// often the portal delivers it. `antworte` decides each answer (status, or a delay past the
// portal's timeout), so tests can make it fail on purpose.

export type Empfang = { ereignis: WebhookEreignis; header: string; body: string };

export type Empfaenger = {
  url: string;
  /** Every request that came in, signed or not, in order. */
  anfragen: { header: string | undefined; body: string; gueltig: boolean }[];
  /** The distinct events, by id, in the order first seen. */
  ereignisse: Map<string, Empfang>;
  /** The answer to the n-th request (from 1): a status, or "haengen" to never answer. */
  antworte: (n: number) => number | "haengen";
  stop: () => Promise<void>;
};

const lies = (req: IncomingMessage) =>
  new Promise<string>((gut, schlecht) => {
    const teile: Buffer[] = [];
    req.on("data", (t: Buffer) => teile.push(t));
    req.on("end", () => gut(Buffer.concat(teile).toString("utf8")));
    req.on("error", schlecht);
  });

/** A subscriber on `host` (default 127.0.0.1), any free port. */
export async function starteEmpfaenger(
  geheimnis: () => string,
  host = "127.0.0.1",
): Promise<Empfaenger> {
  const haengend = new Set<import("node:http").ServerResponse>();
  const e: Empfaenger = {
    url: "",
    anfragen: [],
    ereignisse: new Map(),
    antworte: () => 200,
    stop: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const body = await lies(req);
    const header = req.headers["portal-signature"];
    const h = Array.isArray(header) ? header[0] : header;
    const p = pruefeWebhookSignatur({ body, header: h, geheimnis: geheimnis() });
    e.anfragen.push({ header: h, body, gueltig: p.ok });
    const antwort = e.antworte(e.anfragen.length);
    if (!p.ok) {
      res.writeHead(400).end(p.grund);
      return;
    }
    // Recorded before answering: a lost answer makes the portal send again, the map keeps one.
    if (!e.ereignisse.has(p.ereignis.id))
      e.ereignisse.set(p.ereignis.id, { ereignis: p.ereignis, header: h ?? "", body });
    if (antwort === "haengen") {
      haengend.add(res);
      return;
    }
    res.writeHead(antwort, { "content-type": "text/plain" }).end(antwort < 300 ? "ok" : "kaputt");
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const { port } = server.address() as AddressInfo;
  e.url = `http://${host}:${port}/zahlungen/ereignisse`;
  e.stop = async () => {
    for (const res of haengend) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return e;
}

/** Polls `pruefe` every 100 ms until it returns something truthy, or fails after `ms`. */
export async function bis<T>(
  pruefe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  ms = 30_000,
): Promise<T> {
  const ende = Date.now() + ms;
  for (;;) {
    const wert = await pruefe();
    if (wert) return wert;
    if (Date.now() > ende) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}
