// The environment the e2e suite runs in (set by tooling/stack/src/test.ts); nothing else reads it.
// biome-ignore-all lint/style/noProcessEnv: this is the one place that does

export const e2eEnv = {
  baseUrl: process.env.E2E_BASE_URL,
  cmsUrl: process.env.E2E_CMS_URL ?? "",
  editorEmail: process.env.E2E_EDITOR_EMAIL ?? "",
  editorPassword: process.env.E2E_EDITOR_PASSWORD ?? "",
  webhookSecret: process.env.E2E_WEBHOOK_SECRET ?? "",
  adminEmail: process.env.E2E_ADMIN_EMAIL ?? "",
  adminPassword: process.env.E2E_ADMIN_PASSWORD ?? "",
  municipalEditorEmail: process.env.E2E_MUNICIPAL_EDITOR_EMAIL ?? "",
  municipalEditorPassword: process.env.E2E_MUNICIPAL_EDITOR_PASSWORD ?? "",
  /** The portal's read-only API token for the CMS's Content API. */
  cmsReadToken: process.env.E2E_CMS_READ_TOKEN ?? "",
  /** The delivery API's key of the demo staff OE (.data/secrets.json) and that OE's key. */
  fachverfahrenApiKey: process.env.E2E_FACHVERFAHREN_API_KEY ?? "",
  fachverfahrenOe: process.env.E2E_FACHVERFAHREN_OE ?? "",
  /** The portal's database, for tests that take it down on purpose (fehlerseite.spec.ts). */
  portalDatabaseUrl: process.env.E2E_PORTAL_DATABASE_URL ?? "",
  /** The stack's mail catcher: GET /api/mails?an=address (newest first), DELETE /api/mails. */
  mailUrl: process.env.E2E_MAIL_URL ?? "",
  /** The stack's eID simulator (its issuer). */
  eidUrl: process.env.E2E_EID_URL ?? "",
  /** The PATH, for the operators' commands some journeys run (packages/auth/scripts). */
  searchPath: process.env.PATH,
  chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  ci: Boolean(process.env.CI),
};
