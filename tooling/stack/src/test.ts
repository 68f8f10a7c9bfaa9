// `npm test`: unit and integration tests (Vitest, PostgreSQL), then the end-to-end suite
// (Playwright in the system Chromium) against the whole stack started fresh on its own ports and
// its own embedded PostgreSQL. It touches no database but that one and TEST_DATABASE_URL's (which
// must be on this machine); Ctrl+C stops everything, also while the stack starts.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { assertLocalDatabaseUrl } from "@portal/postgres/test-server";
import { runChild } from "./children.ts";
import { testSettings } from "./env.ts";
import { StackError } from "./errors.ts";
import { exitWithError, handleShutdown } from "./shutdown.ts";
import { root, startStack } from "./stack.ts";

const signal = handleShutdown();
const env = testSettings();
const only = process.argv[2]; // "unit" or "e2e" to run one half
const step = (title: string) => console.log(`\n━━ ${title} ━━`);

// The test runners get neither of these: only the stack's own database or TEST_DATABASE_URL's.
const ignored = env.ignoredDatabaseVariables;
if (ignored.length)
  console.log(
    `Note: npm test ignores ${ignored.join(" and ")}: the unit and integration tests use TEST_DATABASE_URL or an embedded PostgreSQL, the end-to-end tests an embedded PostgreSQL of their own.`,
  );
const testEnv: NodeJS.ProcessEnv = { DATABASE_URL: undefined, CMS_DATABASE_URL: undefined };

/** Runs a test runner with the terminal as its output; 0 when it passed. */
async function run(name: string, command: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  try {
    await runChild(name, command, args, {
      cwd: root,
      env: { ...testEnv, ...extra },
      output: "inherit",
      log: () => {},
      signal,
    });
    return 0;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    console.error((error as Error).message);
    return 1;
  }
}

try {
  if (env.testDatabaseUrl) {
    try {
      assertLocalDatabaseUrl(env.testDatabaseUrl);
    } catch (error) {
      throw new StackError((error as Error).message);
    }
  }
  const chromium = env.chromiumPath;
  if (only !== "unit" && !existsSync(chromium))
    throw new StackError(`The end-to-end tests need Chromium, and none was found at ${chromium}.
  Install it, then run npm test again:
    Debian/Ubuntu:  sudo apt-get install -y chromium
    elsewhere:      install Chromium and set CHROMIUM_PATH=/path/to/chromium
  (npm test -- unit runs the unit and integration tests alone.)`);

  if (only !== "e2e") {
    // The boundaries and types are part of the suite: a change that breaks them fails npm test.
    step("Lint (Biome) and type check");
    for (const [name, args] of [
      ["lint", ["run", "lint"]],
      ["typecheck", ["run", "typecheck"]],
    ] as const) {
      const checked = await run(name, "npm", [...args]);
      if (checked !== 0) process.exit(checked);
    }
    step("Unit and integration tests (Vitest)");
    // One package at a time: the integration tests share one PostgreSQL server.
    const status = await run("vitest", "npx", [
      "turbo",
      "run",
      "test",
      "--concurrency=1",
      "--output-logs=new-only",
    ]);
    if (status !== 0) process.exit(status);
    // apps/cms is no workspace, so turbo does not see its tests (the publish check of Formulare).
    const cms = await run("cms tests", "npm", ["--prefix", "apps/cms", "test"]);
    if (cms !== 0) process.exit(cms);
  }
  if (only === "unit") process.exit(0);

  step("End-to-end tests (Playwright, Chromium)");
  const stack = await startStack({
    dataDir: join(root, ".data/e2e"),
    fresh: true,
    ports: env.e2ePorts,
    mail: env.e2eMailPorts,
    eid: { port: env.e2eEidPort },
    signal,
    log: env.e2eVerbose
      ? undefined
      : (line) =>
          line.startsWith("[cms] ") || line.startsWith("[web] ") || line.startsWith("[worker] ")
            ? undefined
            : console.log(line),
  });
  const e2eEnv = {
    E2E_BASE_URL: stack.webUrl,
    E2E_CMS_URL: stack.cmsUrl,
    E2E_PORTAL_DATABASE_URL: stack.portalDatabaseUrl,
    // The mail catcher: GET /api/mails?an=address, DELETE /api/mails.
    E2E_MAIL_URL: stack.mailUrl!,
    // The eID simulator whose screens the eID journeys walk.
    E2E_EID_URL: stack.eidIssuer,
    E2E_EDITOR_EMAIL: stack.credentials.editorEmail,
    E2E_EDITOR_PASSWORD: stack.credentials.editorPassword,
    E2E_WEBHOOK_SECRET: stack.credentials.webhookSecret,
    E2E_ADMIN_EMAIL: stack.credentials.adminEmail,
    E2E_ADMIN_PASSWORD: stack.credentials.adminPassword,
    E2E_MUNICIPAL_EDITOR_EMAIL: stack.credentials.municipalEditorEmail,
    E2E_MUNICIPAL_EDITOR_PASSWORD: stack.credentials.municipalEditorPassword,
    E2E_CMS_READ_TOKEN: stack.credentials.cmsReadToken,
    // The delivery API's key of the demo staff OE (registered by the stack at start).
    E2E_FACHVERFAHREN_API_KEY: stack.credentials.fachverfahrenApiKey,
    E2E_FACHVERFAHREN_OE: stack.credentials.fachverfahrenOe,
    CHROMIUM_PATH: chromium,
  };
  let status = 1;
  try {
    const config = ["playwright", "test", "--config", "e2e/playwright.config.ts"];
    status = await run("playwright", "npx", [...config, "--grep-invert", "@cms-down"], e2eEnv);
    step("End-to-end tests with the CMS stopped");
    await stack.stopCms();
    const down = await run("playwright", "npx", [...config, "--grep", "@cms-down"], e2eEnv);
    status = status || down;
  } finally {
    await stack.stop();
  }
  process.exit(status);
} catch (error) {
  exitWithError(error, signal);
}
