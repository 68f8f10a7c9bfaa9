// `npm run bench:js`: the JavaScript each page template ships, gzipped, from the production build
// (docs/benchmarks.md, "JavaScript per page template").
//
// Exact rather than estimated: each page is fetched from a running production server (`next start`),
// every `<script src>` in its HTML is fetched and gzipped (zlib's default level, as `next start`
// compresses), and the sizes are summed. That is what a browser loads before any interaction, shared
// chunks included. Code loaded on demand (the MapLibre map) is measured in Chromium: the requests
// that follow a click on "Karte anzeigen", listed as a row of their own.
//
// Starts the whole stack fresh on its own ports (3201/1340/54333, BENCH_JS_*_PORT), or measures an already running
// portal: `BENCH_URL=http://localhost:3500 npm run bench:js`. `-- --no-write` only prints the table.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { root, type Stack, startStack } from "../tooling/stack/src/stack.ts";
import { BENCH_JS_PORTS, BENCH_URL, CHROMIUM_PATH } from "./env.ts";

/** Target for every page without a map (kB = 1,000 bytes, as Next's build output counts). */
const LIMIT = 120_000;
const write = !process.argv.includes("--no-write");

type Template = {
  name: string;
  path: string | ((html: Map<string, string>) => string | undefined);
};

/** One page per route template; a news item is found through the home page's links. */
const templates: Template[] = [
  { name: "home", path: "/de" },
  { name: "search (results)", path: "/de/suche?q=Personalausweis" },
  { name: "service page", path: "/de/leistungen/personalausweis-beantragen" },
  {
    name: "service in a municipality",
    path: "/de/leistungen/personalausweis-beantragen/in/14612000",
  },
  {
    name: "service: responsible authority by place",
    path: "/de/leistungen/personalausweis-beantragen/zustaendig?ort=01796",
  },
  { name: "Lebenslagen (overview)", path: "/de/lebenslagen" },
  { name: "Lebenslage", path: "/de/lebenslagen/familie-und-kinder" },
  { name: "authorities (search)", path: "/de/behoerden" },
  { name: "authorities of a municipality", path: "/de/behoerden/gemeinde/14522180" },
  { name: "authority (map not loaded)", path: "/de/behoerden/gv-14522180" },
  { name: "page (CMS)", path: "/de/impressum" },
  {
    name: "news item",
    path: (pages) => pages.get("/de")?.match(/href="(\/de\/meldungen\/[^"]+)"/)?.[1],
  },
  { name: "barrier report form", path: "/de/kontakt/barriere-melden" },
  { name: "data sources", path: "/de/quellen" },
  { name: "404", path: "/de/gibt-es-nicht" },
];
const MAP_PAGE = "/de/behoerden/gv-14522180";

const stack: Stack | undefined = BENCH_URL
  ? undefined
  : await startStack({
      dataDir: join(root, ".data/bench-js"),
      fresh: true,
      ports: BENCH_JS_PORTS,
      log: (line) =>
        line.startsWith("[cms] ") || line.startsWith("[web] ") ? undefined : console.log(line),
    });
const base = BENCH_URL ?? stack!.webUrl;

const gzipped = new Map<string, { raw: number; gzip: number }>();
async function size(url: string) {
  const known = gzipped.get(url);
  if (known) return known;
  // decodeURI: webpack names chunks after routes (`app/%5Blang%5D/…`), and the portal's proxy
  // redirects paths with a percent sign.
  const res = await fetch(new URL(decodeURI(url), base));
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const measured = { raw: body.length, gzip: gzipSync(body).length };
  gzipped.set(url, measured);
  return measured;
}

/** The scripts a browser loads for this HTML: every `<script src>` except `nomodule` fallbacks. */
function scripts(html: string) {
  const srcs = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = tag.match(/\ssrc="([^"]+)"/i)?.[1];
    if (src) srcs.add(src.replaceAll("&amp;", "&"));
  }
  return [...srcs];
}

function stylesheets(html: string) {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)].flatMap(
    ([tag]) => tag.match(/\shref="([^"]+)"/i)?.[1] ?? [],
  );
}

type Row = {
  name: string;
  path: string;
  srcs: string[];
  raw: number;
  gzip: number;
  html: number;
};
const rows: Row[] = [];
const pages = new Map<string, string>();
try {
  for (const template of templates) {
    const path = typeof template.path === "string" ? template.path : template.path(pages);
    if (!path) {
      console.warn(`${template.name}: no page found, skipped`);
      continue;
    }
    const res = await fetch(new URL(path, base));
    const html = await res.text();
    if (res.status >= 500 || (res.status >= 400 && template.name !== "404"))
      throw new Error(`${path}: HTTP ${res.status}`);
    pages.set(path, html);
    const srcs = scripts(html);
    let raw = 0;
    let gzip = 0;
    for (const src of srcs) {
      const s = await size(src);
      raw += s.raw;
      gzip += s.gzip;
    }
    rows.push({
      name: template.name,
      path,
      srcs,
      raw,
      gzip,
      html: gzipSync(html).length,
    });
  }

  // A failed map measurement leaves the table of initial JS intact (the row says so).
  const onDemand = await mapOnDemand().catch((error: Error) => {
    console.warn(`The map on demand was not measured: ${error.message.split("\n")[0]}`);
    return undefined;
  });
  const table = render(rows, onDemand);
  console.log(`\n${table}`);
  const over = rows.filter((r) => r.gzip > LIMIT);
  if (over.length) console.log(`\nOver ${kb(LIMIT)}: ${over.map((r) => r.name).join(", ")}`);
  if (write) {
    updateDocs(table);
    console.log("\ndocs/benchmarks.md updated (section “JavaScript per page template”).");
  }
} finally {
  await stack?.stop();
}

/**
 * In Chromium, on the authority page: the JS and CSS requested after "Karte anzeigen" is pressed
 * (before that, none may be requested beyond the HTML's scripts). The viewport is short, so that
 * the map is not scrolled into view, which would load it by itself.
 */
async function mapOnDemand() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 500 } });
    const requested: string[] = [];
    page.on("request", (r) => {
      // MapLibre starts its worker from a blob: URL made from code already counted in its chunk.
      if (["script", "stylesheet"].includes(r.resourceType()) && r.url().startsWith("http"))
        requested.push(r.url());
    });
    await page.goto(new URL(MAP_PAGE, base).href, { waitUntil: "networkidle" });
    const html = pages.get(MAP_PAGE) ?? "";
    const initial = new Set(
      [...scripts(html), ...stylesheets(html)].map((s) => new URL(s, base).href),
    );
    const early = requested.filter((u) => u.endsWith(".js") && !initial.has(u));
    if (early.length) console.warn(`JS requested before the map was opened: ${early.join(", ")}`);
    // Without a button (a map that loads by itself) everything beyond the HTML's scripts counts.
    const button = page.getByRole("button", { name: "Karte anzeigen" });
    const hasButton = (await button.count()) > 0;
    const before = hasButton ? requested.length : 0;
    // The chunk's code asks for the map style first thing: by then its JS and CSS are loaded.
    // (Waiting for the map itself would measure software WebGL on a busy machine.)
    const style = page.waitForRequest(/\/karte\/style\.json$/, { timeout: 120_000 });
    if (hasButton) await button.click();
    await style;
    await page.waitForLoadState("networkidle");
    const added = [...new Set(requested.slice(before))].filter((u) => !initial.has(u));
    let js = 0;
    let css = 0;
    for (const url of added) {
      const s = await size(url);
      if (new URL(url).pathname.endsWith(".css")) css += s.gzip;
      else js += s.gzip;
    }
    return { files: added.length, js, css, early: early.length };
  } finally {
    await browser.close();
  }
}

function kb(bytes: number) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function render(
  rows: Row[],
  map: { files: number; js: number; css: number; early: number } | undefined,
) {
  // What every page loads (React, Next's router and runtime, the layout's own client code), so
  // that what a template adds on top shows in a column of its own.
  const shared = new Set(rows[0]?.srcs.filter((src) => rows.every((r) => r.srcs.includes(src))));
  const gz = (srcs: Iterable<string>) =>
    [...srcs].reduce((sum, src) => sum + (gzipped.get(src)?.gzip ?? 0), 0);
  const lines = [
    "| page template | example URL | scripts | JS (raw) | **JS (gzip)** | of it beyond the shared chunks | HTML (gzip) | ≤ 120 kB |",
    "|---|---|---:|---:|---:|---:|---:|:---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${r.srcs.length} | ${kb(r.raw)} | **${kb(r.gzip)}** | ${kb(gz(r.srcs.filter((src) => !shared.has(src))))} | ${kb(r.html)} | ${r.gzip > LIMIT ? "✘ over" : "✔"} |`,
    ),
    map
      ? `| *on demand:* the map (MapLibre) on the authority page, after "Karte anzeigen" or scrolling it into view | \`${MAP_PAGE}\` | ${map.files} files | – | **${kb(map.js)} JS + ${kb(map.css)} CSS** | – | – | ${map.early ? "✘ loaded early" : "not in the initial JS ✔"} |`
      : `| *on demand:* the map (MapLibre) on the authority page | \`${MAP_PAGE}\` | not measured (see the script's output) | | | | | |`,
    "",
    `Shared by every page: ${shared.size} chunks, ${kb(gz(shared))} gzipped (${[...shared].map((src) => `${src.split("/").pop()} ${kb(gzipped.get(src)?.gzip ?? 0)}`).join(", ")}).`,
  ];
  return lines.join("\n");
}

/** Replaces only this script's section of docs/benchmarks.md (others edit the rest of the file). */
function updateDocs(table: string) {
  const file = join(root, "docs/benchmarks.md");
  const doc = readFileSync(file, "utf8");
  const start = "<!-- bench:js start -->";
  const end = "<!-- bench:js end -->";
  const date = new Date().toISOString().slice(0, 10);
  const body = `${start}\n${date}, Node ${process.versions.node.split(".")[0]}, \`npm run bench:js\`:\n\n${table}\n${end}`;
  const at = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    at >= 0 && to > at
      ? doc.slice(0, at) + body + doc.slice(to + end.length)
      : `${doc.trimEnd()}\n\n## JavaScript per page template\n\n${body}\n`;
  writeFileSync(file, next);
}
