// CPU time that processes used, from /proc (Linux): on a machine shared with other work, the CPU
// milliseconds a request costs are a steadier figure than requests per second, which depend on how
// much of the machine the other work leaves.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function stat(pid: number): { ppid: number; cpu: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces: utime and
    // stime of the process, cutime and cstime of its children that have ended (PostgreSQL's
    // postmaster reaps its backends: a closed connection keeps counting).
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i]), 0);
    return { ppid: Number(f[1]), cpu: ticks / TICKS };
  } catch {
    return null;
  }
}

function allPids(): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/** A process and all its descendants. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const pid of allPids()) {
    const s = stat(pid);
    if (s) parents.set(pid, s.ppid);
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree];
}

/** The process whose command line contains every one of the given words (e.g. "next", "start", "-p", "3200"). */
export function findProcess(words: string[]): number | null {
  for (const pid of allPids()) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (words.every((w) => args.some((a) => a === w || a.endsWith(`/${w}`)))) return pid;
    } catch {}
  }
  return null;
}

/** The postmaster of a PostgreSQL data directory, from its postmaster.pid. */
export function postmaster(dataDir: string): number | null {
  const file = `${dataDir}/postmaster.pid`;
  if (!existsSync(file)) return null;
  return Number(readFileSync(file, "utf8").split("\n")[0]) || null;
}

/** CPU seconds (user + system) used so far by these processes and their descendants, ended ones included. */
export function cpuSeconds(roots: (number | null)[]): number {
  let total = 0;
  for (const root of roots)
    if (root) for (const pid of processTree(root)) total += stat(pid)?.cpu ?? 0;
  return total;
}
