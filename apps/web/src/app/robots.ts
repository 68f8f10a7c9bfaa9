import type { MetadataRoute } from "next";
import { publicUrl } from "@/lib/env";

// Read per request so the sitemap URL follows PUBLIC_URL at run time (the build may not know it).
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = publicUrl();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // Per-request pages: the API, the place resolver and the search (any query string).
      disallow: ["/api/", "/de/suche", "/en/suche", "/*/zustaendig"],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
