export default [
  "strapi::logger",
  "strapi::errors",
  "strapi::security",
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
