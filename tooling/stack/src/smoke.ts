// The start-up smoke test (CI runs it on Node 24): a fresh stack on ports of its own, two pages
// that need the database and the read model, then stop, and check that every port is free again.
//   SMOKE_WEB_PORT=3200 SMOKE_CMS_PORT=1339 SMOKE_PG_PORT=54332 \
//   SMOKE_MAIL_SMTP_PORT=1027 SMOKE_MAIL_WEB_PORT=1082 \
//     node --conditions=react-server --import tsx tooling/stack/src/smoke.ts
import { rmSync } from "node:fs";
import { join } from "node:path";
import { smokeSettings } from "./env.ts";
import { StackError } from "./errors.ts";
import { busyPorts } from "./ports.ts";
import { exitWithError, handleShutdown } from "./shutdown.ts";
import { root, startStack } from "./stack.ts";

const signal = handleShutdown();
const { ports, mailPorts, eidPort } = smokeSettings();
const allPorts = [...Object.values(ports), mailPorts.smtpPort, mailPorts.webPort, eidPort];
const dataDir = join(root, `.data/smoke-${ports.web}`);

async function expectPage(url: string, check: (body: string) => boolean, what: string) {
  const res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(60_000)]) });
  const body = await res.text();
  if (res.status !== 200 || !check(body))
    throw new Error(`${url}: expected ${what}, got ${res.status}: ${body.slice(0, 300)}`);
  console.log(`[smoke] ${url}: ${res.status}, ${what}`);
}

try {
  const before = await busyPorts(allPorts);
  if (before.length)
    throw new StackError(`smoke test: port(s) ${before.join(", ")} already in use`);
  console.log(`[smoke] Node ${process.version}, ports ${JSON.stringify(ports)}`);
  const stack = await startStack({
    dataDir,
    fresh: true,
    ports,
    mail: mailPorts,
    eid: { port: eidPort },
    signal,
    // Strapi's own output is long; the stack's lines about it stay.
    log: (line) =>
      line.startsWith("[cms] ") && !/^\[cms\] (building|starting|ready)/.test(line)
        ? undefined
        : console.log(line),
  });
  try {
    await expectPage(`${stack.webUrl}/de`, (html) => html.includes("<html"), "an HTML page");
    await expectPage(
      `${stack.webUrl}/api/orte?q=Dresden`,
      (json) =>
        (JSON.parse(json) as { orte: { gemeinde: string }[] }).orte.some(
          (o) => o.gemeinde === "Dresden",
        ),
      "Dresden among the places",
    );
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const after = await busyPorts(allPorts);
  if (after.length) throw new Error(`port(s) ${after.join(", ")} still in use after stop()`);
  console.log(`[smoke] passed on Node ${process.version}; ports free again`);
  process.exit(0);
} catch (error) {
  exitWithError(error, signal);
}
