import { describe, expect, it } from "vitest";
import { groupAlive, spawnChild } from "../src/children.ts";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts `node -e script` as a child of the stack; collects its output. */
async function child(script: string, graceMs?: number) {
  const lines: string[] = [];
  const handle = await spawnChild("test", process.execPath, ["-e", script], {
    cwd: process.cwd(),
    output: (line) => lines.push(line),
    log: () => {},
    graceMs,
  });
  return { handle, lines };
}

const waitForLine = async (lines: string[], text: string) => {
  for (let i = 0; i < 100 && !lines.some((l) => l.includes(text)); i++)
    await new Promise((r) => setTimeout(r, 50));
  return lines.find((l) => l.includes(text));
};

describe("children", () => {
  it("stops the whole process group, grandchildren included", async () => {
    const { handle, lines } = await child(
      `const c = require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"]); console.log("grandchild", c.pid); setInterval(() => {}, 1000);`,
    );
    const line = await waitForLine(lines, "grandchild");
    const grandchild = Number(line?.split(" ").pop());
    expect(alive(grandchild)).toBe(true);
    await handle.stop();
    expect(handle.running).toBe(false);
    expect(alive(grandchild)).toBe(false);
    expect(groupAlive(handle.pid)).toBe(false);
  });

  it("kills a group that ignores SIGTERM after the grace period", async () => {
    const { handle, lines } = await child(
      `process.on("SIGTERM", () => console.log("ignoring SIGTERM")); console.log("ready"); setInterval(() => {}, 1000);`,
      500,
    );
    await waitForLine(lines, "ready");
    const started = Date.now();
    await handle.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(lines.join("\n")).toContain("ignoring SIGTERM");
    expect((await handle.exited).signal).toBe("SIGKILL");
  });

  it("stops what a child left behind after it exited itself", async () => {
    const { handle, lines } = await child(
      `const c = require("node:child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" }); console.log("grandchild", c.pid); c.unref(); process.exit(0);`,
    );
    await handle.exited;
    const grandchild = Number((await waitForLine(lines, "grandchild"))?.split(" ").pop());
    expect(alive(grandchild)).toBe(true);
    await handle.stop();
    expect(alive(grandchild)).toBe(false);
  });

  it("says which command could not be started", async () => {
    await expect(
      spawnChild("nothing", "/does/not/exist", [], {
        cwd: process.cwd(),
        output: () => {},
        log: () => {},
      }),
    ).rejects.toThrow("could not start nothing (/does/not/exist)");
  });
});
