// `npm start`: the whole portal with seeded content on the embedded PostgreSQL.
import { join } from "node:path";
import { root, startStack } from "./stack.ts";

const stack = await startStack({
  dataDir: join(root, ".data"),
  ports: {
    web: Number(process.env.PORT ?? 3000),
    cms: Number(process.env.CMS_PORT ?? 1337),
    postgres: Number(process.env.PG_PORT ?? 54329),
  },
});

const c = stack.credentials;
console.log(`
  Amt24 Sachsen is running.

  Portal:     ${stack.webUrl}/de
  CMS admin:  ${stack.cmsUrl.replace("127.0.0.1", "localhost")}/admin
    Redaktion Land:     ${c.editorEmail}  /  ${c.editorPassword}
    Redaktion Dresden:  ${c.municipalEditorEmail}  /  ${c.municipalEditorPassword}
    Super admin:        ${c.adminEmail}  /  ${c.adminPassword}
  (stored in .data/secrets.json)

  Stop with Ctrl+C.
`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await stack.stop();
    process.exit(0);
  });
}
