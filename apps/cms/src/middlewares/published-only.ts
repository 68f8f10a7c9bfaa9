import type { Core } from "@strapi/strapi";

const decode = (raw: string) => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
};

/** True for `status`, `status[]`, `status[0]`, `status[x]` (qs turns all of them into `status`). */
function isStatusKey(segment: string): boolean {
  const key = decode(segment.split("=", 1)[0] ?? "");
  return key === "status" || key.startsWith("status[");
}

/**
 * Belt and braces for "unpublished stays unpublished": on every Content API read (`/api/…`), the
 * query parameter `status` is replaced by `status=published`, on lists and on single documents.
 *
 * Strapi 5 answers drafts to anybody who may `find` and asks for them (`?status=draft`, and any
 * value other than `published`). Nobody but the portal's read-only token may read at all, and the
 * portal only shows published content, so this middleware keeps even a leaked token from reading
 * drafts. The admin panel is not affected: it reads drafts through its own routes
 * (`/content-manager/…`, admin JWT), never through `/api`.
 *
 * Only reads are rewritten: a write needs a credential that may write (the portal has none), and
 * forcing `published` on a write would publish it at once.
 *
 * The path is compared without case, like Strapi's router matches it (`/API/leistungen` is routed
 * too). The Document Service guard in bootstrap/content-api.ts does the same after routing.
 *
 * The query string is edited segment by segment, not re-serialised, so every other parameter
 * reaches Strapi's query parser byte for byte as the client sent it.
 */
const publishedOnly: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = strapi.config.get<string>("api.rest.prefix", "/api").toLowerCase();
  return async (ctx, next) => {
    const path = decode(ctx.path).toLowerCase();
    const isContentApi = path === prefix || path.startsWith(`${prefix}/`);
    if (isContentApi && (ctx.method === "GET" || ctx.method === "HEAD")) {
      const segments = ctx.querystring.split("&").filter((s) => s !== "" && !isStatusKey(s));
      // First, so that qs's parameter limit (1000) cannot drop it.
      ctx.querystring = ["status=published", ...segments].join("&");
    }
    await next();
  };
};

export default publishedOnly;
