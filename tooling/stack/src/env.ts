// The development stack's settings from the environment: the one module of tooling/stack that
// reads process.env (Biome's noProcessEnv). Each is read when it is asked for, as the entry points
// did before, so a test or an entry point sees the environment of the moment it starts.
// Values are taken as the entry points always took them (ports through Number()), without further
// validation: what is wrong fails where it is used.

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** `npm start` (start.ts): its ports, and a PostgreSQL server of one's own instead of the embedded one. */
export function startSettings() {
  return {
    ports: {
      web: port("PORT", 3000),
      cms: port("CMS_PORT", 1337),
      postgres: port("PG_PORT", 54329),
    },
    /** Both or neither: the portal's database and the CMS's own. */
    databaseUrl: process.env.DATABASE_URL,
    cmsDatabaseUrl: process.env.CMS_DATABASE_URL,
    /** A mail relay of one's own; without it, mails go to the local mail catcher on `mailPorts`. */
    smtpUrl: process.env.SMTP_URL || undefined,
    mailPorts: { smtpPort: port("MAIL_SMTP_PORT", 1025), webPort: port("MAIL_WEB_PORT", 1080) },
    /**
     * A real eID broker (Governikus Autent ID Connect, BundID): all three or none; without them the
     * local eID simulator runs on EID_SIM_PORT.
     */
    eid: eidSettings(port("EID_SIM_PORT", 3900)),
  };
}

/** The eID service: the operator's broker when EID_ISSUER is set, else the simulator's port. */
function eidSettings(simulatorPort: number) {
  const issuer = process.env.EID_ISSUER || undefined;
  if (!issuer) return { port: simulatorPort };
  return {
    issuer,
    clientId: process.env.EID_CLIENT_ID ?? "",
    clientSecret: process.env.EID_CLIENT_SECRET ?? "",
  };
}

/** `npm test` (test.ts): the test database, the browser, and the end-to-end stack's ports. */
export function testSettings() {
  return {
    /** Database variables of the caller's shell that npm test ignores (and names in a note). */
    ignoredDatabaseVariables: ["DATABASE_URL", "CMS_DATABASE_URL"].filter(
      (name) => process.env[name],
    ),
    /** The unit and integration tests' server; it must be on this machine. */
    testDatabaseUrl: process.env.TEST_DATABASE_URL,
    chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    e2ePorts: {
      web: port("E2E_WEB_PORT", 3100),
      cms: port("E2E_CMS_PORT", 1338),
      postgres: port("E2E_PG_PORT", 54331),
    },
    /** The end-to-end stack's own mail catcher (SMTP_URL is ignored: the tests read the mails). */
    e2eMailPorts: {
      smtpPort: port("E2E_MAIL_SMTP_PORT", 1026),
      webPort: port("E2E_MAIL_WEB_PORT", 1081),
    },
    /** The end-to-end stack's own eID simulator (the tests walk its screens). */
    e2eEidPort: port("E2E_EID_SIM_PORT", 3901),
    /** Show the CMS's, the portal's and the worker's own output during the end-to-end tests. */
    e2eVerbose: Boolean(process.env.E2E_VERBOSE),
  };
}

/** The start-up smoke test (smoke.ts): ports of its own, so that it runs beside `npm start`. */
export function smokeSettings() {
  return {
    ports: {
      web: port("SMOKE_WEB_PORT", 3200),
      cms: port("SMOKE_CMS_PORT", 1339),
      postgres: port("SMOKE_PG_PORT", 54332),
    },
    mailPorts: {
      smtpPort: port("SMOKE_MAIL_SMTP_PORT", 1027),
      webPort: port("SMOKE_MAIL_WEB_PORT", 1082),
    },
    eidPort: port("SMOKE_EID_SIM_PORT", 3902),
  };
}

/** `npm run catalogue:resync` (resync.ts): the running portal, and its webhook secret if given. */
export function resyncSettings() {
  return {
    portalUrl: process.env.PORTAL_URL ?? "http://localhost:3000",
    /** Without it, the secret is read from .data/secrets.json. */
    webhookSecret: process.env.CMS_WEBHOOK_SECRET,
  };
}

/** The PATH the stack was started with; its children run `npm`, `npx` and `node` from it. */
export const searchPath = (): string | undefined => process.env.PATH;

/**
 * The environment of a child process: the stack's own, as every process inherits it, with `extra`
 * over it (an `undefined` value removes a variable).
 */
export const childEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
});

/**
 * The stack's integration test: the first of two sets of ports
 * ("web,cms,postgres,mail-smtp,mail-web"; the mail catcher's may be left out).
 */
export const stackTestPorts = (): [number, number, number, number, number] => {
  const [web, cms, postgres, smtp = 1925, mailWeb = 1980] = (
    process.env.STACK_TEST_PORTS ?? "3910,1910,54910"
  )
    .split(",")
    .map(Number) as number[];
  return [web!, cms!, postgres!, smtp, mailWeb];
};
