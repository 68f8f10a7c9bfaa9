// `<dataDir>/secrets.json`: the accounts and keys of one local installation, generated on first use
// and kept, so that a restart finds the CMS's users and sessions as they were.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { StackError } from "./errors.ts";

const secret = () => randomBytes(24).toString("base64url");

/**
 * Every key with the way to make it. A key added here in a later version is generated on the next
 * start and written back next to the existing ones, which are never replaced.
 */
const generators = {
  adminEmail: () => "admin@amt24.example",
  adminPassword: () => `Admin-${secret()}`,
  editorEmail: () => "redaktion@amt24.example",
  editorPassword: () => `Redaktion-${secret()}`,
  municipalEditorEmail: () => "redaktion-dresden@amt24.example",
  municipalEditorPassword: () => `Dresden-${secret()}`,
  webhookSecret: secret,
  // Signs the CMS editor's preview links (apps/cms/src/vorschau.ts); the portal verifies them.
  previewSecret: () => randomBytes(32).toString("base64url"),
  // The portal's read-only API token for the CMS's Content API (apps/cms/src/bootstrap/read-token.ts).
  cmsReadToken: () => randomBytes(32).toString("base64url"),
  // The key of the Servicekonto's session cookies (NEXTAUTH_SECRET, packages/auth/src/env.ts).
  sessionSecret: () => randomBytes(32).toString("base64url"),
  // The demo staff account of the staff area (/verwaltung): Dresden's administration, every role.
  staffEmail: () => "verwaltung-dresden@amt24.example",
  staffPassword: () => `Verwaltung-${secret()}`,
  // The delivery API's key of the demo staff account's authority (its Fachverfahren), for e2e
  // tests and the benchmark; the stack registers it at start (@portal/antraege
  // hinterlegeApiSchluessel). Format of API_SCHLUESSEL_MUSTER: sk_<12 hex>_<32 bytes base64url>.
  fachverfahrenApiKey: () =>
    `sk_${randomBytes(6).toString("hex")}_${randomBytes(32).toString("base64url")}`,
  fachverfahrenOe: () => "gv-14612000",
  // The portal's client secret at the local eID simulator.
  eidClientSecret: () => randomBytes(24).toString("base64url"),
  APP_KEYS: () => [secret(), secret()].join(","),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
} satisfies Record<string, () => string>;

export type SecretName = keyof typeof generators;
/** The known keys, plus whatever else the file holds (kept as it is, e.g. from a newer version). */
export type Secrets = Record<SecretName, string> & Record<string, unknown>;

const names = Object.keys(generators) as SecretName[];
const fileSchema = z.looseObject(
  Object.fromEntries(names.map((name) => [name, z.string().min(1).optional()])) as Record<
    SecretName,
    z.ZodOptional<z.ZodString>
  >,
);

function write(file: string, secrets: Secrets) {
  // Written next to the file and renamed over it: an interrupted write never leaves half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

/**
 * Reads `<dataDir>/secrets.json`, creating it or adding missing keys. Mode 0600: it holds passwords.
 * A file that is not valid JSON or has a key of the wrong type is a StackError naming the file.
 */
export function loadSecrets(dataDir: string, log: (line: string) => void = () => {}): Secrets {
  const file = join(dataDir, "secrets.json");
  let stored: Record<string, unknown> = {};
  if (existsSync(file)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new StackError(
        `${file} is not valid JSON (${(error as Error).message}). Fix it, or delete it to have new accounts and keys generated (the CMS data in ${dataDir} then needs to go too).`,
      );
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success)
      throw new StackError(
        `${file} is not a valid secrets file:\n${z.prettifyError(parsed.error)}\nFix it, or delete it to have new accounts and keys generated (the CMS data in ${dataDir} then needs to go too).`,
      );
    stored = parsed.data;
  }
  const missing = names.filter((name) => stored[name] === undefined);
  const secrets = { ...stored } as Secrets;
  for (const name of missing) secrets[name] = generators[name]();
  if (missing.length) {
    write(file, secrets);
    if (Object.keys(stored).length) log(`[stack] added ${missing.join(", ")} to ${file}`);
  } else if (statSync(file).mode & 0o077) {
    chmodSync(file, 0o600);
    log(`[stack] ${file} was readable by others; now mode 0600`);
  }
  return secrets;
}
