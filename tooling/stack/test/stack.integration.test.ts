// The stack stops everything it started when it is interrupted during start-up: through the
// AbortSignal of startStack, and through Ctrl+C (SIGINT) to an entry point. Each case starts a
// fresh stack on ports of its own (STACK_TEST_PORTS="web,cms,postgres[,mail-smtp,mail-web]" moves
// them; the second case uses each port + 1), the mail catcher's among them and interrupts it while a child process runs.
//
// Which child that is depends on the CMS build: with a current build in apps/cms/dist (the stamp
// is a content hash, so a copied dist counts), the first case interrupts Strapi as it is spawned
// and the second while it sets up its database (connected to PostgreSQL); without one, both
// interrupt the CMS build, which must then leave no stamp behind. Stopping a stack that is up is
// what the smoke test (smoke.ts) checks.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createDb } from "@portal/db/client";
import { afterAll, describe, expect, it } from "vitest";
import { groupAlive, killAllNow } from "../src/children.ts";
import { childEnv, stackTestPorts } from "../src/env.ts";
import { busyPorts } from "../src/ports.ts";
import { Interrupted } from "../src/shutdown.ts";
import { root, startStack } from "../src/stack.ts";

const [web, cms, postgres, smtp, mailWeb] = stackTestPorts();
const cmsStamp = join(root, "apps/cms/dist/.source-hash");
const dataDirs: string[] = [];
const entries: ChildProcess[] = [];
afterAll(async () => {
  // Should a case fail half-way, nothing it started outlives the test run.
  killAllNow();
  for (const entry of entries) {
    if (entry.exitCode !== null || entry.signalCode !== null) continue;
    entry.kill("SIGINT");
    await new Promise((resolve) => {
      entry.once("exit", resolve);
      setTimeout(() => entry.kill("SIGKILL"), 60_000).unref();
    });
  }
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}, 90_000);

/** The process (group) IDs the stack's log names: every child, and PostgreSQL. */
const pidsIn = (lines: string[]) =>
  lines.flatMap((line) => {
    const pid = /^\[(?:stack\] .+ started|db\] PostgreSQL ready) \(pid (\d+)\)/.exec(line)?.[1];
    return pid ? [Number(pid)] : [];
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function expectAllGone(lines: string[], ports: number[]) {
  const pids = pidsIn(lines);
  expect(pids.length).toBeGreaterThanOrEqual(2); // PostgreSQL and at least one child
  expect(pids.filter((pid) => alive(pid) || groupAlive(pid))).toEqual([]);
  expect(await busyPorts(ports)).toEqual([]);
}

describe("a stack interrupted during start-up", () => {
  it("stops every child and PostgreSQL when its AbortSignal aborts", async () => {
    const ports = { web, cms, postgres };
    const mail = { smtpPort: smtp, webPort: mailWeb };
    const allPorts = [...Object.values(ports), smtp, mailWeb];
    expect(await busyPorts(allPorts), "ports in use before the test").toEqual([]);
    const dataDir = join(root, `.data/stack-test-${web}`);
    dataDirs.push(dataDir);
    const controller = new AbortController();
    const lines: string[] = [];
    let interrupted = "";
    const starting = startStack({
      dataDir,
      fresh: true,
      ports,
      mail,
      signal: controller.signal,
      log: (line) => {
        lines.push(line);
        // The first child of the CMS: its build, or Strapi itself.
        const child = /^\[stack\] (cms build|cms) started/.exec(line)?.[1];
        if (child && !interrupted) {
          interrupted = child;
          controller.abort(new Interrupted("SIGINT"));
        }
      },
    });
    await expect(starting).rejects.toBeInstanceOf(Interrupted);
    expect(interrupted).not.toBe("");
    console.log(`interrupted during: ${interrupted}`);
    expect(lines).toContain(
      `[mail] no SMTP_URL set: mails go to the local inbox http://localhost:${mailWeb}`,
    );
    await expectAllGone(lines, allPorts);
    // An interrupted build leaves no stamp: the next start builds again.
    if (interrupted === "cms build") expect(existsSync(cmsStamp)).toBe(false);
  }, 180_000);

  it("stops every child and PostgreSQL on Ctrl+C (SIGINT) to the entry point", async () => {
    const ports = [web + 1, cms + 1, postgres + 1, smtp + 1, mailWeb + 1] as const;
    expect(await busyPorts([...ports]), "ports in use before the test").toEqual([]);
    dataDirs.push(join(root, `.data/smoke-${ports[0]}`));
    const entry = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tooling/stack/src/smoke.ts"],
      {
        cwd: root,
        env: childEnv({
          SMOKE_WEB_PORT: String(ports[0]),
          SMOKE_CMS_PORT: String(ports[1]),
          SMOKE_PG_PORT: String(ports[2]),
          SMOKE_MAIL_SMTP_PORT: String(ports[3]),
          SMOKE_MAIL_WEB_PORT: String(ports[4]),
        }),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    entries.push(entry);
    const exited = new Promise<number | null>((resolve) => entry.once("exit", resolve));
    const lines: string[] = [];
    let buffer = "";
    entry.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      const complete = buffer.split("\n");
      buffer = complete.pop() ?? "";
      lines.push(...complete);
    });
    let stderr = "";
    entry.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const output = () => `${lines.join("\n")}\n${stderr}`;

    // Interrupted while the CMS is being built, or while Strapi is setting up its database (its
    // first tables exist; its first start takes minutes on a busy machine).
    let interruptedAt: string | undefined;
    const cmsDatabase = createDb(`postgres://postgres:postgres@127.0.0.1:${ports[2]}/cms`, {
      max: 1,
    });
    try {
      for (const deadline = Date.now() + 150_000; !interruptedAt && Date.now() < deadline; ) {
        if (entry.exitCode !== null) throw new Error(`the entry point ended early:\n${output()}`);
        if (lines.some((l) => l.startsWith("[stack] cms build started")))
          interruptedAt = "cms build";
        else if (lines.some((l) => l.startsWith("[stack] cms started"))) {
          const { rows } = await cmsDatabase.$client.query<{ n: number }>(
            "select count(*)::int as n from pg_tables where schemaname = 'public'",
          );
          if (rows[0]!.n > 0) interruptedAt = "Strapi setting up its database";
        }
        if (!interruptedAt) await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      await cmsDatabase.$client.end();
    }
    expect(interruptedAt, output()).toBeDefined();
    console.log(`interrupted during: ${interruptedAt}`);
    entry.kill("SIGINT");
    expect(await exited, output()).toBe(130);
    expect(lines).toContain("Stopped.");
    await expectAllGone(lines, [...ports]);
  }, 240_000);
});
