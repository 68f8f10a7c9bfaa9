// The environment the e2e suite runs in (set by tooling/stack/src/test.ts); nothing else reads it.
// biome-ignore-all lint/style/noProcessEnv: this is the one place that does

export const e2eEnv = {
  baseUrl: process.env.E2E_BASE_URL,
  cmsUrl: process.env.E2E_CMS_URL ?? "",
  editorEmail: process.env.E2E_EDITOR_EMAIL ?? "",
  editorPassword: process.env.E2E_EDITOR_PASSWORD ?? "",
  webhookSecret: process.env.E2E_WEBHOOK_SECRET ?? "",
  chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  ci: Boolean(process.env.CI),
};
