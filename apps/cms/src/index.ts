import type { Core } from "@strapi/strapi";
import {
  ensureEditors,
  registerAccessControl,
  revokeUsersPermissionsContentAccess,
} from "./bootstrap/access";
import { registerBeteiligungsPruefung } from "./bootstrap/beteiligung";
import { registerPublishedOnlyContentApi } from "./bootstrap/content-api";
import { registerFormularPruefung } from "./bootstrap/formular";
import { ensureLocales } from "./bootstrap/locales";
import { ensurePortalReadToken } from "./bootstrap/read-token";
import { seedContent } from "./bootstrap/seed";
import { ensurePortalWebhook } from "./bootstrap/webhook";

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerAccessControl(strapi);
    registerPublishedOnlyContentApi(strapi);
    registerFormularPruefung(strapi);
    registerBeteiligungsPruefung(strapi);
  },

  /** Idempotent: runs on every start and only adds what is missing. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await revokeUsersPermissionsContentAccess(strapi);
    await seedContent(strapi);
    await ensureEditors(strapi);
    await ensurePortalReadToken(strapi);
    // Last, so that the first start's seeding does not send hundreds of events to a portal that is
    // not up yet (on later starts Strapi has already registered the stored webhook by now).
    await ensurePortalWebhook(strapi);
  },
};
