import { defineConfig } from "@playwright/test";
import { e2eEnv } from "./env";

const baseURL = e2eEnv.baseUrl;
if (!baseURL)
  throw new Error(
    "E2E_BASE_URL is not set: run the e2e suite through `npm test`, which starts the stack.",
  );
// dub's guard: never point the suite at anything but this machine.
if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(baseURL))
  throw new Error(`refusing to run e2e tests against ${baseURL}`);

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: e2eEnv.ci ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "de-DE",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: e2eEnv.chromiumPath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
