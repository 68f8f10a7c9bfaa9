import { z } from "zod";

const liste = z
  .string()
  .min(1)
  .transform((wert) =>
    wert
      .split(",")
      .map((teil) => teil.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url()).min(1));

const schema = z.object({
  /** The port to listen on (localhost only); the issuer is http://localhost:<port>. */
  EID_SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  /** The one client the CLI registers: the portal (its EID_CLIENT_ID / EID_CLIENT_SECRET). */
  EID_SIM_CLIENT_ID: z.string().min(1).default("portal"),
  EID_SIM_CLIENT_SECRET: z.string().min(16),
  /** The portal's redirect URIs, comma-separated (e.g. http://localhost:3000/de/konto/eid/rueckkehr). */
  EID_SIM_REDIRECT_URIS: liste,
});

/** The simulator CLI's settings, read once and validated. */
export function simulatorEnv(): z.infer<typeof schema> {
  return schema.parse(process.env);
}
