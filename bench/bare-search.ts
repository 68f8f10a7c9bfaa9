// The limit for the search's design, without Next: a bare Node `http` handler that runs the same
// search (the catalogue service `sucheLeistungen`, so the same SQL through drizzle) over the same
// kind of `pg` pool as the web app (`getDb()`: DATABASE_URL, DATABASE_POOL_MAX) and answers JSON.
// Started by bench/run.ts as a child process so that it has an event loop of its own, as the web
// server does; it listens on a free port (0) and prints it.
import { createServer } from "node:http";
import { getDb } from "@portal/db/client";
import { sucheLeistungen } from "@portal/katalog/server";

const PAGE_SIZE = 20;
const db = getDb();
let failed = 0;

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const sprache = url.pathname.startsWith("/en/") ? "en" : "de";
    const seite = Math.min(Math.max(Number(url.searchParams.get("seite")) || 1, 1), 500);
    const ergebnis = await sucheLeistungen(db, {
      anfrage: url.searchParams.get("q") ?? "",
      sprache,
      limit: PAGE_SIZE,
      offset: (seite - 1) * PAGE_SIZE,
    });
    const body = JSON.stringify(ergebnis);
    res.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
  } catch (error) {
    if (!failed++) console.error(error);
    res.writeHead(500).end();
  }
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === "object" && address ? address.port : ""}`);
});
process.on("SIGTERM", () => {
  // Requests still running when the load generator stops finish first: ending the pool before
  // them made them fail ("Cannot use a pool after calling end on the pool").
  server.close(() => void db.$client.end().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
});
