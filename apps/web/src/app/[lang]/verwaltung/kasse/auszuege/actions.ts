"use server";

import { MAX_DATEIGROESSE } from "@portal/payments/sepa";
import { importiereAuszug, retrieve } from "@portal/payments/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormularErfolg } from "@/components/formular";
import { fill } from "@/i18n/format";
import { kasseTexte } from "@/i18n/kasse";
import { type Ablehnung, ablehnen, action } from "@/lib/action";
import { formatiereGroesse } from "@/lib/bearbeitung";
import { istFehler, kassePfad, sichererDateiname } from "@/lib/kasse";
import { nachZahlungsaenderung } from "@/lib/zahlung";
import { protokolliereKasse, requireKasse } from "../_server/zugriff";

// The import of a bank file (camt.053 / camt.054 statement, pain.002 status report). The
// Organisationseinheit is a choice among the clerk's own; the service imports in one
// transaction, so a malformed file or one imported before changes nothing. POST/redirect/GET
// to the result: the import's id and the payments it marked failed go into the URL (ids only;
// the page reads them again among the clerk's Organisationseinheiten).

/** How many returned payments the result page lists by name (the rest: in the payments list). */
const MAX_RUECKGABEN_IM_LINK = 50;

const importSchema = z.object({
  oe: z.string().trim().min(1).max(120),
  datei: z.any().optional(),
});
type Feld = "oe" | "datei";

export const importiereKontoauszug = action({
  schema: importSchema,
  auth: ({ lang }) => requireKasse({ lang, zurueck: kassePfad(lang, "/auszuege") }),
  // The helper refuses a body beyond this before `run`; the file's own limit is checked below
  // with a message at the field. (Next itself has read the body by then: its limit is 22 MB.)
  maxBytes: MAX_DATEIGROESSE + 64 * 1024,
  run: async ({ oe, datei }, { auth, db, lang }): Promise<FormularErfolg | Ablehnung<Feld>> => {
    const d = kasseTexte(lang);
    const t = d.auszuege;
    if (!auth.oes.includes(oe)) return ablehnen<Feld>({ errors: { oe: d.fehler.oe } });
    if (!(datei instanceof File) || datei.size === 0) {
      return ablehnen<Feld>({ errors: { datei: t.dateiFehlt } });
    }
    // The size first: a file over the limit is refused without decoding it.
    if (datei.size > MAX_DATEIGROESSE) {
      return ablehnen<Feld>({
        errors: { datei: fill(t.zuGross, { groesse: formatiereGroesse(lang, MAX_DATEIGROESSE) }) },
      });
    }
    let inhalt: string;
    try {
      inhalt = new TextDecoder("utf-8", { fatal: true }).decode(await datei.arrayBuffer());
    } catch {
      return ablehnen<Feld>({ errors: { datei: t.keinUtf8 } });
    }
    const ergebnis = await importiereAuszug(db, {
      oes: auth.oes,
      oeSchluessel: oe,
      inhalt,
      dateiname: sichererDateiname(datei.name, "auszug.xml"),
      vonKontoId: auth.mitarbeiter.kontoId,
    });
    if (!ergebnis.ok) {
      const text = ergebnis.meldung[lang];
      return istFehler(ergebnis, "datei-ungueltig") ||
        istFehler(ergebnis, "datei-bereits-importiert")
        ? ablehnen<Feld>({ errors: { datei: text } })
        : ablehnen<Feld>({ formError: text });
    }
    // The import has committed: each application of a booked or returned payment is told (the
    // citizen learns of a return and what to do next), and the webhooks go out.
    const geaendert = ergebnis.geaendert;
    const intents = await Promise.all(
      geaendert.map(async (g) => {
        const r = await retrieve(db, { id: g.intentId, oes: auth.oes });
        return r.ok ? [r.intent] : [];
      }),
    );
    await nachZahlungsaenderung(db, intents.flat());
    await protokolliereKasse(db, {
      kontoId: auth.mitarbeiter.kontoId,
      oes: [ergebnis.import.oeSchluessel],
      aktion: "auszug-importiert",
      gegenstand: `${ergebnis.import.id}:${ergebnis.import.msgId}:${geaendert.map((g) => `${g.intentId}=${g.status}`).join(",")}`,
    });
    const zurueck = geaendert
      .filter((g) => g.status === "failed")
      .slice(0, MAX_RUECKGABEN_IM_LINK)
      .map((g) => g.intentId);
    const q = new URLSearchParams({ import: ergebnis.import.id });
    if (zurueck.length > 0) q.set("r", zurueck.join("."));
    redirect(`${kassePfad(lang, "/auszuege")}?${q.toString()}#ergebnis`);
  },
  messages: {
    field: (issue, lang) => (issue.field === "oe" ? kasseTexte(lang).fehler.oe : undefined),
  },
});
