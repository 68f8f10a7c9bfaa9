import type { Core } from "@strapi/strapi";
import { vorschauHandler } from "../src/vorschau";

/** The portal's origin (scheme, host, port): the only page the preview pane may frame. */
function origin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`PORTAL_URL is not a URL: ${url}`);
  }
}

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const portalUrl = env("PORTAL_URL");
  const geheimnis = env("PREVIEW_SECRET");
  const portal = origin(portalUrl);
  return {
    auth: { secret: env("ADMIN_JWT_SECRET") },
    apiToken: { salt: env("API_TOKEN_SALT") },
    transfer: { token: { salt: env("TRANSFER_TOKEN_SALT") } },
    secrets: { encryptionKey: env("ENCRYPTION_KEY") },
    flags: { nps: false, promoteEE: false },
    // Strapi's Preview (free tier): the content manager shows a preview button on Formulare only
    // (the handler answers null for every other type) and opens the portal's signed preview page
    // in its pane. Without the portal's address and the preview secret there is no preview.
    preview: {
      enabled: Boolean(portal && geheimnis),
      config: {
        allowedOrigins: portal ? [portal] : [],
        handler: vorschauHandler({ portalUrl: portalUrl ?? "", geheimnis: geheimnis ?? "" }),
      },
    },
  };
};
