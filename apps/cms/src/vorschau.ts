import { timingSafeEqual } from "node:crypto";
import type { Core } from "@strapi/strapi";
import { ladeEntwurf } from "./bootstrap/formular";
import { cmsEnv } from "./env";
import * as regeln from "./generated/regeln";

// The editor's preview of a Formular (issue 9: "builds the form in the CMS, previews it, and
// publishes it"), with Strapi's own Preview: config/admin.ts hands Strapi `vorschauHandler`,
// whose URL the content manager opens in its preview pane; the portal's page
// /de/antrag/vorschau/<documentId> verifies the signature and reads the draft from the route
// below. The signing rule is the portal's own (@portal/forms/regeln, bundled into src/generated).

const FORMULAR = "api::formular.formular";

// The bundle is untyped; these are the signatures of packages/forms/src/services/vorschau-signatur.ts.
type VorschauPruefung =
  | { ok: true; bis: number }
  | { ok: false; grund: "ungueltig" | "abgelaufen" };
export const signiereVorschau = regeln.signiereVorschau as (
  documentId: string,
  geheimnis: string,
  jetzt?: number,
) => Promise<{ bis: number; sig: string }>;
export const vorschauSignatur = regeln.vorschauSignatur as (
  documentId: string,
  bis: number,
  geheimnis: string,
) => Promise<string>;
export const pruefeVorschau = regeln.pruefeVorschau as (
  documentId: unknown,
  bis: unknown,
  sig: unknown,
  geheimnis: string,
  jetzt?: number,
) => Promise<VorschauPruefung>;

/**
 * Strapi's preview handler: for a Formular, the portal's signed preview URL (valid 15 minutes);
 * for every other content type null, so the content manager shows no preview button there.
 */
export function vorschauHandler(optionen: { portalUrl: string; geheimnis: string }) {
  const basis = optionen.portalUrl.replace(/\/+$/, "");
  return async (uid: string, params: { documentId?: string }): Promise<string | null> => {
    if (uid !== FORMULAR || !params.documentId) return null;
    const { bis, sig } = await signiereVorschau(params.documentId, optionen.geheimnis);
    const query = new URLSearchParams({ bis: String(bis), sig });
    return `${basis}/de/antrag/vorschau/${encodeURIComponent(params.documentId)}?${query}`;
  };
}

function gleich(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * GET /api/formulare/:documentId/vorschau?bis=…&sig=…: the DRAFT of one Formular, for the portal's
 * preview page only. The Content API otherwise answers published versions only (published-only
 * middleware and Document Service guard), and the portal's read-only token cannot read drafts
 * there, on purpose. This route wants both the portal's read token (bearer, as on every Content
 * API read) and a valid, unexpired preview signature for exactly this document, so neither a
 * leaked token nor a leaked preview link alone reads drafts. It reads the database directly
 * (`ladeEntwurf`), like the publish check, so the guard that forces "published" does not apply.
 */
export async function vorschauEntwurf(ctx: {
  params: { documentId?: string };
  query: Record<string, unknown>;
  get(header: string): string;
  status: number;
  body: unknown;
}) {
  const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
  const token = cmsEnv.readToken;
  const geheimnis = cmsEnv.previewSecret;
  if (!token || !geheimnis) {
    ctx.status = 404;
    ctx.body = { error: { status: 404, name: "NotFoundError", message: "Preview not configured" } };
    return;
  }
  const auth = ctx.get("authorization");
  if (!auth.startsWith("Bearer ") || !gleich(auth.slice(7), token)) {
    ctx.status = 401;
    ctx.body = {
      error: { status: 401, name: "UnauthorizedError", message: "Missing or invalid credentials" },
    };
    return;
  }
  const documentId = ctx.params.documentId;
  const pruefung = await pruefeVorschau(documentId, ctx.query.bis, ctx.query.sig, geheimnis);
  if (!pruefung.ok) {
    ctx.status = 403;
    ctx.body = {
      error: { status: 403, name: "ForbiddenError", message: `Preview link ${pruefung.grund}` },
    };
    return;
  }
  const entwurf = await ladeEntwurf(strapi, documentId as string);
  if (!entwurf) {
    ctx.status = 404;
    ctx.body = { error: { status: 404, name: "NotFoundError", message: "Not Found" } };
    return;
  }
  ctx.body = { data: { documentId, ...entwurf } };
}
