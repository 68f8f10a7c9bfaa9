import type { Core } from "@strapi/strapi";

/** The portal's origin, which the content manager's preview pane frames (config/admin.ts). */
function portalOrigin(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  "strapi::logger",
  "strapi::errors",
  {
    name: "strapi::security",
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // frame-src: the admin's preview pane shows the portal's preview page. Strapi adds
        // `preview.config.allowedOrigins` here as well; said explicitly so the policy reads whole.
        directives: { "frame-src": ["'self'", ...portalOrigin(env("PORTAL_URL"))] },
      },
    },
  },
  "strapi::cors",
  "strapi::poweredBy",
  "strapi::query",
  // Content API reads see published versions only (src/middlewares/published-only.ts).
  "global::published-only",
  "strapi::body",
  "strapi::session",
  "strapi::favicon",
  "strapi::public",
];
