// Brings up the whole portal: the mail catcher (unless an SMTP relay is given), PostgreSQL (embedded
// unless `database` is given), the CMS (Strapi), the web app (Next.js) and the background worker, with migrations, the geographic seed and a full
// catalogue resync on the way. Used by `npm start` (start.ts), `npm test` (test.ts) and the smoke
// test (smoke.ts).
//
// Everything it starts is stopped again, whichever way it ends: start-up fails or times out, the
// caller's AbortSignal aborts (Ctrl+C: shutdown.ts), or `stop()` is called. Children run in
// process groups of their own and are stopped by group (children.ts).
import { existsSync, mkdirSync, realpathSync, rmSync } from "node:fs";
import { delimiter, dirname, join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { hinterlegeApiSchluessel } from "@portal/antraege/server";
import { legeMitarbeiterAn, listeOesMitMitarbeitern } from "@portal/auth/server";
import { erzeugeFuerOes } from "@portal/crypto/server";
import { ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { type EidSimulator, startEidSimulator } from "@portal/eid-simulator/simulator";
import { seedGebiet } from "@portal/katalog/seed";
import { type Mailcatcher, startMailcatcher } from "@portal/mailcatcher/catcher";
import { findeKassenkonto, speichereKassenkonto } from "@portal/payments/server";
import { type PostgresServer, startEmbeddedPostgres } from "@portal/postgres/embedded";
import { buildIfChanged, combinedHash, fileHash, sourceHash } from "./build.ts";
import { type Child, type ChildOptions, type Log, runChild, spawnChild } from "./children.ts";
import { searchPath } from "./env.ts";
import { StackError } from "./errors.ts";
import { loadSecrets, type Secrets } from "./secrets.ts";

export const root = fileURLToPath(new URL("../../..", import.meta.url));
const cmsDir = join(root, "apps/cms");
const webDir = join(root, "apps/web");
const workerEntry = join(root, "apps/worker/src/main.ts");

export interface StackOptions {
  /** Where the embedded database and secrets live. */
  dataDir: string;
  /** Start from an empty database (tests): always the embedded PostgreSQL, never `database`. */
  fresh?: boolean;
  ports: { web: number; cms: number; postgres: number };
  /** A PostgreSQL server of one's own instead of the embedded one (`npm start` with DATABASE_URL). */
  database?: { portal: string; cms: string };
  /**
   * Where the worker sends mails: an SMTP relay of one's own (`npm start` with SMTP_URL), or the
   * local mail catcher on these ports (0: any free one, the default).
   */
  mail?: { smtpUrl: string } | { smtpPort: number; webPort: number };
  /**
   * The eID service the portal signs in with over OpenID Connect: a real broker of one's own
   * (`npm start` with EID_ISSUER), or the local eID simulator on this port (0: any free one, the
   * default).
   */
  eid?: { issuer: string; clientId: string; clientSecret: string } | { port: number };
  /**
   * Stops the stack when it aborts. During start-up, `startStack` then rejects with the abort
   * reason once everything it started has stopped; afterwards, it is the same as `stop()`.
   */
  signal?: AbortSignal;
  log?: Log;
}

/** @deprecated The secrets file's contents; use `Secrets`. */
export type Credentials = Secrets;

export interface Stack {
  webUrl: string;
  cmsUrl: string;
  portalDatabaseUrl: string;
  /** The worker's SMTP_URL. */
  smtpUrl: string;
  /** The local mail catcher's inbox (its JSON API under /api/mails); none with a relay of one's own. */
  mailUrl?: string;
  /** The eID service's issuer: the local simulator's, or the broker given. */
  eidIssuer: string;
  /** Whether `eidIssuer` is the local simulator (it says so on every screen). */
  eidSimuliert: boolean;
  credentials: Secrets;
  stopCms(): Promise<void>;
  startCms(): Promise<void>;
  /** Stops the background worker (no-op without one). */
  stopWorker(): Promise<void>;
  /** Starts the background worker again (no-op when apps/worker does not exist). */
  startWorker(): Promise<void>;
  /** Stops every child, then PostgreSQL; resolves when all are gone. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Children run `npm`, `npx` and `#!/usr/bin/env node` scripts: with this process's Node first on
 * the PATH they run on the same Node as the stack (`npx node@24 …` tests Node 24 throughout).
 */
function pathWithThisNode(): string | undefined {
  const path = searchPath();
  const dirs = (path ?? "").split(delimiter).filter(Boolean);
  const first = dirs.map((dir) => join(dir, "node")).find((file) => existsSync(file));
  if (first && realpathSync(first) === realpathSync(process.execPath)) return path;
  return [dirname(process.execPath), ...dirs].join(delimiter);
}

/**
 * Polls `url` until it answers below 500. Throws when `child` exits, on abort, or when it has
 * neither answered nor written a line for `quietMs`: a first start of the CMS seeds its content for
 * minutes on a busy machine, logging its progress, while a hung one falls silent.
 */
export async function waitFor(
  url: string,
  what: string,
  child: Child,
  quietMs: number,
  signal: AbortSignal,
) {
  while (Date.now() - child.lastOutputAt < quietMs) {
    signal.throwIfAborted();
    if (!child.running) {
      const { code, signal: killed } = await child.exited;
      throw new Error(`${what} exited (${killed ?? `code ${code}`}) before it was ready`);
    }
    try {
      const res = await fetch(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(2000)]),
      });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(500, undefined, { signal }).catch(() => {});
  }
  throw new Error(`${what} did not answer at ${url}, and wrote nothing for ${quietMs / 1000} s`);
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? ((l: string) => console.log(l));
  options.signal?.throwIfAborted();
  if (options.fresh && options.database)
    throw new StackError(
      "A fresh stack (tests) starts from an empty database and runs only on its own embedded PostgreSQL, not on `database`.",
    );

  // Aborted by the caller's signal or by stop(): every wait below gives up, every build stops.
  const lifetime = new AbortController();
  const { signal } = lifetime;
  const onCallerAbort = () => lifetime.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  const children = new Set<Child>();
  let postgres: PostgresServer | undefined;
  let mailcatcher: Mailcatcher | undefined;
  let eidSimulator: EidSimulator | undefined;
  let tearingDown: Promise<void> | undefined;
  const teardown = () => {
    tearingDown ??= (async () => {
      // The worker, the portal and the CMS together (each by its process group), then the
      // database they were using.
      while (children.size)
        await Promise.all([...children].map((c) => c.stop().then(() => children.delete(c))));
      await Promise.all([postgres?.stop(), mailcatcher?.stop(), eidSimulator?.stop()]);
      options.signal?.removeEventListener("abort", onCallerAbort);
    })();
    return tearingDown;
  };

  const childEnv: NodeJS.ProcessEnv = {
    PATH: pathWithThisNode(),
    // Each child is told its database explicitly; nothing of the caller's shell may point elsewhere.
    DATABASE_URL: undefined,
    CMS_DATABASE_URL: undefined,
    TEST_DATABASE_URL: undefined,
    // Only the worker sends mails, and it is told where to.
    SMTP_URL: undefined,
  };
  const childOptions = (cwd: string, env: NodeJS.ProcessEnv): ChildOptions & { log: Log } => ({
    cwd,
    env: { ...childEnv, ...env },
    output: log,
    log,
  });
  /** A long-running child (CMS, web, worker), stopped with the stack. */
  const start = async (
    name: string,
    command: string,
    args: string[],
    cwd: string,
    env: NodeJS.ProcessEnv,
    graceMs?: number,
  ) => {
    signal.throwIfAborted();
    const child = await spawnChild(name, command, args, { ...childOptions(cwd, env), graceMs });
    children.add(child);
    child.exited.then(({ code, signal: killed }) => {
      if (!child.stopping) log(`[stack] ${name} exited unexpectedly (${killed ?? `code ${code}`})`);
    });
    return child;
  };
  const build = (
    name: string,
    command: string,
    args: string[],
    cwd: string,
    env: NodeJS.ProcessEnv,
  ) => runChild(name, command, args, { ...childOptions(cwd, env), signal });

  let secrets: Secrets;
  let schluesselVerzeichnis = "";
  let dateienVerzeichnis = "";
  let portalDatabaseUrl: string;
  let smtpUrl: string;
  let eid: { issuer: string; clientId: string; clientSecret: string };
  const cmsUrl = `http://127.0.0.1:${options.ports.cms}`;
  const webUrl = `http://localhost:${options.ports.web}`;
  let cms: Child | undefined;
  let worker: Child | undefined;
  let startCms: () => Promise<void>;
  let startWorker: () => Promise<void>;

  try {
    if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
    mkdirSync(options.dataDir, { recursive: true });
    secrets = loadSecrets(options.dataDir, log);
    // The authorities' key pairs and the uploads (never in a public folder).
    schluesselVerzeichnis = join(options.dataDir, "schluessel");
    dateienVerzeichnis = join(options.dataDir, "dateien");

    // 0. Mail: the operator's relay, or a local catcher that keeps every mail in memory.
    const mail = options.mail ?? { smtpPort: 0, webPort: 0 };
    if ("smtpUrl" in mail) {
      smtpUrl = mail.smtpUrl;
      const relay = new URL(smtpUrl);
      log(`[mail] sending through ${relay.protocol}//${relay.host} (SMTP_URL)`);
    } else {
      mailcatcher = await startMailcatcher(mail).catch((error: Error) => {
        throw new StackError(error.message);
      });
      smtpUrl = mailcatcher.smtpUrl;
      log(`[mail] no SMTP_URL set: mails go to the local inbox ${mailcatcher.webUrl}`);
    }
    signal.throwIfAborted();

    // eID: the operator's broker, or the local simulator (an OpenID Connect provider with test
    // identities) that knows the portal as its one client.
    const eidOption = options.eid ?? { port: 0 };
    if ("issuer" in eidOption) {
      eid = eidOption;
      log(`[eid] signing in with the eID service at ${eid.issuer} (EID_ISSUER)`);
    } else {
      const client = {
        clientId: "portal",
        clientSecret: secrets.eidClientSecret,
        redirectUris: [`${webUrl}/de/konto/eid/rueckkehr`],
      };
      eidSimulator = await startEidSimulator({
        port: eidOption.port,
        clients: [client],
        log: (line) => log(`[eid] ${line}`),
      }).catch((error: Error) => {
        throw new StackError(`the eID simulator could not start: ${error.message}`);
      });
      eid = { issuer: eidSimulator.issuer, ...client };
    }
    signal.throwIfAborted();

    // 1. PostgreSQL: the databases `portal` and `cms` on one server.
    let cmsDatabaseUrl: string;
    if (options.database) {
      portalDatabaseUrl = options.database.portal;
      cmsDatabaseUrl = options.database.cms;
      log(
        `[db] using ${new URL(portalDatabaseUrl).host} (portal) and ${new URL(cmsDatabaseUrl).host} (cms)`,
      );
    } else {
      log(
        `[db] starting embedded PostgreSQL on port ${options.ports.postgres} (${relative(root, options.dataDir)}/postgres)`,
      );
      postgres = await startEmbeddedPostgres({
        dataDir: join(options.dataDir, "postgres"),
        port: options.ports.postgres,
      });
      log(`[db] PostgreSQL ready (pid ${postgres.pid})`);
      signal.throwIfAborted();
      await ensureDatabase(postgres.url("postgres"), "portal");
      await ensureDatabase(postgres.url("postgres"), "cms");
      portalDatabaseUrl = postgres.url("portal");
      cmsDatabaseUrl = postgres.url("cms");
    }
    signal.throwIfAborted();
    const db = createDb(portalDatabaseUrl, { max: 4 });
    try {
      await migrateDb(db);
      const { gemeinden } = await seedGebiet(db);
      log(`[db] migrated; ${gemeinden} municipalities seeded`);
      // A staff account to try the staff area with (it sets up its second factor on first use);
      // kept as it is when it exists.
      const staff = await legeMitarbeiterAn(db, {
        email: secrets.staffEmail,
        name: "Sachbearbeitung Dresden (Demo)",
        passwort: secrets.staffPassword,
        rollen: [{ oe: "gv-14612000", rolle: "admin" }],
      });
      if (!staff.ok && staff.grund !== "vorhanden")
        throw new StackError(`the demo staff account could not be created: ${staff.grund}`);
      // An authority receives online applications once it has a key pair (they are encrypted
      // for it): one for every Organisationseinheit with staff, kept when it exists.
      // The demo authority's cash office (Stadtkasse Dresden), so payments can be tried: a test
      // creditor identifier and test IBAN, both methods on. Kept as it is when it exists (a
      // clerk may have changed it).
      if (!(await findeKassenkonto(db, { oeSchluessel: "gv-14612000" }))) {
        const kasse = await speichereKassenkonto(db, {
          oeSchluessel: "gv-14612000",
          glaeubigerId: "DE98ZZZ09999999999",
          kontoinhaber: "Landeshauptstadt Dresden, Stadtkasse",
          iban: "DE02120300000000202051",
          bic: "BYLADEM1001",
          lastschrift: true,
          ueberweisung: true,
        });
        if (!kasse.ok)
          throw new StackError(
            `the demo cash-office account could not be stored: ${kasse.meldung.en}`,
          );
        log("[kasse] cash-office account of gv-14612000 seeded");
      }
      const oes = await listeOesMitMitarbeitern(db);
      const schluessel = await erzeugeFuerOes(schluesselVerzeichnis, oes, { modulusBits: 2048 });
      const neu = Object.values(schluessel).filter((k) => k.neu).length;
      log(`[crypto] key pairs for ${oes.length} authorities with staff (${neu} new)`);
      // The delivery API's key of the demo authority (secrets.json), so e2e tests and the
      // benchmark can fetch its applications as its Fachverfahren would.
      const api = await hinterlegeApiSchluessel(db, {
        oeSchluessel: secrets.fachverfahrenOe,
        name: "Fachverfahren (Demo, e2e und Benchmark)",
        schluessel: secrets.fachverfahrenApiKey,
        erstelltVonEmail: secrets.staffEmail,
      });
      if (!api.ok)
        throw new StackError(
          `the Fachverfahren API key of secrets.json could not be registered: ${api.fehler}`,
        );
      if (api.widerrufen)
        log(
          `[api] the Fachverfahren API key of secrets.json was revoked; remove fachverfahrenApiKey from secrets.json for a new one`,
        );
      else if (api.neu)
        log(`[api] Fachverfahren API key registered for ${secrets.fachverfahrenOe}`);
    } finally {
      await db.$client.end();
    }

    // 2. The CMS (admin panel rebuilt when its sources changed).
    mkdirSync(join(cmsDir, "public/uploads"), { recursive: true });
    const cmsEnv: NodeJS.ProcessEnv = {
      NODE_ENV: "production",
      STRAPI_TELEMETRY_DISABLED: "true",
      HOST: "127.0.0.1",
      PORT: String(options.ports.cms),
      DATABASE_URL: cmsDatabaseUrl,
      APP_KEYS: secrets.APP_KEYS,
      API_TOKEN_SALT: secrets.API_TOKEN_SALT,
      ADMIN_JWT_SECRET: secrets.ADMIN_JWT_SECRET,
      TRANSFER_TOKEN_SALT: secrets.TRANSFER_TOKEN_SALT,
      JWT_SECRET: secrets.JWT_SECRET,
      ENCRYPTION_KEY: secrets.ENCRYPTION_KEY,
      CMS_ADMIN_EMAIL: secrets.adminEmail,
      CMS_ADMIN_PASSWORD: secrets.adminPassword,
      CMS_EDITOR_EMAIL: secrets.editorEmail,
      CMS_EDITOR_PASSWORD: secrets.editorPassword,
      CMS_MUNICIPAL_EDITOR_EMAIL: secrets.municipalEditorEmail,
      CMS_MUNICIPAL_EDITOR_PASSWORD: secrets.municipalEditorPassword,
      PORTAL_WEBHOOK_URL: `http://127.0.0.1:${options.ports.web}/api/cms/webhook`,
      CMS_WEBHOOK_SECRET: secrets.webhookSecret,
      CMS_READ_TOKEN: secrets.cmsReadToken,
      // The editor's preview (Strapi Preview) opens the portal's signed preview page.
      PORTAL_URL: webUrl,
      PREVIEW_SECRET: secrets.previewSecret,
      SEED_DIR: join(root, "seed/cms"),
    };
    // .strapi-updater.json: written by Strapi at run time (update notifier), no build input.
    const cmsSkip = [
      "node_modules",
      "dist",
      ".tmp",
      ".cache",
      ".strapi",
      ".strapi-updater.json",
      "public",
      "types",
    ];
    await buildIfChanged({
      stamp: join(cmsDir, "dist/.source-hash"),
      // The CMS bundles the forms' rules at build time (apps/cms/scripts/regeln-buendeln.mjs):
      // their sources and their package.json (which pins zod) are sources of the CMS too.
      hash: combinedHash(
        sourceHash(cmsDir, cmsSkip),
        sourceHash(join(root, "packages/forms/src"), []),
        fileHash(join(root, "packages/forms/package.json")),
      ),
      signal,
      build: () => {
        log("[cms] building the CMS admin panel (first start only; takes a few minutes)…");
        return build("cms build", "npm", ["run", "build"], cmsDir, cmsEnv);
      },
    });
    startCms = async () => {
      if (cms?.running && !cms.stopping) return;
      log("[cms] starting Strapi…");
      cms = await start("cms", "npm", ["run", "start"], cmsDir, cmsEnv);
      await waitFor(`${cmsUrl}/_health`, "the CMS", cms, 300_000, signal);
      log(`[cms] ready at ${cmsUrl}/admin`);
    };
    await startCms();

    // 3. The web app (production build, rebuilt when its sources, packages or dependencies changed).
    const webEnv: NodeJS.ProcessEnv = {
      NODE_ENV: "production",
      CRYPTO_SCHLUESSEL_VERZEICHNIS: schluesselVerzeichnis,
      DATEIEN_VERZEICHNIS: dateienVerzeichnis,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: portalDatabaseUrl,
      CMS_URL: cmsUrl,
      // The address the start banner tells editors to open (the preview pane may frame the portal).
      CMS_ADMIN_URL: cmsUrl.replace("127.0.0.1", "localhost"),
      CMS_WEBHOOK_SECRET: secrets.webhookSecret,
      CMS_READ_TOKEN: secrets.cmsReadToken,
      PREVIEW_SECRET: secrets.previewSecret,
      PUBLIC_URL: webUrl,
      NEXTAUTH_SECRET: secrets.sessionSecret,
      EID_ISSUER: eid.issuer,
      EID_CLIENT_ID: eid.clientId,
      EID_CLIENT_SECRET: eid.clientSecret,
      // Webhook subscriptions to a receiver on this machine (the e2e tests'); production leaves
      // it unset, so webhooks go only to public https addresses (@portal/payments env.ts).
      WEBHOOK_LOKALE_ZIELE: "true",
    };
    await buildIfChanged({
      stamp: join(webDir, ".next/.source-hash"),
      hash: combinedHash(
        sourceHash(webDir, ["node_modules", ".next", ".turbo"]),
        sourceHash(join(root, "packages"), ["node_modules", ".turbo"]),
        fileHash(join(root, "package-lock.json")),
      ),
      signal,
      build: () => {
        log("[web] building the portal (next build)…");
        return build("web build", "npx", ["next", "build"], webDir, webEnv);
      },
    });
    // The start-up resync below replaces the read model; cached query results from an earlier run
    // (perhaps against another database) must not outlive it.
    rmSync(join(webDir, ".next/cache/fetch-cache"), { recursive: true, force: true });
    const web = await start(
      "web",
      "npx",
      ["next", "start", "-p", String(options.ports.web)],
      webDir,
      webEnv,
    );
    await waitFor(`${webUrl}/api/orte?q=`, "the portal", web, 120_000, signal);

    // 4. The background worker (pg-boss jobs), beside the web app.
    const workerEnv: NodeJS.ProcessEnv = {
      NODE_ENV: "production",
      CRYPTO_SCHLUESSEL_VERZEICHNIS: schluesselVerzeichnis,
      DATEIEN_VERZEICHNIS: dateienVerzeichnis,
      DATABASE_URL: portalDatabaseUrl,
      CMS_URL: cmsUrl,
      PORTAL_URL: webUrl,
      // The portal's public address, for the links in the mails the worker's jobs write.
      PUBLIC_URL: webUrl,
      CMS_WEBHOOK_SECRET: secrets.webhookSecret,
      CMS_READ_TOKEN: secrets.cmsReadToken,
      SMTP_URL: smtpUrl,
      // The worker delivers the webhooks: to a local receiver too, as the web app allows it.
      WEBHOOK_LOKALE_ZIELE: "true",
    };
    startWorker = async () => {
      if (worker?.running && !worker.stopping) return;
      if (!existsSync(workerEntry)) {
        log(`[worker] ${relative(root, workerEntry)} does not exist; no background worker started`);
        return;
      }
      worker = await start(
        "worker",
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", workerEntry],
        root,
        workerEnv,
        // It lets running jobs finish for up to 10 s on SIGTERM.
        15_000,
      );
    };
    await startWorker();

    // 5. Catalogue read model: a full resync from the CMS through the portal, which also expires
    // every cached page (pages cached before a restart may show what the CMS has since changed).
    const started = Date.now();
    const resync = await fetch(`${webUrl}/api/cms/resync`, {
      method: "POST",
      headers: { Authorization: `Bearer ${secrets.webhookSecret}` },
      signal: AbortSignal.any([signal, AbortSignal.timeout(300_000)]),
    });
    if (!resync.ok)
      throw new Error(`catalogue resync failed: ${resync.status} ${await resync.text()}`);
    const { counts } = (await resync.json()) as { counts: Record<string, number> };
    log(`[sync] catalogue resynced in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
    if (worker && !worker.running) throw new Error("the background worker exited during start-up");
    log(`[web] ready at ${webUrl}`);
  } catch (error) {
    await teardown();
    throw signal.aborted ? signal.reason : error;
  }

  // From now on an abort (the caller's signal, or stop()) is a stop.
  signal.addEventListener("abort", () => void teardown(), { once: true });
  const stopChild = async (child: Child | undefined) => {
    if (!child) return;
    await child.stop();
    children.delete(child);
  };
  return {
    webUrl,
    cmsUrl,
    portalDatabaseUrl,
    smtpUrl,
    mailUrl: mailcatcher?.webUrl,
    eidIssuer: eid.issuer,
    eidSimuliert: Boolean(eidSimulator),
    credentials: secrets,
    stopCms: () => stopChild(cms),
    startCms,
    stopWorker: () => stopChild(worker),
    startWorker,
    stop: () => {
      lifetime.abort(new Error("the stack was stopped"));
      return teardown();
    },
  };
}
