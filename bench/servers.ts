// Processes the benchmarks start besides the stack.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { root } from "../tooling/stack/src/stack.ts";
import { childEnv } from "./env.ts";

/**
 * The bare Node handler (bench/bare-search.ts) in a process of its own, so that it has an event
 * loop to itself as the web server has; it listens on a free port.
 */
export async function startBareSearch(
  databaseUrl: string,
): Promise<{ url: string; pid: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", join(root, "bench/bare-search.ts")],
    {
      cwd: root,
      env: childEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl }),
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bare search server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const m = /LISTENING (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: () => child.kill("SIGTERM"),
  };
}
