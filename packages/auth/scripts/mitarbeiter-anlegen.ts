// Creates a staff account for the staff area (/verwaltung): an account with a confirmed address,
// a first password and roles per Organisationseinheit. The second factor (TOTP) is set up by the
// staff member at the first sign-in.
//
//   DATABASE_URL=postgres://… node --conditions=react-server --import tsx \
//     packages/auth/scripts/mitarbeiter-anlegen.ts --email erika@dresden.de --name "Erika Muster" \
//     --rolle gv-14612000:sachbearbeitung --rolle gv-14612000:kasse
//
// The password is read from MITARBEITER_PASSWORT, else from the first line of stdin (typed
// without echo on a terminal) — never from the command line, which other users of the machine
// can see in the process list and which lands in the shell history.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { getDb } from "@portal/db/client";
import { anlegenEnv } from "../src/env.ts";
import { legeMitarbeiterAn } from "../src/services/mitarbeiter.ts";

const HILFE =
  "usage: mitarbeiter-anlegen.ts --email <address> --name <name> --rolle <oe>:<rolle> [--rolle …]\n" +
  "  roles: sachbearbeitung, kasse, beteiligung, admin; <oe> e.g. gv-14612000, lra-14625, land-lds\n" +
  "  password: MITARBEITER_PASSWORT, else the first line of stdin";

const FEHLER: Record<string, string> = {
  vorhanden: "an account with this address exists already",
  oeUngueltig:
    "every --rolle must be <oe>:<rolle> with an Organisationseinheit key and a known role",
  keineRolle: "at least one --rolle is needed",
  name: "the name must not be empty (at most 200 characters)",
  zuKurz: "the password is too short (at least 15 characters)",
  zuLang: "the password is too long (at most 128 characters)",
  haeufig: "the password is on the list of common or breached passwords",
  wieEmail: "the password must not be the address",
};

/** The first line of stdin; on a terminal asked for without echoing what is typed. */
async function passwortVonStdin(): Promise<string> {
  const terminal = process.stdin.isTTY === true;
  if (terminal) process.stderr.write("Password (not shown): ");
  const stumm = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: stumm, terminal });
  try {
    for await (const zeile of rl) return zeile;
    return "";
  } finally {
    rl.close();
    if (terminal) process.stderr.write("\n");
  }
}

async function main(): Promise<number> {
  let werte: { email?: string; name?: string; rolle?: string[]; help?: boolean };
  try {
    ({ values: werte } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        rolle: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (fehler) {
    console.error(`${(fehler as Error).message}\n${HILFE}`);
    return 2;
  }
  if (werte.help || !werte.email || !werte.name || !werte.rolle?.length) {
    console.error(HILFE);
    return werte.help ? 0 : 2;
  }
  const rollen = werte.rolle.map((r) => {
    const trenner = r.lastIndexOf(":");
    return { oe: r.slice(0, trenner), rolle: r.slice(trenner + 1) };
  });
  const passwort = anlegenEnv().MITARBEITER_PASSWORT ?? (await passwortVonStdin());

  const db = getDb();
  try {
    const ergebnis = await legeMitarbeiterAn(db, {
      email: werte.email,
      name: werte.name,
      passwort,
      rollen,
    });
    if (!ergebnis.ok) {
      console.error(`not created: ${FEHLER[ergebnis.grund] ?? ergebnis.grund}`);
      return 1;
    }
    console.log(
      `created staff account ${ergebnis.kontoId} (${rollen.map((r) => `${r.oe}:${r.rolle}`).join(", ")}); ` +
        "the second factor is set up at the first sign-in to /verwaltung",
    );
    return 0;
  } finally {
    await db.$client.end();
  }
}

process.exitCode = await main();
