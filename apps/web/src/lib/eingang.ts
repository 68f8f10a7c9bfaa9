import "server-only";
import { ladeMeinenAntrag } from "@portal/antraege/server";
import { getSession } from "@portal/auth/next";
import type { Database } from "@portal/db/client";
import { ladeFormular } from "@portal/forms/server";
import { findOrganisationseinheit } from "@portal/katalog/server";
import { ablage } from "@/lib/antraege";
import { belegInfoPfad, belegPfad, belegToken } from "@/lib/antrag";
import type { Eingangsinfo } from "@/lib/einreichung";

// The confirmation page and the receipt of a submitted application, for whoever may see them:
// the applicant's account, or (without one) the browser that submitted it, by the receipt token
// in its cookie. Anyone else finds nothing, as for an unknown id.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type Eingang = Eingangsinfo & { imKonto: boolean; beleg: string };

export async function ladeEingang(db: Database, antragId: string): Promise<Eingang | null> {
  if (!UUID.test(antragId)) return null;
  const angemeldet = await getSession();
  if (angemeldet) {
    const antrag = await ladeMeinenAntrag(db, { id: antragId, kontoId: angemeldet.konto.id });
    if (antrag) {
      const [def, stelle] = await Promise.all([
        ladeFormular(db, { schluessel: antrag.formular, version: antrag.version }),
        findOrganisationseinheit(db, { schluessel: antrag.oeSchluessel }),
      ]);
      return {
        aktenzeichen: antrag.aktenzeichen,
        leistung: def?.titel ?? { de: antrag.leistung, en: antrag.leistung },
        stelle: stelle?.name ?? antrag.oeSchluessel,
        eingegangenAm: antrag.eingegangenAm.toISOString(),
        formular: antrag.formular,
        ...(antrag.zahlungIntentId ? { zahlungIntentId: antrag.zahlungIntentId } : {}),
        imKonto: true,
        beleg: belegPfad(antragId),
      };
    }
  }
  const token = await belegToken(antragId);
  if (!token) return null;
  const roh = await ablage().lade(belegInfoPfad(antragId, token));
  if (!roh) return null;
  const info = JSON.parse(new TextDecoder().decode(roh)) as Eingangsinfo;
  return { ...info, imKonto: false, beleg: belegPfad(antragId, token) };
}
