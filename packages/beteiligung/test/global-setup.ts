import "vitest";
import { startTestServer } from "@portal/postgres/test-server";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  // biome-ignore lint/style/noProcessEnv: the test runner's environment names the test server (TEST_DATABASE_URL)
  const env = process.env as Record<string, string | undefined>;
  const server = await startTestServer(env);
  project.provide("adminUrl", server.adminUrl);
  return server.stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
