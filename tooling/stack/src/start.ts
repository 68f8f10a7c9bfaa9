// `npm start`: the whole portal with seeded content on the embedded PostgreSQL (or on the server
// that DATABASE_URL and CMS_DATABASE_URL name); mails go to a local inbox, or through SMTP_URL. Ctrl+C stops everything, also during start-up.
import { join } from "node:path";
import { startSettings } from "./env.ts";
import { StackError } from "./errors.ts";
import { exitWithError, handleShutdown, whenAborted } from "./shutdown.ts";
import { root, startStack } from "./stack.ts";

// Before anything starts: an interruption from here on stops whatever has been started.
const signal = handleShutdown();

const env = startSettings();
try {
  if (env.databaseUrl && !env.cmsDatabaseUrl)
    throw new StackError(
      "DATABASE_URL is set, so CMS_DATABASE_URL must be set too (the CMS's own database).",
    );
  if ("issuer" in env.eid && !(env.eid.clientId && env.eid.clientSecret))
    throw new StackError(
      "EID_ISSUER is set, so EID_CLIENT_ID and EID_CLIENT_SECRET must be set too (the portal's client at the eID service).",
    );
  const stack = await startStack({
    dataDir: join(root, ".data"),
    ports: env.ports,
    database:
      env.databaseUrl && env.cmsDatabaseUrl
        ? { portal: env.databaseUrl, cms: env.cmsDatabaseUrl }
        : undefined,
    mail: env.smtpUrl ? { smtpUrl: env.smtpUrl } : env.mailPorts,
    eid: env.eid,
    signal,
  });

  const c = stack.credentials;
  console.log(`
  Amt24 Sachsen is running.

  Portal:     ${stack.webUrl}/de
  CMS admin:  ${stack.cmsUrl.replace("127.0.0.1", "localhost")}/admin
    Redaktion Land:     ${c.editorEmail}  /  ${c.editorPassword}
    Redaktion Dresden:  ${c.municipalEditorEmail}  /  ${c.municipalEditorPassword}
    Super admin:        ${c.adminEmail}  /  ${c.adminPassword}
  Staff area: ${stack.webUrl}/de/verwaltung
    Sachbearbeitung Dresden: ${c.staffEmail}  /  ${c.staffPassword}
    (sets up its second factor with an authenticator app on first sign-in)
  (stored in .data/secrets.json)
  Mail:       ${stack.mailUrl ? `${stack.mailUrl}  (local inbox: nothing is delivered)` : "through SMTP_URL"}
  eID:        ${stack.eidSimuliert ? `${stack.eidIssuer}  (SIMULATION with test identities, no real ID card)` : `${stack.eidIssuer} (EID_ISSUER)`}

  Stop with Ctrl+C.
`);
  await whenAborted(signal);
  await stack.stop();
  console.log("Stopped.");
  process.exit();
} catch (error) {
  exitWithError(error, signal);
}
