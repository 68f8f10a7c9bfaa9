import "vitest";
import type { TestProject } from "vitest/node";
import { startTestServer } from "../src/testing.ts";

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  project.provide("adminUrl", server.adminUrl);
  return server.stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}
