// `npm run catalogue:resync`: asks the running portal to replace its read model with what the CMS
// publishes, to expire its cached pages, and to bring its forms in line (published Formulare become
// versions, the others are withdrawn).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resyncSettings } from "./env.ts";

const { portalUrl: portal, webhookSecret } = resyncSettings();
const secret =
  webhookSecret ??
  JSON.parse(
    readFileSync(fileURLToPath(new URL("../../../.data/secrets.json", import.meta.url)), "utf8"),
  ).webhookSecret;
const res = await fetch(`${portal}/api/cms/resync`, {
  method: "POST",
  headers: { Authorization: `Bearer ${secret}` },
});
console.log(res.status, await res.text());
process.exit(res.ok ? 0 : 1);
