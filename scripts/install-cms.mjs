// apps/cms is not an npm workspace: Strapi's admin needs React 18 while Next 16 needs React 19, and
// hoisting one React for both breaks the admin build (ARCHITECTURE.md). Install it from its own lockfile,
// once per lockfile: a later root `npm install` does not reinstall Strapi when its lockfile is unchanged.
// biome-ignore-all lint/style/noProcessEnv: an install step passes its own environment on to npm
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cmsDir = fileURLToPath(new URL("../apps/cms/", import.meta.url));
if (!existsSync(`${cmsDir}package.json`) || process.env.SKIP_CMS_INSTALL === "1") process.exit(0);
const lockfile = `${cmsDir}package-lock.json`;
const stamp = `${cmsDir}node_modules/.portal-lockfile-hash`;
const hash = existsSync(lockfile)
  ? createHash("sha256").update(readFileSync(lockfile)).digest("hex")
  : null;
if (hash && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) {
  console.log("[postinstall] apps/cms is installed from its current lockfile");
  process.exit(0);
}
const args = hash ? ["ci"] : ["install"];
args.push("--no-audit", "--no-fund");
console.log(`[postinstall] npm ${args.join(" ")} in apps/cms`);
const result = spawnSync("npm", args, {
  cwd: cmsDir,
  stdio: "inherit",
  env: { ...process.env, SKIP_CMS_INSTALL: "1" },
});
if (result.status === 0 && hash) writeFileSync(stamp, hash);
process.exit(result.status ?? 1);
