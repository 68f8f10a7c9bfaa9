import type { CmsClient, Collection } from "@portal/cms-client/client";
import type { z } from "zod";

// A stand-in for the CMS's HTTP client (not our component): documents as the REST API returns
// them, parsed with the portal's schemas; an invalid one is skipped, as the real client does.

type Dokument = Record<string, unknown>;

export function cmsMit(dokumente: Partial<Record<Collection, Dokument[]>>) {
  const speicher = {
    dokumente,
    ausfall: false as boolean,
    async list<T>(collection: Collection, schema: z.ZodType<T>): Promise<T[]> {
      if (speicher.ausfall) throw new Error("CMS down");
      return (speicher.dokumente[collection] ?? []).flatMap((d) => {
        const r = schema.safeParse(d);
        return r.success ? [r.data] : [];
      });
    },
    async get<T>(collection: Collection, schema: z.ZodType<T>, documentId: string) {
      if (speicher.ausfall) throw new Error("CMS down");
      const d = (speicher.dokumente[collection] ?? []).find((x) => x.documentId === documentId);
      if (!d) return null;
      const r = schema.safeParse(d);
      return r.success ? r.data : null;
    },
  } satisfies CmsClient & { ausfall: boolean; dokumente: unknown };
  return speicher;
}

export const cmsMandant = (ueber: Dokument = {}): Dokument => ({
  documentId: "m-dresden",
  name: "Landeshauptstadt Dresden",
  gemeindeAgs: "14612000",
  ars: "146120000000",
  logo: { name: "logo.png", url: "/uploads/logo_dresden.png", size: 12.3, mime: "image/png" },
  kontaktEmail: "buergerbeteiligung@dresden.de",
  kontaktTelefon: "0351 4880",
  webseite: "https://www.dresden.de",
  einbettungsDomains: ["localhost", "127.0.0.1", "www.dresden.de"],
  ...ueber,
});

const phase = (ueber: Dokument = {}): Dokument => ({
  id: 17,
  titel: "Online-Dialog",
  beginn: "2026-11-01T00:00:00.000+01:00",
  ende: "2027-07-01T00:00:00.000+02:00",
  publikum: "oeffentlich",
  kommentieren: "email",
  bewerten: "email",
  kartenpunkt: "email",
  stellungnahme: "nicht",
  umfrage: "nicht",
  ...ueber,
});

export const cmsVerfahren = (ueber: Dokument = {}): Dokument => ({
  documentId: "v-rad",
  titel: "Radverkehrskonzept Dresden 2035",
  slug: "radverkehrskonzept-dresden-2035",
  art: "dialog",
  kurzbeschreibung: "Wo fehlen Radwege?",
  beschreibung: "## Worum es geht\n\nDas **Radverkehrskonzept**.",
  dokumente: [
    { name: "entwurf.pdf", url: "/uploads/entwurf.pdf", size: 812.5, mime: "application/pdf" },
  ],
  gebiet: {
    type: "Polygon",
    coordinates: [
      [
        [13.68, 51.02],
        [13.82, 51.02],
        [13.82, 51.085],
        [13.68, 51.02],
      ],
    ],
  },
  gemeindeAgs: "14612000",
  moderation: "nachtraeglich",
  meldeschwelle: 3,
  archiviert: false,
  phasen: [phase()],
  fragen: [],
  ...ueber,
});

export const cmsPhase = phase;
