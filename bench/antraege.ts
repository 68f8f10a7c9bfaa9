// Submission benchmark (issue 9, docs/benchmarks.md): `npm run bench:antraege`. ANTRAG_NUTZER (50)
// citizens submit applications at once for ANTRAG_SECONDS (60), each with a small PDF attachment,
// through the work a submission does in the portal: the whole draft checked against the real
// form definition (Hundesteuer, two dogs, the "gefährlicher Hund" branch with its evidence), the
// attachment encrypted for the authority with its real RSA key (RSA-OAEP-256 + A256GCM) and
// stored, @portal/antraege's `reicheEin` (draft locked, reference number counted, answers
// encrypted, history, draft deleted, confirmation mail queued, in one transaction), then the
// tagged PDF receipt rendered and stored. Every fifth submission is sent twice at once (a double
// click), and must come back as the same application.
//
// At the end it counts: applications in the database against acknowledged submissions (nothing
// lost), and reference numbers and idempotency keys seen twice (nothing duplicated). It reports
// and exits non-zero only if something was lost or duplicated; the figures assert nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { antrag } from "@portal/antraege/schema";
import { reicheEin, speichereEntwurf } from "@portal/antraege/server";
import { konto } from "@portal/auth/schema";
import { erstelleEingangsbestaetigung } from "@portal/beleg/server";
import { erzeugeSchluesselpaar, verschluessele } from "@portal/crypto/server";
import { lokaleAblage } from "@portal/dateien/server";
import { dropDatabase, ensureDatabase } from "@portal/db/admin";
import { createDb } from "@portal/db/client";
import { migrateDb } from "@portal/db/migrate";
import { hundesteuerAnmeldung as def } from "@portal/forms/beispiele";
import {
  aktenzeichenPraefixVon,
  naechsteSeite,
  pruefeAlles,
  pruefeSeite,
  uebernehmeSeite,
  zusammenfassung,
} from "@portal/forms/server";
import type { Antworten, Eingabe } from "@portal/forms/types";
import { startEmbeddedPostgres } from "@portal/postgres/embedded";
import { sql } from "drizzle-orm";
import { root } from "../tooling/stack/src/stack.ts";
import { percentile } from "./autocannon.ts";
import { ANTRAG } from "./env.ts";

const OE = "oe:bench-steueramt";
const PDF = new TextEncoder().encode(
  `%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n${"% Nachweis\n".repeat(900)}%%EOF\n`,
);

const server = ANTRAG.adminUrl
  ? null
  : await startEmbeddedPostgres({
      dataDir: join(root, ".data/bench-antraege"),
      port: ANTRAG.pgPort,
    });
const adminUrl = ANTRAG.adminUrl ?? server?.url("postgres") ?? "";
const name = `bench_antraege_${Date.now()}`;
await ensureDatabase(adminUrl, name);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
// One web instance's pool (DATABASE_POOL_MAX's default).
const db = createDb(url.toString(), { max: ANTRAG.pool });
const dateien = mkdtempSync(join(tmpdir(), "bench-antraege-"));
const ablage = lokaleAblage(dateien);

/** The answers a citizen gives, page by page, as the runner checks and keeps them. */
function antwortenFuer(i: number): Antworten {
  const upload = {
    id: `u-${i}`,
    dateiname: "Erlaubnis.pdf",
    medientyp: "application/pdf",
    groesse: PDF.byteLength,
  };
  const eingaben: Record<string, Eingabe> = {
    halter: {
      "halter.vorname": "Anna",
      "halter.nachname": `Schmidt ${i}`,
      "halter.strasse": "Hauptstraße 1",
      "halter.plz": "01067",
      "halter.ort": "Dresden",
    },
    hunde: {
      "hunde.0.name": "Bello",
      "hunde.0.rasse": "Dackel",
      "hunde.0.wurfdatum": "2021-06-01",
      "hunde.0.beginnHaltung": "2021-08-15",
      "hunde.0.gefaehrlich": "nein",
      "hunde.1.name": "Rex",
      "hunde.1.rasse": "American Staffordshire Terrier",
      "hunde.1.wurfdatum": "2023-02-10",
      "hunde.1.beginnHaltung": "2026-12-20",
      "hunde.1.chipnummer": "276098106543210",
      "hunde.1.gefaehrlich": "ja",
      "hunde.1.nachweisArt": "erlaubnis",
      "hunde.1.nachweis": upload,
    },
  };
  let antworten: Antworten = {};
  for (let s = naechsteSeite(def, antworten, null); s; s = naechsteSeite(def, antworten, s)) {
    const r = pruefeSeite(def, s, eingaben[s] ?? {}, "de", { antworten, heute: "2026-12-04" });
    if (r.fehler.length > 0) throw new Error(`page ${s}: ${JSON.stringify(r.fehler)}`);
    antworten = uebernehmeSeite(def, antworten, s, r.werte);
  }
  return antworten;
}

try {
  await migrateDb(db);
  const { oeffentlich } = await erzeugeSchluesselpaar({ modulusBits: 2048 });
  const konten = await db
    .insert(konto)
    .values(
      Array.from({ length: ANTRAG.nutzer }, (_, i) => ({
        email: `nutzer${i}@bench.example`,
        emailBestaetigtAm: new Date(),
      })),
    )
    .returning({ id: konto.id });
  const mails: unknown[] = [];
  const post = async (m: unknown) => void mails.push(m);

  const dauern: number[] = [];
  const quittiert = new Map<string, string>(); // antrag id → Aktenzeichen
  let doppelt = 0;
  let abweichend = 0;
  let fehler = 0;
  let n = 0;
  // Where a submission's time goes (sums of wall-clock time under load, so they overlap).
  const anteile = { pruefen: 0, anlage: 0, reicheEin: 0, beleg: 0 };
  const mess = async <T>(teil: keyof typeof anteile, arbeit: () => Promise<T>) => {
    const t = performance.now();
    try {
      return await arbeit();
    } finally {
      anteile[teil] += performance.now() - t;
    }
  };

  /** One submission as the portal does it once the citizen presses "Absenden". */
  async function reicheAntragEin(kontoId: string, entwurfId: string, antworten: Antworten) {
    const gesamt = await mess("pruefen", async () =>
      pruefeAlles(def, antworten, { heute: "2026-12-04" }),
    );
    if (!gesamt.ok) throw new Error(JSON.stringify(gesamt.fehler));
    const ziel = `antrag/${entwurfId}/u`;
    await mess("anlage", async () =>
      ablage.speichere(ziel, new TextEncoder().encode(await verschluessele(PDF, oeffentlich))),
    );
    const ergebnis = await mess("reicheEin", () =>
      reicheEin(db, {
        entwurfId,
        berechtigung: { kontoId, vertrauensniveau: "niedrig" },
        leistung: def.leistung,
        leistungsname: def.titel.de,
        oeSchluessel: OE,
        stellenname: "Steueramt Dresden",
        praefix: aktenzeichenPraefixVon(def),
        antworten: gesamt.antworten as Record<string, unknown>,
        anlagen: [
          {
            dateiname: "Erlaubnis.pdf",
            medientyp: "application/pdf",
            groesse: PDF.byteLength,
            ablageSchluessel: ziel,
          },
        ],
        idempotenzSchluessel: entwurfId,
        verschluessele: async (_oe, klartext) => verschluessele(klartext, oeffentlich),
        post,
      }),
    );
    if (!ergebnis.ok) throw new Error(ergebnis.fehler);
    if (ergebnis.neu) {
      await mess("beleg", async () => {
        const pdf = await erstelleEingangsbestaetigung({
          aktenzeichen: ergebnis.antrag.aktenzeichen,
          leistung: def.titel,
          behoerde: { name: "Steueramt Dresden" },
          eingegangenAm: ergebnis.antrag.eingegangenAm,
          antragsteller: "Anna Schmidt",
          abschnitte: [
            {
              titel: def.titel.de,
              zeilen: zusammenfassung(def, gesamt.antworten, "de").map((z) => ({
                label: z.label,
                wert: z.wert,
              })),
            },
          ],
          anlagen: [{ dateiname: "Erlaubnis.pdf", groesse: PDF.byteLength }],
          lang: "de",
        });
        await ablage.speichere(`beleg/${ergebnis.antrag.id}/pdf`, pdf);
      });
    }
    return ergebnis.antrag;
  }

  const ende = Date.now() + ANTRAG.seconds * 1000;
  const start = performance.now();
  await Promise.all(
    konten.map(async ({ id: kontoId }) => {
      while (Date.now() < ende) {
        const i = n++;
        const antworten = antwortenFuer(i);
        // The draft as the last page left it (saved on every page while filling in: not timed).
        const e = await speichereEntwurf(db, {
          zugang: { kontoId },
          formular: def.schluessel,
          version: 1,
          antworten,
          loescheDatei: (s) => ablage.loesche(s),
        });
        if (!e.ok) throw new Error(e.fehler);
        const t = performance.now();
        try {
          const mal = i % 5 === 0 ? 2 : 1;
          const antraege = await Promise.all(
            Array.from({ length: mal }, () => reicheAntragEin(kontoId, e.entwurf.id, antworten)),
          );
          dauern.push(performance.now() - t);
          const [a, b] = antraege;
          if (b && b.id !== a!.id) abweichend++;
          if (quittiert.has(a!.id)) doppelt++;
          quittiert.set(a!.id, a!.aktenzeichen);
        } catch (err) {
          fehler++;
          if (fehler <= 3) console.error(err);
        }
      }
    }),
  );
  const sekunden = (performance.now() - start) / 1000;

  const [{ zeilen, aktenzeichen, schluessel }] = (
    await db.execute<{ zeilen: number; aktenzeichen: number; schluessel: number }>(sql`
      select count(*)::int as zeilen, count(distinct ${antrag.aktenzeichen})::int as aktenzeichen,
             count(distinct ${antrag.idempotenzSchluessel})::int as schluessel
      from ${antrag}`)
  ).rows as [{ zeilen: number; aktenzeichen: number; schluessel: number }];

  dauern.sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `Submissions: ${ANTRAG.nutzer} users for ${ANTRAG.seconds} s, pool ${ANTRAG.pool}, ` +
      `${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)} at the end`,
  );
  console.log(
    `  ${quittiert.size} acknowledged in ${sekunden.toFixed(1)} s: ` +
      `${(quittiert.size / sekunden).toFixed(1)} submissions/s`,
  );
  console.log(
    `  latency p50 ${ms(percentile(dauern, 50))}  p95 ${ms(percentile(dauern, 95))}  ` +
      `max ${ms(dauern.at(-1) ?? Number.NaN)}  (double clicks included: every fifth is sent twice)`,
  );
  const summe = Object.values(anteile).reduce((a, b) => a + b, 0);
  console.log(
    `  share of the time: ${Object.entries(anteile)
      .map(([k, v]) => `${k} ${((100 * v) / summe).toFixed(0)} %`)
      .join(", ")}`,
  );
  console.log(
    `  database: ${zeilen} applications, ${aktenzeichen} distinct reference numbers, ` +
      `${schluessel} distinct idempotency keys; ${mails.length} confirmation mails queued`,
  );
  console.log(
    `  lost ${Math.max(0, quittiert.size - zeilen)}, ` +
      `extra rows ${Math.max(0, zeilen - quittiert.size)}, double clicks answered with another ` +
      `application ${abweichend}, acknowledged twice ${doppelt}, failed ${fehler}`,
  );
  const heil =
    zeilen === quittiert.size &&
    aktenzeichen === zeilen &&
    schluessel === zeilen &&
    abweichend === 0 &&
    doppelt === 0 &&
    fehler === 0;
  console.log(heil ? "  nothing lost, nothing duplicated" : "  SOMETHING WAS LOST OR DUPLICATED");
  process.exitCode = heil ? 0 : 1;
} finally {
  await db.$client.end();
  await dropDatabase(adminUrl, name);
  await server?.stop();
  rmSync(dateien, { recursive: true, force: true });
}
