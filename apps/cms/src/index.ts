import type { Core } from "@strapi/strapi";
import { ensureEditors, ensurePublicReadAccess, registerAccessControl } from "./bootstrap/access";
import { ensureLocales } from "./bootstrap/locales";
import { seedContent } from "./bootstrap/seed";
import { ensurePortalWebhook } from "./bootstrap/webhook";

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerAccessControl(strapi);
  },

  /** Idempotent: runs on every start and only adds what is missing. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicReadAccess(strapi);
    await seedContent(strapi);
    await ensureEditors(strapi);
    // Last, so that the first start's seeding does not send hundreds of events to a portal that is
    // not up yet (on later starts Strapi has already registered the stored webhook by now).
    await ensurePortalWebhook(strapi);
  },
};
