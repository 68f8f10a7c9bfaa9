import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIfChanged, sourceHash } from "../src/build.ts";
import { groupAlive, runChild } from "../src/children.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "build-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A "build" that is a real child process: `node -e script`. */
const nodeBuild = (script: string, signal?: AbortSignal, onPid?: (pid: number) => void) => () =>
  runChild("build", process.execPath, ["-e", script], {
    cwd: dir,
    output: () => {},
    log: (line) => {
      const pid = /\(pid (\d+)\)/.exec(line)?.[1];
      if (pid) onPid?.(Number(pid));
    },
    signal,
  });

describe("sourceHash", () => {
  it("follows contents and names, not outputs, Markdown or where the tree lives", () => {
    const tree = (root: string) => {
      mkdirSync(join(root, "src"), { recursive: true });
      writeFileSync(join(root, "src/a.ts"), "a");
      writeFileSync(join(root, "README.md"), "docs");
      mkdirSync(join(root, "dist"));
      writeFileSync(join(root, "dist/out.js"), "built");
      return root;
    };
    const a = tree(join(dir, "one"));
    const b = tree(join(dir, "two"));
    const hash = () => sourceHash(a, ["dist"]);
    const first = hash();
    expect(sourceHash(b, ["dist"])).toBe(first);
    writeFileSync(join(a, "README.md"), "more docs");
    writeFileSync(join(a, "dist/out.js"), "rebuilt");
    expect(hash()).toBe(first);
    writeFileSync(join(a, "src/a.ts"), "changed");
    expect(hash()).not.toBe(first);
  });

  it("hashes a link as where it points, so a link to a parent folder ends", () => {
    writeFileSync(join(dir, "a.ts"), "a");
    symlinkSync("..", join(dir, "up"));
    expect(sourceHash(dir, [])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("buildIfChanged", () => {
  const stamp = () => join(dir, "out/.source-hash");
  beforeEach(() => mkdirSync(join(dir, "out")));

  it("builds when the stamp is missing or different, and then writes it", async () => {
    expect(await buildIfChanged({ stamp: stamp(), hash: "h1", build: nodeBuild("") })).toBe(true);
    expect(readFileSync(stamp(), "utf8")).toBe("h1");
    expect(await buildIfChanged({ stamp: stamp(), hash: "h1", build: nodeBuild("") })).toBe(false);
    expect(await buildIfChanged({ stamp: stamp(), hash: "h2", build: nodeBuild("") })).toBe(true);
    expect(readFileSync(stamp(), "utf8")).toBe("h2");
  });

  it("writes no stamp when the build fails, and drops the old one", async () => {
    writeFileSync(stamp(), "h1");
    await expect(
      buildIfChanged({ stamp: stamp(), hash: "h2", build: nodeBuild("process.exit(3)") }),
    ).rejects.toThrow("exit code 3");
    expect(existsSync(stamp())).toBe(false);
    // Back at the old sources, the half-replaced output is not taken for their build.
    let built = false;
    await buildIfChanged({
      stamp: stamp(),
      hash: "h1",
      build: async () => {
        built = true;
      },
    });
    expect(built).toBe(true);
  });

  it("writes no stamp when interrupted, and leaves no process of the build behind", async () => {
    const controller = new AbortController();
    let pid = 0;
    // The build starts a grandchild of its own, as `npm run build` does.
    const script = `require("node:child_process").spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "inherit" }); setTimeout(() => {}, 60000);`;
    const building = buildIfChanged({
      stamp: stamp(),
      hash: "h1",
      signal: controller.signal,
      build: nodeBuild(script, controller.signal, (p) => {
        pid = p;
      }),
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(pid).toBeGreaterThan(0);
    expect(groupAlive(pid)).toBe(true);
    controller.abort(new Error("Ctrl+C"));
    await expect(building).rejects.toThrow("Ctrl+C");
    expect(existsSync(stamp())).toBe(false);
    expect(groupAlive(pid)).toBe(false);
  });

  it("writes no stamp when the build ends successfully but the stack was interrupted meanwhile", async () => {
    const controller = new AbortController();
    await expect(
      buildIfChanged({
        stamp: stamp(),
        hash: "h1",
        signal: controller.signal,
        build: async () => {
          controller.abort(new Error("Ctrl+C"));
        },
      }),
    ).rejects.toThrow("Ctrl+C");
    expect(existsSync(stamp())).toBe(false);
  });
});
