// `npm test`: unit and integration tests (Vitest, PostgreSQL), then the end-to-end suite
// (Playwright in the system Chromium) against the whole stack started fresh on its own ports.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, startStack } from "./stack.ts";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`
  The end-to-end tests need Chromium, and none was found at ${chromium}.
  Install it, then run npm test again:
    Debian/Ubuntu:  sudo apt-get install -y chromium
    elsewhere:      install Chromium and set CHROMIUM_PATH=/path/to/chromium
`);
  process.exit(1);
}

const step = (title: string) => console.log(`\n━━ ${title} ━━`);
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } })
    .status ?? 1;

const only = process.argv[2]; // "unit" or "e2e" to run one half

if (only !== "e2e") {
  step("Unit and integration tests (Vitest)");
  // One package at a time: the integration tests share one PostgreSQL server.
  if (run("npx", ["turbo", "run", "test", "--concurrency=1", "--output-logs=new-only"]) !== 0)
    process.exit(1);
}
if (only === "unit") process.exit(0);

step("End-to-end tests (Playwright, Chromium)");
const stack = await startStack({
  dataDir: join(root, ".data/e2e"),
  fresh: true,
  ports: {
    web: Number(process.env.E2E_WEB_PORT ?? 3100),
    cms: Number(process.env.E2E_CMS_PORT ?? 1338),
    postgres: Number(process.env.E2E_PG_PORT ?? 54331),
  },
  log: process.env.E2E_VERBOSE
    ? undefined
    : (line) =>
        line.startsWith("[cms] ") || line.startsWith("[web] ") ? undefined : console.log(line),
});
const env = {
  E2E_BASE_URL: stack.webUrl,
  E2E_CMS_URL: stack.cmsUrl,
  E2E_PORTAL_DATABASE_URL: stack.portalDatabaseUrl,
  E2E_EDITOR_EMAIL: stack.credentials.editorEmail,
  E2E_EDITOR_PASSWORD: stack.credentials.editorPassword,
  E2E_WEBHOOK_SECRET: stack.credentials.webhookSecret,
  E2E_ADMIN_EMAIL: stack.credentials.adminEmail,
  E2E_ADMIN_PASSWORD: stack.credentials.adminPassword,
  E2E_MUNICIPAL_EDITOR_EMAIL: stack.credentials.municipalEditorEmail,
  E2E_MUNICIPAL_EDITOR_PASSWORD: stack.credentials.municipalEditorPassword,
  E2E_CMS_READ_TOKEN: stack.credentials.cmsReadToken,
  CHROMIUM_PATH: chromium,
};
let status = 1;
try {
  status = run(
    "npx",
    ["playwright", "test", "--config", "e2e/playwright.config.ts", "--grep-invert", "@cms-down"],
    env,
  );
  step("End-to-end tests with the CMS stopped");
  await stack.stopCms();
  const down = run(
    "npx",
    ["playwright", "test", "--config", "e2e/playwright.config.ts", "--grep", "@cms-down"],
    env,
  );
  status = status || down;
} finally {
  await stack.stop();
}
process.exit(status);
