// `npm run bench:widget`: the embed script's size and how fast the widget appears (issue 11 item 6:
// ≤ 15 KB gzipped, rendered in < 300 ms on a local network).
//
// Against a running portal (BENCH_URL, default http://localhost:3000): fetches /embed/v1.js and
// gzips it as `next start` compresses (zlib's default level); then serves a host page with the
// snippet on http://localhost:<free port> (Dresden lists "localhost") and loads it 20 times in
// Chromium, each in a fresh browser context (nothing cached: the script and the API call are part
// of every load). A load's time runs from the navigation's start to the moment the card has
// replaced the fallback link (a MutationObserver on the host page notes it), so it covers the
// page, the script, the API call and the render. Prints median and p95.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { BENCH_URL, CHROMIUM_PATH } from "./env.ts";

const PORTAL = (BENCH_URL ?? "http://localhost:3000").replace(/\/$/, "");
const SLUG = "radverkehrskonzept-dresden-2035";
const LOADS = 20;
const BUDGET_BYTES = 15 * 1024;
const ZIEL_MS = 300;

const skript = await fetch(`${PORTAL}/embed/v1.js`);
if (!skript.ok) throw new Error(`${PORTAL}/embed/v1.js answered ${skript.status}`);
const code = await skript.text();
const gzip = gzipSync(code).length;

const hostseite = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bench</title>
<script>
new MutationObserver((_, o) => {
  if (!document.getElementById("ersatz")?.isConnected && document.querySelector("beteiligung-verfahren")) {
    window.__fertig = performance.now();
    o.disconnect();
  }
}).observe(document.documentElement, { childList: true, subtree: true });
</script></head><body>
<a id="ersatz" href="${PORTAL}/de/beteiligung/${SLUG}">Zum Verfahren</a>
<script src="${PORTAL}/embed/v1.js" data-verfahren="${SLUG}" async></script>
</body></html>`;
const server = createServer((_, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(hostseite);
});
await new Promise<void>((fertig) => server.listen(0, "localhost", fertig));
const host = `http://localhost:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const zeiten: number[] = [];
try {
  // One load to warm the server (a dev server compiles on first use); not counted.
  for (let i = 0; i <= LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host);
    const ms = await page
      .waitForFunction(() => (window as unknown as { __fertig?: number }).__fertig, null, {
        timeout: 30_000,
      })
      .then((h) => h.jsonValue() as Promise<number>);
    if (i > 0) zeiten.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const sortiert = [...zeiten].sort((a, b) => a - b);
const quantil = (q: number) =>
  sortiert[Math.min(sortiert.length - 1, Math.ceil(q * sortiert.length) - 1)] ?? NaN;
const median = quantil(0.5);
const p95 = quantil(0.95);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`portal: ${PORTAL}`);
console.log(
  `/embed/v1.js: ${kb(code.length)} minified, ${kb(gzip)} gzipped (budget ${kb(BUDGET_BYTES)}) ${gzip <= BUDGET_BYTES ? "ok" : "OVER BUDGET"}`,
);
console.log(
  `navigation → rendered card over ${LOADS} cold loads: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target < ${ZIEL_MS} ms) ${p95 < ZIEL_MS ? "ok" : "OVER TARGET"}`,
);
