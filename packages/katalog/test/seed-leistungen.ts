import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { zustaendigkeitsregelSchema } from "@portal/cms-client/schemas";
import type { LeistungVersion } from "../src/queries/katalog.ts";
import type { Zustaendigkeitsregel } from "../src/types.ts";

const dir = fileURLToPath(new URL("../../../seed/cms/leistungen/", import.meta.url));

/** The seed's Leistungen as they come in: slug and rule (parsed as the CMS client parses it). */
export const seedLeistungen: {
  slug: string;
  roh: Record<string, unknown>;
  regel: Zustaendigkeitsregel;
}[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(`${dir}${f}`, "utf8")) as Record<string, unknown>[])
  .map((l) => ({
    slug: l.slug as string,
    roh: (l.zustaendigkeit ?? {}) as Record<string, unknown>,
    regel: zustaendigkeitsregelSchema.parse(l.zustaendigkeit) as Zustaendigkeitsregel,
  }));

/** A minimal German read-model version of each seed Leistung, keyed by its slug. */
export const seedVersionen: LeistungVersion[] = seedLeistungen.map(({ slug, regel }, i) => ({
  documentId: slug,
  locale: "de",
  slug,
  leikaSchluessel: String(99000000000000 + i),
  titel: slug,
  bezeichnung: null,
  kurztext: "",
  suchbegriffe: "",
  module: {
    volltext: null,
    voraussetzungen: null,
    unterlagen: null,
    gebuehren: [],
    zahlungshinweis: null,
    fristen: null,
    bearbeitungsdauer: null,
    verfahrensablauf: null,
    rechtsgrundlagen: [],
    hinweise: null,
    weiterfuehrendeInformationen: [],
    formulare: [],
    freigabe: null,
  },
  zustaendigkeit: regel,
  lebenslagen: [],
}));
