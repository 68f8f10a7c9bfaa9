import "server-only";

// Uploads (issue 9, item 4): checks on the content (magic bytes, active PDFs, executables),
// cleaned names, and storage behind one interface – local disk under .data/ by default, an
// S3-compatible bucket by configuration. Never a public folder: files are served by the app
// to those who may see them.

import { dateienEnv } from "./env.ts";
import { type Dateiablage, lokaleAblage } from "./services/ablage.ts";
import { s3Ablage } from "./services/s3.ts";

export { type DateienEnv, dateienEnv } from "./env.ts";
export { type Dateiablage, lokaleAblage, UngueltigerSchluessel } from "./services/ablage.ts";
export { type PdfBefund, pruefePdf } from "./services/pdf.ts";
export { type AbgelehnteDatei, type GepruefteDatei, pruefeDatei } from "./services/pruefung.ts";
export {
  LEER_SHA256,
  type S3Konfiguration,
  type S3Zugang,
  s3Ablage,
  signiere,
} from "./services/s3.ts";

let ablage: Dateiablage | undefined;

/** The store chosen by the environment (DATEIEN_S3_ENDPOINT set: S3; else DATEIEN_VERZEICHNIS). */
export function dateiablage(): Dateiablage {
  if (ablage) return ablage;
  const env = dateienEnv();
  ablage =
    env.art === "s3"
      ? s3Ablage({
          endpoint: env.endpoint,
          region: env.region,
          bucket: env.bucket,
          zugang: env.zugang,
          pfadStil: env.pfadStil,
        })
      : lokaleAblage(env.verzeichnis);
  return ablage;
}
