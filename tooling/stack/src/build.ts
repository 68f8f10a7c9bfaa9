// Builds that run only when their sources changed: a stamp file holds a hash of the sources the build
// was made from, and is written only after a build that completed.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";

/** Orders paths as a depth-first walk visits them (each folder's entries sorted by name). */
function walkOrder(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The files under `dir` that git would commit (tracked, or new and not ignored): whatever is
 * ignored is an output or cache (`.next`, `dist`, and `.strapi-updater.json`, which Strapi rewrites
 * on start). Outside a git checkout, every file.
 */
function listSources(dir: string): string[] {
  try {
    const out = execFileSync(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
      { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 },
    );
    return [...new Set(out.split("\0").filter(Boolean))];
  } catch {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, entry.name);
        if (entry.isDirectory()) walk(path);
        else files.push(relative(dir, path));
      }
    };
    walk(dir);
    return files;
  }
}

/**
 * A hash over the source files under `dir` (contents and paths relative to `dir`), leaving out
 * the names in `skip` (outputs and caches, at any depth) and Markdown files.
 */
export function sourceHash(dir: string, skip: string[]): string {
  const hash = createHash("sha256");
  const files = listSources(dir)
    .filter((file) => {
      const parts = file.split("/");
      return !parts.some((part) => skip.includes(part)) && !file.endsWith(".md");
    })
    .sort(walkOrder);
  for (const file of files) {
    const path = join(dir, file);
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch {
      continue; // deleted, not yet committed; or gone since it was listed
    }
    // A link is hashed as where it points: followed, it could lead in a circle.
    if (stat.isSymbolicLink()) hash.update(`${file}->${readlinkSync(path)}`);
    // Contents, not modification times: a fresh checkout of the same sources reuses a build.
    else if (stat.isFile()) hash.update(`${file}:`).update(readFileSync(path));
  }
  return hash.digest("hex");
}

/** A hash over one file (a lockfile); empty when it does not exist. */
export function fileHash(path: string): string {
  const hash = createHash("sha256");
  if (existsSync(path)) hash.update(readFileSync(path));
  return hash.digest("hex");
}

/** One hash over several (of sources, of a lockfile). */
export function combinedHash(...hashes: string[]): string {
  const hash = createHash("sha256");
  for (const part of hashes) hash.update(part);
  return hash.digest("hex");
}

/**
 * Runs `build` unless `stamp` holds `hash`. The old stamp goes first: a build that fails or is
 * interrupted may have replaced part of the output, which then matches no sources at all. The new
 * stamp is written only when `build` resolved and `signal` has not aborted. Resolves to whether
 * it built.
 */
export async function buildIfChanged(options: {
  stamp: string;
  hash: string;
  build: () => Promise<void>;
  signal?: AbortSignal;
}): Promise<boolean> {
  const { stamp, hash } = options;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return false;
  rmSync(stamp, { force: true });
  await options.build();
  options.signal?.throwIfAborted();
  const tmp = `${stamp}.${process.pid}.tmp`;
  writeFileSync(tmp, hash);
  renameSync(tmp, stamp);
  return true;
}
