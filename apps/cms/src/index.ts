import type { Core } from "@strapi/strapi";
import { ensureEditors, ensurePublicReadAccess, registerConditions } from "./bootstrap/access";
import { ensureLocales } from "./bootstrap/locales";
import { seedContent } from "./bootstrap/seed";
import { ensurePortalWebhook } from "./bootstrap/webhook";

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerConditions(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicReadAccess(strapi);
    await seedContent(strapi);
    await ensureEditors(strapi);
    // Last, so that seeding does not send hundreds of events to a portal that is not up yet.
    await ensurePortalWebhook(strapi);
  },
};
