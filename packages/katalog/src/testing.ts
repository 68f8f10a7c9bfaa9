import { createTestDatabase } from "@portal/db/testing";
import { seedGebiet } from "./services/gebiet.ts";

/** A fresh, migrated test database with Saxony's geographic reference data (seed/geo). */
export async function createKatalogTestDatabase(adminUrl: string) {
  const test = await createTestDatabase(adminUrl);
  await seedGebiet(test.db);
  return test;
}
