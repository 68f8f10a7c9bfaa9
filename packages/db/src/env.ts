import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgres:// URL" }),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
});

/** The database settings of the portal; read once, validated. */
export function dbEnv(source: NodeJS.ProcessEnv = process.env) {
  return schema.parse(source);
}
