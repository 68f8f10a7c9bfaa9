import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { e2eEnv } from "../env";

// The staff area as the journeys use it: a staff account made with the operators' own command
// (packages/auth/scripts/mitarbeiter-anlegen.ts) on the stack's database, and the codes an
// authenticator app would show (RFC 6238, as the staff member's phone computes them).

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Creates a staff account with the CLI; `rollen` as "gv-14612000:sachbearbeitung". */
export async function legeMitarbeiterAn(
  email: string,
  name: string,
  passwort: string,
  rollen: string[],
) {
  const kind = promisify(execFile)(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "packages/auth/scripts/mitarbeiter-anlegen.ts",
      "--email",
      email,
      "--name",
      name,
      ...rollen.flatMap((rolle) => ["--rolle", rolle]),
    ],
    {
      cwd: root,
      env: {
        PATH: e2eEnv.searchPath,
        NODE_ENV: "production",
        DATABASE_URL: e2eEnv.portalDatabaseUrl,
        MITARBEITER_PASSWORT: passwort,
      },
    },
  );
  await kind;
}

/** RFC 4648 base32 (the key as the set-up page shows it, spaces allowed) to bytes. */
function base32(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/[\s=]/g, "").toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    bits += i.toString(2).padStart(5, "0");
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8)
    bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The TOTP code (SHA-1, 6 digits, 30 s) for `schluessel` at time step `schritt` (default: now). */
export function totp(schluessel: string, schritt = Math.floor(Date.now() / 30_000)): string {
  const zaehler = Buffer.alloc(8);
  zaehler.writeBigUInt64BE(BigInt(schritt));
  const hmac = createHmac("sha1", base32(schluessel)).update(zaehler).digest();
  const offset = (hmac.at(-1) as number) & 0x0f;
  const wert = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(wert % 1_000_000).padStart(6, "0");
}
