/**
 * Expires the portal's cached pages with these tags (POST /api/cms/revalidate, the CMS secret as
 * bearer). Throws unless the portal confirms, so that the job is retried.
 */
export function revalidiereImPortal(portalUrl: string, secret: string) {
  return async (tags: string[]): Promise<void> => {
    const res = await fetch(`${portalUrl}/api/cms/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`portal answered ${res.status} to revalidate ${tags.join(", ")}`);
  };
}
