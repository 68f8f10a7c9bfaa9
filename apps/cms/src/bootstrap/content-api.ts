import type { Core } from "@strapi/strapi";

const READ_ACTIONS: readonly string[] = ["findOne", "findMany", "findFirst", "count"];

/**
 * The second half of "unpublished stays unpublished" (the first is the global middleware
 * `published-only`, which rewrites the query string): every read the Document Service does while
 * it answers a Content API route is a read of published versions, whatever the URL looked like.
 * It works after routing, so it does not depend on how the path was spelled.
 */
export function registerPublishedOnlyContentApi(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (READ_ACTIONS.includes(context.action)) {
      const state = strapi.requestContext.get()?.state as
        | { route?: { info?: { type?: string } } }
        | undefined;
      if (state?.route?.info?.type === "content-api") {
        const params = context.params as { status?: string };
        params.status = "published";
      }
    }
    return next();
  });
}
