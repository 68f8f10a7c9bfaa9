import { describe, expect, it } from "vitest";
import { spawnChild } from "../src/children.ts";
import { waitFor } from "../src/stack.ts";

// Nothing listens here: the URL never answers.
const nowhere = "http://127.0.0.1:9/";

const child = (script: string) =>
  spawnChild("test", process.execPath, ["-e", script], {
    cwd: process.cwd(),
    output: () => {},
    log: () => {},
  });

describe("waitFor", () => {
  it("gives up on a child that neither answers nor writes anything", async () => {
    const silent = await child("setInterval(() => {}, 1000)");
    const started = Date.now();
    await expect(
      waitFor(nowhere, "the silent one", silent, 1000, new AbortController().signal),
    ).rejects.toThrow(
      "the silent one did not answer at http://127.0.0.1:9/, and wrote nothing for 1 s",
    );
    expect(Date.now() - started).toBeLessThan(5000);
    await silent.stop();
  });

  it("waits for as long as the child reports progress", async () => {
    // A line every 200 ms for 3 s (a CMS seeding its content), then silence.
    const busy = await child(
      "const t = setInterval(() => console.log('seeding'), 200); setTimeout(() => clearInterval(t), 3000); setInterval(() => {}, 1000);",
    );
    const started = Date.now();
    await expect(
      waitFor(nowhere, "the busy one", busy, 1000, new AbortController().signal),
    ).rejects.toThrow("did not answer");
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    await busy.stop();
  });

  it("stops waiting when the child exits", async () => {
    const quitter = await child("setTimeout(() => process.exit(2), 300)");
    await expect(
      waitFor(nowhere, "the quitter", quitter, 10_000, new AbortController().signal),
    ).rejects.toThrow("the quitter exited (code 2) before it was ready");
  });

  it("stops waiting when aborted", async () => {
    const silent = await child("setInterval(() => {}, 1000)");
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("Ctrl+C")), 300);
    await expect(waitFor(nowhere, "it", silent, 10_000, controller.signal)).rejects.toThrow(
      "Ctrl+C",
    );
    await silent.stop();
  });
});
