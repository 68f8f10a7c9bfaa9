import "vitest";
import { startTestServer } from "@portal/postgres/test-server";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  const server = await startTestServer(process.env);
  project.provide("adminUrl", server.adminUrl);
  return server.stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
