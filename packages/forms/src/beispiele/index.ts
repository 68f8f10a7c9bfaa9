// The three example forms, read from the CMS seed (seed/cms/formulare), which is their only source:
// the CMS creates them on its first start, the portal stores them as versions when they are
// published, and the tests here run them. Each is composed and checked exactly as the CMS and the
// portal do (`pruefeCmsFormular`); a seed entry that fails the check fails loudly here.

import bewohnerparkausweisSeed from "../../../../seed/cms/formulare/bewohnerparkausweis.json" with {
  type: "json",
};
import hundesteuerSeed from "../../../../seed/cms/formulare/hundesteuer-anmeldung.json" with {
  type: "json",
};
import meldebescheinigungSeed from "../../../../seed/cms/formulare/meldebescheinigung.json" with {
  type: "json",
};
import { fehlerListe, pruefeCmsFormular } from "../services/cms.ts";
import type { Formulardefinition } from "../types.ts";

/** A seed entry as apps/cms/src/bootstrap/seed.ts creates it: the Formular's fields. */
export interface FormularSeed {
  schluessel: string;
  /** The title in the CMS's list of forms. */
  titel: string;
  /** The slug of the Leistung the form is linked to. */
  leistung: string;
  definition: unknown;
}

function ausSeed(eintraege: unknown): Formulardefinition {
  const [eintrag] = eintraege as FormularSeed[];
  if (!eintrag) throw new Error("seed/cms/formulare: empty file");
  const geprueft = pruefeCmsFormular(eintrag);
  if (!geprueft.ok) {
    throw new Error(
      `seed/cms/formulare/${eintrag.schluessel}: ${fehlerListe(geprueft.fehler, "de").join("; ")}`,
    );
  }
  return geprueft.definition;
}

export const meldebescheinigung = ausSeed(meldebescheinigungSeed);
export const hundesteuerAnmeldung = ausSeed(hundesteuerSeed);
export const bewohnerparkausweis = ausSeed(bewohnerparkausweisSeed);
export const BEISPIELE = [meldebescheinigung, hundesteuerAnmeldung, bewohnerparkausweis] as const;
