// Brings up the whole portal: PostgreSQL (embedded unless DATABASE_URL is set), the CMS (Strapi) and
// the web app (Next.js), with migrations, the geographic seed and a full catalogue resync on the way.
// Used by `npm start` (tooling/stack/src/start.ts) and `npm test` (tooling/stack/src/test.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { seedGebiet } from "@portal/katalog/seed";
import { startEmbeddedPostgres } from "@portal/postgres/embedded";

export const root = fileURLToPath(new URL("../../..", import.meta.url));
const cmsDir = join(root, "apps/cms");
const webDir = join(root, "apps/web");

export interface StackOptions {
  /** Where the embedded database, secrets and uploads live. */
  dataDir: string;
  /** Start from an empty database (tests). */
  fresh?: boolean;
  ports: { web: number; cms: number; postgres: number };
  log?: (line: string) => void;
}

export interface Credentials {
  adminEmail: string;
  adminPassword: string;
  editorEmail: string;
  editorPassword: string;
  municipalEditorEmail: string;
  municipalEditorPassword: string;
  webhookSecret: string;
}

export interface Stack {
  webUrl: string;
  cmsUrl: string;
  portalDatabaseUrl: string;
  credentials: Credentials;
  stopCms(): Promise<void>;
  startCms(): Promise<void>;
  stop(): Promise<void>;
}

const secret = () => randomBytes(24).toString("base64url");

function loadSecrets(dataDir: string): Credentials & Record<string, string> {
  const file = join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const secrets = {
    adminEmail: "admin@amt24.example",
    adminPassword: `Admin-${secret()}`,
    editorEmail: "redaktion@amt24.example",
    editorPassword: `Redaktion-${secret()}`,
    municipalEditorEmail: "redaktion-dresden@amt24.example",
    municipalEditorPassword: `Dresden-${secret()}`,
    webhookSecret: secret(),
    APP_KEYS: [secret(), secret()].join(","),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** A hash over the sources a build depends on, to rebuild only when they changed. */
function sourceHash(dir: string, skip: string[]): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (skip.includes(name) || name.endsWith(".md")) continue;
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      // Contents, not modification times: a fresh checkout of the same sources reuses a build.
      else hash.update(`${relative(dir, path)}:`).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest("hex");
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; prefix: string; log: (l: string) => void },
) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    pipe(child, options.prefix, options.log);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

function pipe(child: ChildProcess, prefix: string, log: (l: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = "";
    stream?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) log(`${prefix} ${line}`);
    });
  }
}

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs: number) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`${what} exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  const pid = child?.pid;
  if (!child || child.exitCode !== null || !pid) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, 10_000).unref();
  });
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? ((l: string) => console.log(l));
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const secrets = loadSecrets(options.dataDir);
  const children: ChildProcess[] = [];

  // 1. PostgreSQL: the databases `portal` and `cms` on one server.
  let stopPostgres = async () => {};
  let portalDatabaseUrl = process.env.DATABASE_URL;
  let cmsDatabaseUrl = process.env.CMS_DATABASE_URL;
  if (!portalDatabaseUrl) {
    log(
      `[db] starting embedded PostgreSQL on port ${options.ports.postgres} (${relative(root, options.dataDir)}/postgres)`,
    );
    const server = await startEmbeddedPostgres({
      dataDir: join(options.dataDir, "postgres"),
      port: options.ports.postgres,
    });
    stopPostgres = server.stop;
    await ensureDatabase(server.url("postgres"), "portal");
    await ensureDatabase(server.url("postgres"), "cms");
    portalDatabaseUrl = server.url("portal");
    cmsDatabaseUrl = server.url("cms");
  } else if (!cmsDatabaseUrl) {
    throw new Error(
      "DATABASE_URL is set, so CMS_DATABASE_URL must be set too (the CMS's own database).",
    );
  }
  const db = createDb(portalDatabaseUrl, { max: 4 });
  await migrateDb(db);
  const { gemeinden } = await seedGebiet(db);
  await db.$client.end();
  log(`[db] migrated; ${gemeinden} municipalities seeded`);

  // 2. The CMS.
  const cmsUrl = `http://127.0.0.1:${options.ports.cms}`;
  const webUrl = `http://localhost:${options.ports.web}`;
  const uploads = join(cmsDir, "public/uploads");
  mkdirSync(uploads, { recursive: true });
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
    SEED_DIR: join(root, "seed/cms"),
  };
  const cmsHash = sourceHash(cmsDir, [
    "node_modules",
    "dist",
    ".tmp",
    ".cache",
    ".strapi",
    "public",
    "types",
  ]);
  const cmsStamp = join(cmsDir, "dist/.source-hash");
  if (!existsSync(cmsStamp) || readFileSync(cmsStamp, "utf8") !== cmsHash) {
    log("[cms] building the CMS admin panel (first start only; takes a few minutes)…");
    await run("npm", ["run", "build"], { cwd: cmsDir, env: cmsEnv, prefix: "[cms build]", log });
    writeFileSync(cmsStamp, cmsHash);
  }
  let cms: ChildProcess | undefined;
  const startCms = async () => {
    log("[cms] starting Strapi…");
    cms = spawn("npm", ["run", "start"], {
      cwd: cmsDir,
      env: { ...process.env, ...cmsEnv },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    children.push(cms);
    pipe(cms, "[cms]", log);
    await waitFor(`${cmsUrl}/_health`, "the CMS", cms, 300_000);
    log(`[cms] ready at ${cmsUrl}/admin`);
  };
  await startCms();

  // 4. The web app (production build, rebuilt when its sources or packages changed).
  const webEnv: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: portalDatabaseUrl,
    CMS_URL: cmsUrl,
    CMS_WEBHOOK_SECRET: secrets.webhookSecret,
    PUBLIC_URL: webUrl,
  };
  const webHash = createHash("sha256")
    .update(sourceHash(webDir, ["node_modules", ".next", ".turbo"]))
    .update(sourceHash(join(root, "packages"), ["node_modules", ".turbo"]))
    .digest("hex");
  const webStamp = join(webDir, ".next/.source-hash");
  if (!existsSync(webStamp) || readFileSync(webStamp, "utf8") !== webHash) {
    log("[web] building the portal (next build)…");
    await run("npx", ["next", "build"], { cwd: webDir, env: webEnv, prefix: "[web build]", log });
    writeFileSync(webStamp, webHash);
  }
  // The start-up resync below replaces the read model; cached query results from an earlier run
  // (perhaps against another database) must not outlive it.
  rmSync(join(webDir, ".next/cache/fetch-cache"), { recursive: true, force: true });
  const web = spawn("npx", ["next", "start", "-p", String(options.ports.web)], {
    cwd: webDir,
    env: { ...process.env, ...webEnv },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.push(web);
  pipe(web, "[web]", log);
  await waitFor(`${webUrl}/api/orte?q=`, "the portal", web, 120_000);

  // 5. Catalogue read model: a full resync from the CMS through the portal, which also expires
  // every cached page (pages cached before a restart may show what the CMS has since changed).
  const started = Date.now();
  const resync = await fetch(`${webUrl}/api/cms/resync`, {
    method: "POST",
    headers: { Authorization: `Bearer ${secrets.webhookSecret}` },
  });
  if (!resync.ok)
    throw new Error(`catalogue resync failed: ${resync.status} ${await resync.text()}`);
  const { counts } = (await resync.json()) as { counts: Record<string, number> };
  log(`[sync] catalogue resynced in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
  log(`[web] ready at ${webUrl}`);

  return {
    webUrl,
    cmsUrl,
    portalDatabaseUrl,
    credentials: secrets,
    stopCms: () => stopChild(cms),
    startCms,
    stop: async () => {
      await Promise.all(children.map(stopChild));
      await stopPostgres();
    },
  };
}
