import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

// The embed script is bundled and minified at run time by the web app's route handler
// (/embed/v1.js), once per process: `next build` and `next dev` serve the same file without a
// build step of their own, and the source stays TypeScript in this package. esbuild resolves the
// entry through node_modules from the working directory (apps/web, or this package in its tests),
// so no bundler has to follow a file path.

/** The largest the embed script may be, gzipped (issue 11: ≤ 15 KB). */
export const BUDGET_GZIP_BYTES = 15 * 1024;

export type Einbettungsskript = {
  code: string;
  /** A strong ETag of the code (quoted). */
  etag: string;
  gzipBytes: number;
};

/** Bundles `@portal/widgets/element` (or another entry) into one minified classic script. */
export async function baueEinbettungsskript(
  eintrag = "@portal/widgets/element",
  arbeitsverzeichnis: string = process.cwd(),
): Promise<Einbettungsskript> {
  const ergebnis = await build({
    stdin: { contents: `import ${JSON.stringify(eintrag)};`, resolveDir: arbeitsverzeichnis },
    bundle: true,
    minify: true,
    // A classic script in an IIFE: nothing lands on `window` but the custom elements it defines.
    format: "iife",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const code = ergebnis.outputFiles[0]?.text ?? "";
  const etag = `"${createHash("sha256").update(code).digest("base64url").slice(0, 27)}"`;
  return { code, etag, gzipBytes: gzipSync(code, { level: 9 }).length };
}
