import { pruefeVorschau, type VorschauPruefung } from "@portal/forms/regeln";
import { vorschauGeheimnis } from "./proxy/env";

// The check of the CMS editor's preview links (/de/antrag/vorschau/<documentId>?bis=…&sig=…),
// shared by the proxy (which answers a bad link with 403 before anything renders) and the page
// (which checks again before it asks the CMS, since authorization never lives only in the proxy).
// No `server-only` here: see ./proxy/env.ts.

/** Whether a preview link is genuine, for this document and unexpired; "ungueltig" without a secret. */
export async function pruefeVorschauLink(
  documentId: string,
  bis: unknown,
  sig: unknown,
): Promise<VorschauPruefung> {
  const geheimnis = vorschauGeheimnis();
  if (!geheimnis) return { ok: false, grund: "ungueltig" };
  return pruefeVorschau(documentId, bis, sig, geheimnis);
}

/** The preview path's document id, or null for any other path. */
export function vorschauDokument(pathname: string): string | null {
  const m = /^\/(?:de|en)\/antrag\/vorschau\/([^/]+)\/?$/.exec(pathname);
  return m?.[1] ?? null;
}
