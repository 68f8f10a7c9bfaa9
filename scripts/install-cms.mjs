// apps/cms is not an npm workspace: Strapi's admin needs React 18 while Next 16 needs React 19, and
// hoisting one React for both breaks the admin build (ARCHITECTURE.md). Install it from its own lockfile.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cmsDir = fileURLToPath(new URL("../apps/cms/", import.meta.url));
if (!existsSync(`${cmsDir}package.json`) || process.env.SKIP_CMS_INSTALL === "1") process.exit(0);
const args = existsSync(`${cmsDir}package-lock.json`) ? ["ci"] : ["install"];
args.push("--no-audit", "--no-fund");
console.log(`[postinstall] npm ${args.join(" ")} in apps/cms`);
const result = spawnSync("npm", args, {
  cwd: cmsDir,
  stdio: "inherit",
  env: { ...process.env, SKIP_CMS_INSTALL: "1" },
});
process.exit(result.status ?? 1);
