import type { Core } from "@strapi/strapi";
import { cmsEnv } from "../env";

const NAME = "portal";
const EVENTS = ["entry.publish", "entry.unpublish", "entry.delete", "entry.update"];

type Webhook = { id: string | number; name: string };

/**
 * The portal's read model follows the CMS through one webhook, "portal", kept in line with the
 * environment on every start (the portal URL and the shared secret may change between starts). It
 * is stored like one made in Settings → Webhooks and handed to the running webhook runner, so it
 * fires at once, without a restart.
 */
export async function ensurePortalWebhook(strapi: Core.Strapi) {
  const url = cmsEnv.portalWebhookUrl;
  const secret = cmsEnv.webhookSecret;
  if (!url) {
    strapi.log.warn(
      "[portal] PORTAL_WEBHOOK_URL is not set: the portal is not notified of changes",
    );
    return;
  }
  if (!secret)
    strapi.log.warn(
      "[portal] CMS_WEBHOOK_SECRET is not set: the webhook is sent without a bearer token",
    );
  const store = strapi.get("webhookStore");
  const runner = strapi.get("webhookRunner");
  const data = {
    name: NAME,
    url,
    headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    events: EVENTS,
    isEnabled: true,
  };
  const existing = ((await store.findWebhooks()) as Webhook[]).filter((w) => w.name === NAME);
  const [first, ...duplicates] = existing;
  if (first) {
    // Strapi's own bootstrap has already handed the stored webhook to the runner: replace it.
    runner.update(await store.updateWebhook(first.id, data));
    for (const duplicate of duplicates) {
      await store.deleteWebhook(duplicate.id);
      runner.remove(duplicate);
    }
  } else {
    runner.add(await store.createWebhook(data));
  }
  strapi.log.info(`[portal] webhook "${NAME}" → ${url}`);
}
