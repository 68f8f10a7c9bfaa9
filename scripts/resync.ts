// `npm run catalogue:resync`: replaces the portal's read model with what the running CMS publishes.
import { createCmsClient } from "@portal/cms-client/client";
import { resyncCatalogue } from "@portal/cms-client/sync";
import { createDb } from "@portal/db/client";

const url = process.env.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:54329/portal";
const cmsUrl = process.env.CMS_URL ?? "http://127.0.0.1:1337";
const db = createDb(url, { max: 2 });
try {
  const counts = await resyncCatalogue(db, createCmsClient({ baseUrl: cmsUrl }));
  console.log(`Resynced from ${cmsUrl}:`, counts);
  console.log("Running portals serve cached pages until their next publication event or restart.");
} finally {
  await db.$client.end();
}
