// The process that crashes in the webhook fault test (webhook-absturz.integration.test.ts): it
// creates and confirms a bank-transfer intent of the authority `oe` in the database `url`,
// says so on stdout once both transactions have committed, and then waits to be killed
// (SIGKILL) without ever queueing or sending a webhook, as a web app that dies right after the
// commit would. Run: node --import tsx test/webhook-absturz-kind.ts <url> <oe>
import { createDb } from "@portal/db/client";
import { speichereKassenkonto } from "../src/services/kasse.ts";
import { lokalerSepaAnbieter } from "../src/services/sepa-anbieter.ts";
import { confirm, create } from "../src/services/zahlung.ts";
import { kassenkontoVon } from "../src/testing.ts";

const [url, oe] = process.argv.slice(2);
if (!url || !oe) throw new Error("usage: webhook-absturz-kind.ts <url> <oe>");
const db = createDb(url, { max: 1 });
const provider = lokalerSepaAnbieter();
const kasse = await speichereKassenkonto(db, kassenkontoVon(oe));
if (!kasse.ok) throw new Error(kasse.meldung.de);
const erstellt = await create(db, {
  amount: 3070,
  description: "Bewohnerparkausweis",
  paymentMethodType: "bank_transfer",
  oeSchluessel: oe,
});
if (!erstellt.ok) throw new Error(erstellt.meldung.de);
const bestaetigt = await confirm(db, { id: erstellt.intent.id, provider });
if (!bestaetigt.ok) throw new Error(bestaetigt.meldung.de);
process.stdout.write(
  `${JSON.stringify({ intentId: bestaetigt.intent.id, status: bestaetigt.intent.status })}\n`,
);
// Keep the process (and its pool) alive until the test kills it.
setInterval(() => {}, 60_000);
