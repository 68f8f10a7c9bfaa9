import { z } from "zod";

/** An unset or empty variable is absent (a `.env` line `DATEIEN_S3_ENDPOINT=` means local disk). */
const leerIstAbsent = <T extends z.ZodType>(feld: T) =>
  z.preprocess((wert) => (wert === "" ? undefined : wert), feld.optional());

const schema = z
  .object({
    /** Local storage (when no S3 endpoint is set): a directory outside every public folder. */
    DATEIEN_VERZEICHNIS: z.string().trim().min(1).default(".data/dateien"),
    /** An S3-compatible endpoint (`https://s3.eu-central-1.amazonaws.com`, MinIO …); switches to S3. */
    DATEIEN_S3_ENDPOINT: leerIstAbsent(z.url()),
    DATEIEN_S3_REGION: z.string().trim().min(1).default("us-east-1"),
    DATEIEN_S3_BUCKET: leerIstAbsent(z.string().trim().min(3)),
    DATEIEN_S3_ACCESS_KEY_ID: leerIstAbsent(z.string().min(1)),
    DATEIEN_S3_SECRET_ACCESS_KEY: leerIstAbsent(z.string().min(1)),
    DATEIEN_S3_SESSION_TOKEN: leerIstAbsent(z.string().min(1)),
    /** "true" (default): `endpoint/bucket/key`; "false": `bucket.endpoint/key` (AWS style). */
    DATEIEN_S3_PFADSTIL: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  })
  .superRefine((e, ctx) => {
    if (!e.DATEIEN_S3_ENDPOINT) return;
    for (const feld of [
      "DATEIEN_S3_BUCKET",
      "DATEIEN_S3_ACCESS_KEY_ID",
      "DATEIEN_S3_SECRET_ACCESS_KEY",
    ] as const) {
      if (!e[feld])
        ctx.addIssue({
          code: "custom",
          path: [feld],
          message: `${feld} is required with DATEIEN_S3_ENDPOINT`,
        });
    }
  });

export type DateienEnv =
  | { art: "lokal"; verzeichnis: string }
  | {
      art: "s3";
      endpoint: string;
      region: string;
      bucket: string;
      pfadStil: boolean;
      zugang: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
    };

let parsed: DateienEnv | undefined;

/** Where files are stored; read once, validated. Pass an env object to test the parsing. */
export function dateienEnv(umgebung: Record<string, string | undefined> = process.env): DateienEnv {
  if (umgebung === process.env && parsed) return parsed;
  const e = schema.parse(umgebung);
  const ergebnis: DateienEnv =
    e.DATEIEN_S3_ENDPOINT &&
    e.DATEIEN_S3_BUCKET &&
    e.DATEIEN_S3_ACCESS_KEY_ID &&
    e.DATEIEN_S3_SECRET_ACCESS_KEY
      ? {
          art: "s3",
          endpoint: e.DATEIEN_S3_ENDPOINT,
          region: e.DATEIEN_S3_REGION,
          bucket: e.DATEIEN_S3_BUCKET,
          pfadStil: e.DATEIEN_S3_PFADSTIL,
          zugang: {
            accessKeyId: e.DATEIEN_S3_ACCESS_KEY_ID,
            secretAccessKey: e.DATEIEN_S3_SECRET_ACCESS_KEY,
            ...(e.DATEIEN_S3_SESSION_TOKEN ? { sessionToken: e.DATEIEN_S3_SESSION_TOKEN } : {}),
          },
        }
      : { art: "lokal", verzeichnis: e.DATEIEN_VERZEICHNIS };
  if (umgebung === process.env) parsed = ergebnis;
  return ergebnis;
}
