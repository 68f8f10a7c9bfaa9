// The simulator as a process of its own, for the development stack to spawn:
//   EID_SIM_CLIENT_SECRET=… EID_SIM_REDIRECT_URIS=http://localhost:3000/de/konto/eid/rueckkehr \
//   node --import tsx tooling/eid-simulator/src/main.ts
import { simulatorEnv } from "./env.ts";
import { startEidSimulator } from "./simulator.ts";

const env = simulatorEnv();
const simulator = await startEidSimulator({
  port: env.EID_SIM_PORT,
  clients: [
    {
      clientId: env.EID_SIM_CLIENT_ID,
      clientSecret: env.EID_SIM_CLIENT_SECRET,
      redirectUris: env.EID_SIM_REDIRECT_URIS,
    },
  ],
  log: (line) => console.log(`[eid-simulator] ${line}`),
});
// The stack waits for this line (and reads the issuer from it).
console.log(`[eid-simulator] ready ${simulator.issuer}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    simulator.stop().finally(() => process.exit(0));
  });
}
