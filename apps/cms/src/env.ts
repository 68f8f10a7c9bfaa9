// What the CMS's bootstrap reads from its environment (set by tooling/stack/src/stack.ts or the
// operator); nothing else in src/ reads process.env. Strapi's own settings are in config/.

export const cmsEnv = {
  adminEmail: process.env.CMS_ADMIN_EMAIL,
  adminPassword: process.env.CMS_ADMIN_PASSWORD,
  editorEmail: process.env.CMS_EDITOR_EMAIL,
  editorPassword: process.env.CMS_EDITOR_PASSWORD,
  municipalEditorEmail: process.env.CMS_MUNICIPAL_EDITOR_EMAIL,
  municipalEditorPassword: process.env.CMS_MUNICIPAL_EDITOR_PASSWORD,
  /** The portal's read-only API token for the Content API. */
  readToken: process.env.CMS_READ_TOKEN,
  seedDir: process.env.SEED_DIR,
  portalWebhookUrl: process.env.PORTAL_WEBHOOK_URL,
  webhookSecret: process.env.CMS_WEBHOOK_SECRET,
  /** Signs the editor's preview links (src/vorschau.ts); the portal verifies them with it. */
  previewSecret: process.env.PREVIEW_SECRET,
};
