import { join } from "node:path";
import { root, startStack } from "./stack.ts";

const stack = await startStack({
  dataDir: join(root, ".data/smoke"),
  fresh: true,
  ports: { web: 3900, cms: 1349, postgres: 54349 },
  log: (l) => {
    if (!l.startsWith("[cms] ")) console.log(l);
  },
});
console.log("STACK UP", stack.webUrl);
process.on("SIGTERM", async () => {
  await stack.stop();
  process.exit(0);
});
