import type { Core } from "@strapi/strapi";

const EVENTS = ["entry.publish", "entry.unpublish", "entry.delete", "entry.update"];

/**
 * The portal's read model follows the CMS through one webhook, kept in line with the environment
 * on every start (the portal URL and the shared secret may change between starts).
 */
export async function ensurePortalWebhook(strapi: Core.Strapi) {
  const url = process.env.PORTAL_WEBHOOK_URL;
  const secret = process.env.CMS_WEBHOOK_SECRET;
  if (!url || !secret) {
    strapi.log.warn("[portal] PORTAL_WEBHOOK_URL or CMS_WEBHOOK_SECRET not set: the portal is not notified of changes");
    return;
  }
  const store = strapi.get("webhookStore");
  const runner = strapi.get("webhookRunner");
  const data = { name: "portal", url, headers: { Authorization: `Bearer ${secret}` }, events: EVENTS, isEnabled: true };
  const existing = (await store.findWebhooks()).find((w: { name: string }) => w.name === "portal");
  if (existing) {
    const updated = await store.updateWebhook(existing.id, data);
    runner.update(updated);
  } else {
    const created = await store.createWebhook(data);
    runner.add(created);
  }
  strapi.log.info(`[portal] webhook → ${url}`);
}
