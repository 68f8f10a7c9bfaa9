// `npm run catalogue:resync`: asks the running portal to replace its read model with what the CMS
// publishes, and to expire its cached pages.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const portal = process.env.PORTAL_URL ?? "http://localhost:3000";
const secret =
  process.env.CMS_WEBHOOK_SECRET ??
  JSON.parse(
    readFileSync(fileURLToPath(new URL("../../.data/secrets.json", import.meta.url)), "utf8"),
  ).webhookSecret;
const res = await fetch(`${portal}/api/cms/resync`, {
  method: "POST",
  headers: { Authorization: `Bearer ${secret}` },
});
console.log(res.status, await res.text());
process.exit(res.ok ? 0 : 1);
