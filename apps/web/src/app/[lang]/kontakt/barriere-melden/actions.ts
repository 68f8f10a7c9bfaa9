"use server";

import { speichereBarrieremeldung } from "@portal/barrierefreiheit/server";
import { getDb } from "@portal/db/client";
import {
  type Fehler,
  type Feld,
  pruefeBarrieremeldung,
  type Werte,
  werteAus,
} from "@/lib/barrieremeldung";

export type BarriereZustand =
  | {
      status: "formular";
      werte?: Werte;
      fehler: Partial<Record<Feld, Fehler>>;
      speicherfehler?: true;
    }
  | { status: "eingegangen"; werte: Werte; aktenzeichen: string; eingegangenAm: string };

/**
 * Receives a report from the form (with or without JavaScript): checks it, stores it and returns
 * the reference; on an error returns everything typed, so the form shows it again.
 */
export async function meldeBarriere(_: BarriereZustand, form: FormData): Promise<BarriereZustand> {
  const sprache = form.get("sprache") === "en" ? "en" : "de";
  const werte = werteAus(form);
  const pruefung = pruefeBarrieremeldung(werte, sprache);
  if (!pruefung.ok) return { status: "formular", werte, fehler: pruefung.fehler };
  try {
    const eingang = await speichereBarrieremeldung(getDb(), pruefung.meldung);
    return { status: "eingegangen", werte, ...eingang };
  } catch (error) {
    console.error("[barrieremeldung] could not be stored:", error);
    return { status: "formular", werte, fehler: {}, speicherfehler: true };
  }
}
