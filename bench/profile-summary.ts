// Summarises a V8 CPU profile (node --cpu-prof) of the web server under load: where the CPU time
// went, by component, with positions in Next's minified runtime mapped back through its source
// maps (so "react-dom-server" and "app-render" show up instead of "app-page.runtime.prod.js").
//   node --import tsx bench/profile-summary.ts <file.cpuprofile> [top] [from-µs to-µs]
// The optional window (CLOCK_MONOTONIC in µs, as process.hrtime gives it: V8 stamps its samples
// with the same clock) keeps only the samples taken under load, leaving out start-up and warm-up.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

const maps = new Map<string, SourceMap | null>();
function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith("file://") ? fileURLToPath(url) : url;
      if (file.startsWith("/") && existsSync(`${file}.map`))
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}

/** The original source of a frame (through the source map where there is one). */
function origin(frame: CallFrame): { source: string; name: string } {
  const map = frame.url ? sourceMapFor(frame.url) : null;
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as {
      originalSource?: string;
      name?: string;
    };
    if (entry?.originalSource)
      return { source: entry.originalSource, name: frame.functionName || entry.name || "" };
  }
  return { source: frame.url, name: frame.functionName };
}

const CATEGORIES: [string, RegExp][] = [
  // By the file name's suffix: the package name itself contains "server".
  ["React Flight server (RSC payload)", /react-server-dom-[a-z]+\/cjs\/[^/]*-server\./],
  [
    "React Flight client (decode RSC in SSR / segments)",
    /react-server-dom-[a-z]+\/cjs\/[^/]*-client\./,
  ],
  ["React DOM server (HTML render)", /react-dom\/cjs\/react-dom-server/],
  ["React (other)", /\/react\/cjs\/|react-dom\/cjs/],
  ["Next: segment data / prefetch", /collect-segment-data|segment-cache|prefetch/],
  ["Next: incremental cache / response cache", /incremental-cache|response-cache|lru-cache/],
  ["Next: app render", /app-render\//],
  ["Next: stream utilities", /stream-utils|streams?\//],
  [
    "Next: routing, base server, request handling",
    /webpack:\/\/next\/|next\/(dist|src)\/|next-server|compiled\/next|(^|\/)src\/(server|shared|client|lib)\/|turbopack:/,
  ],
  ["pg driver", /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//],
  ["drizzle", /drizzle-orm/],
  [
    "Node: http/net/streams",
    /^node:(_http|http|net|stream|internal\/streams|_stream|internal\/http|internal\/stream)/,
  ],
  ["Node: other internals", /^node:/],
  ["app code (.next/server)", /\.next\/server|apps\/web\/src|packages\//],
];

function categorize(source: string, name: string): string {
  if (name === "(garbage collector)") return "garbage collector";
  if (name === "(idle)") return "idle";
  if (name === "(program)") return "(program: V8, native)";
  if (!source) return "native / builtins";
  for (const [category, re] of CATEGORIES) if (re.test(source)) return category;
  return "other JS";
}

const [file, topArg, fromArg, toArg] = process.argv.slice(2);
if (!file) throw new Error("usage: profile-summary <file.cpuprofile> [top] [from-µs to-µs]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const from = fromArg ? Number(fromArg) : -Infinity;
const to = toArg ? Number(toArg) : Infinity;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map<number, number>();
let t = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  t += delta;
  if (t >= from && t <= to) selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
});

const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
const cat = new Map<string, number>();
const fn = new Map<string, number>();
const vague = new Map<string, number>();
for (const [id, us] of selfTime) {
  const node = byId.get(id);
  if (!node) continue;
  const { source, name } = origin(node.callFrame);
  const c = categorize(source, node.callFrame.functionName);
  cat.set(c, (cat.get(c) ?? 0) + us);
  const key = `${name || "(anonymous)"}  ${source.replace(/^.*node_modules\//, "")}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  if (c === "other JS" || c.startsWith("Node: other")) {
    const where = `${c}: ${source.replace(/^.*node_modules\//, "") || name}`;
    vague.set(where, (vague.get(where) ?? 0) + us);
  }
}
const idle = cat.get("idle") ?? 0;
const busy = total - idle;
const pct = (us: number, of: number) => `${((100 * us) / of).toFixed(1).padStart(5)} %`;
console.log(
  `profile ${(total / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (${pct(busy, total).trim()})\n`,
);
console.log("self time by component (share of busy time):");
for (const [c, us] of [...cat].sort((a, b) => b[1] - a[1]))
  if (c !== "idle")
    console.log(`  ${pct(us, busy)}  ${(us / 1e3).toFixed(0).padStart(7)} ms  ${c}`);
console.log(`\ntop functions by self time:`);
for (const [k, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 25)))
  if (!k.startsWith("(idle)")) console.log(`  ${pct(us, busy)}  ${k}`);
console.log(`\nwhat "other JS" and "Node: other internals" are (by source):`);
for (const [k, us] of [...vague].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${pct(us, busy)}  ${k}`);
