// The stack's child processes. Each runs detached, as the leader of a process group of its own, and
// is stopped by group: `npm run start` → sh → strapi, `npx next build` → its build workers, all go
// together. Ctrl+C in the terminal reaches none of them; the stack stops them (see shutdown.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { childEnv } from "./env.ts";

export type Log = (line: string) => void;

export interface ChildOptions {
  cwd: string;
  /** Merged over the stack's own environment. */
  env?: NodeJS.ProcessEnv;
  /** Lines prefixed with `[name]` into `log`, or the terminal (test runners). */
  output: Log | "inherit";
  /** How long a SIGTERMed group may take before it is SIGKILLed (default 10 s). */
  graceMs?: number;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Children of this process that have not been stopped yet; see `killAllNow`. */
const live = new Set<Child>();
let exitHookInstalled = false;

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (error) {
    // ESRCH: no process left in the group. EPERM: a member we may not signal (it is alive).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True while any process of the group is alive (the leader may have exited before the rest). */
export const groupAlive = (pgid: number) => signalGroup(pgid, 0);

async function groupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * Sends SIGKILL to every child group still alive, synchronously: for a forced exit (a second
 * Ctrl+C) and, as a last resort, when this process exits without having stopped its children.
 */
export function killAllNow(): void {
  for (const child of live) signalGroup(child.pid, "SIGKILL");
  live.clear();
}

export class Child {
  readonly exited: Promise<ExitStatus>;
  #process: ChildProcess;
  #graceMs: number;
  #log: Log;
  #stopping: Promise<void> | undefined;

  constructor(
    readonly name: string,
    process: ChildProcess,
    options: { graceMs?: number; log: Log },
  ) {
    this.#process = process;
    this.#graceMs = options.graceMs ?? 10_000;
    this.#log = options.log;
    this.exited = new Promise((resolve) =>
      process.once("exit", (code, signal) => resolve({ code, signal })),
    );
  }

  /** The leader's PID, which is also the process group's ID. */
  get pid(): number {
    return this.#process.pid!;
  }

  get running(): boolean {
    return this.#process.exitCode === null && this.#process.signalCode === null;
  }

  get stopping(): boolean {
    return this.#stopping !== undefined;
  }

  #lastOutputAt = Date.now();
  /** When the child last wrote to its output (or started): a sign of progress. */
  get lastOutputAt(): number {
    return this.#lastOutputAt;
  }
  /** @internal */
  noteOutput(): void {
    this.#lastOutputAt = Date.now();
  }

  /** SIGTERM to the group, SIGKILL after the grace period; resolves when the group is gone. */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      if (signalGroup(this.pid, "SIGTERM") && !(await groupGone(this.pid, this.#graceMs))) {
        this.#log(`[stack] ${this.name} did not stop within ${this.#graceMs / 1000} s; killing it`);
        signalGroup(this.pid, "SIGKILL");
        if (!(await groupGone(this.pid, 5_000)))
          this.#log(`[stack] ${this.name}: processes of group ${this.pid} survived SIGKILL`);
      }
      await this.exited;
      live.delete(this);
    })();
    return this.#stopping;
  }
}

function pipeLines(
  stream: NodeJS.ReadableStream | null,
  prefix: string,
  log: Log,
  onOutput: () => void,
) {
  let buffer = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => {
    onOutput();
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) log(`${prefix} ${line}`);
  });
  stream?.on("end", () => {
    if (buffer.trim()) log(`${prefix} ${buffer}`);
  });
}

/** Starts `command` in a process group of its own; resolves once it has been spawned. */
export async function spawnChild(
  name: string,
  command: string,
  args: string[],
  options: ChildOptions & { log: Log },
): Promise<Child> {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", killAllNow);
  }
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: childEnv(options.env),
    detached: true,
    stdio: [
      "ignore",
      options.output === "inherit" ? "inherit" : "pipe",
      options.output === "inherit" ? "inherit" : "pipe",
    ],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("spawn", resolve);
    child.once("error", (error) =>
      reject(new Error(`could not start ${name} (${command}): ${error.message}`)),
    );
  });
  const handle = new Child(name, child, options);
  if (options.output !== "inherit") {
    const onOutput = () => handle.noteOutput();
    pipeLines(child.stdout, `[${name}]`, options.output, onOutput);
    pipeLines(child.stderr, `[${name}]`, options.output, onOutput);
  }
  live.add(handle);
  options.log(`[stack] ${name} started (pid ${handle.pid})`);
  return handle;
}

/**
 * Runs `command` to completion (a build, a test runner). Rejects when it fails, and, when `signal`
 * aborts, stops it and rejects with the abort reason.
 */
export async function runChild(
  name: string,
  command: string,
  args: string[],
  options: ChildOptions & { log: Log; signal?: AbortSignal },
): Promise<void> {
  options.signal?.throwIfAborted();
  const child = await spawnChild(name, command, args, options);
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => child.stop().then(() => reject(options.signal?.reason));
    // It may have aborted already while the child was being started.
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.exited.then(() => options.signal?.removeEventListener("abort", onAbort));
  });
  aborted.catch(() => {});
  const status = await Promise.race([child.exited, aborted]);
  // The leader is gone; anything it left behind in its group goes with it.
  await child.stop();
  options.signal?.throwIfAborted();
  if (status.code !== 0)
    throw new Error(
      `${name} failed (${command} ${args.join(" ")}: ${status.signal ?? `exit code ${status.code}`})`,
    );
}
