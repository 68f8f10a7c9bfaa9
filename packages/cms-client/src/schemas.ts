import { z } from "zod";

// zod schemas for the CMS's REST responses (Strapi 5: flat documents with `documentId`). The portal
// never trusts the CMS's shape: every response is parsed here before it reaches the read model.

const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v : null));
const amount = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === "" ? null : Number(v)));

export const linkSchema = z.object({ titel: z.string(), url: z.string() });

export const gebuehrSchema = z.object({
  bezeichnung: z.string(),
  betrag: amount,
  betragVon: amount,
  betragBis: amount,
  rechtsgrundlage: text,
  hinweis: text,
});

const ebene = z.enum(["gemeinde", "verwaltungsgemeinschaft", "kreis", "land"]);
const ausnahmen = z
  .array(
    z.object({
      gebietArs: z.string().regex(/^\d{2,12}$/),
      organisationseinheit: z.string(),
      grund: text,
    }),
  )
  .nullish()
  .transform((v) => v ?? []);

export const zustaendigkeitsfallSchema = z.object({
  ebene,
  organisationseinheit: text,
  ausnahmen,
  bedingung: text,
  bedingungEn: text,
});

export const zustaendigkeitsregelSchema = zustaendigkeitsfallSchema.extend({
  quelle: text,
  quelleUrl: text,
  massgeblicherOrt: z
    .enum([
      "wohnort",
      "ereignisort",
      "grundstueck",
      "betriebsstaette",
      "veranstaltungsort",
      "schulort",
      "fundort",
      "sitz",
    ])
    .nullish()
    .catch(null),
  weitereFaelle: z
    .array(zustaendigkeitsfallSchema)
    .nullish()
    .transform((v) => v ?? []),
});

const documentRef = z.object({ documentId: z.string(), slug: z.string().nullish() });

/** Synonyms arrive as a list or as one comma/line separated text; the read model keeps one string. */
const suchbegriffe = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((v) => (Array.isArray(v) ? v.join(", ") : (v ?? "")));

export const leistungSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  leikaSchluessel: z.string().regex(/^\d{14}$/),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  titel: z.string().min(1),
  bezeichnung: text,
  kurztext: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
  volltext: text,
  voraussetzungen: text,
  unterlagen: text,
  gebuehren: z
    .array(gebuehrSchema)
    .nullish()
    .transform((v) => v ?? []),
  zahlungshinweis: text,
  fristen: text,
  bearbeitungsdauer: text,
  verfahrensablauf: text,
  rechtsgrundlagen: z
    .array(linkSchema)
    .nullish()
    .transform((v) => v ?? []),
  hinweise: text,
  weiterfuehrendeInformationen: z
    .array(linkSchema)
    .nullish()
    .transform((v) => v ?? []),
  formulare: z
    .array(linkSchema.extend({ art: z.enum(["formular", "onlinedienst"]).catch("formular") }))
    .nullish()
    .transform((v) => v ?? []),
  zustaendigkeit: zustaendigkeitsregelSchema.nullish(),
  lebenslagen: z
    .array(documentRef)
    .nullish()
    .transform((v) => v ?? []),
  suchbegriffe,
  freigabe: z.object({ freigegebenDurch: text, freigegebenAm: text }).nullish(),
  updatedAt: z.string().nullish(),
});
export type CmsLeistung = z.infer<typeof leistungSchema>;

export const anschriftSchema = z.object({
  typ: z.enum([
    "hausanschrift",
    "besucheranschrift",
    "postanschrift",
    "postfach",
    "grossempfaengerpostfach",
    "lieferanschrift",
  ]),
  strasse: text,
  postfach: text,
  plz: text,
  ort: text,
});

export const oeffnungszeitSchema = z.object({
  wochentag: z.enum([
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
  ]),
  von: z.string(),
  bis: z.string(),
  hinweis: text,
});

export const organisationseinheitSchema = z.object({
  documentId: z.string(),
  schluessel: z.string().min(1),
  name: z.string().min(1),
  art: z.string(),
  gemeindeAgs: text,
  gebietArs: z.string(),
  anschriften: z
    .array(anschriftSchema)
    .nullish()
    .transform((v) => v ?? []),
  telefon: text,
  telefax: text,
  email: text,
  internet: text,
  oeffnungszeiten: z
    .array(oeffnungszeitSchema)
    .nullish()
    .transform((v) => v ?? []),
  leitwegId: text,
  lat: amount,
  lon: amount,
});
export type CmsOrganisationseinheit = z.infer<typeof organisationseinheitSchema>;

export const lebenslageSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  slug: z.string(),
  titel: z.string(),
  beschreibung: text,
  parent: documentRef.nullish(),
  reihenfolge: z.number().nullish(),
  /** Both sides of the relations, so that an edit made on the Lebenslage reaches the portal. */
  leistungen: z
    .array(documentRef)
    .nullish()
    .transform((v) => v ?? []),
  kinder: z
    .array(documentRef)
    .nullish()
    .transform((v) => v ?? []),
});
export type CmsLebenslage = z.infer<typeof lebenslageSchema>;

export const seiteSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  slug: z.string(),
  titel: z.string(),
  inhalt: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
});
export type CmsSeite = z.infer<typeof seiteSchema>;

export const meldungSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  slug: z.string(),
  titel: z.string(),
  datum: z.string(),
  teaser: text,
  inhalt: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
});
export type CmsMeldung = z.infer<typeof meldungSchema>;

/**
 * A Formular (content type `formular`, not localized): the form's stable key, the Leistung it
 * applies for (its slug; null when none is linked or the Leistung is not published) and the
 * definition as the editors wrote it (any JSON: @portal/forms checks it, never this schema).
 */
export const formularSchema = z.object({
  documentId: z.string(),
  schluessel: z.string().min(1).max(100),
  titel: text,
  leistung: z
    .object({ documentId: z.string(), slug: z.string().regex(/^[a-z0-9-]+$/) })
    .nullish()
    .transform((v) => v ?? null),
  definition: z.unknown(),
  updatedAt: z.string().nullish(),
});
export type CmsFormular = z.infer<typeof formularSchema>;

// --- Beteiligungsportal: Mandanten and Beteiligungsverfahren (not localized) -----------------

/** A file of the CMS's media library as the REST API answers it (populated by the controllers). */
const mediaSchema = z.object({
  name: z.string(),
  url: z.string().min(1),
  /** Strapi gives the size in kilobytes. */
  size: z.number().nonnegative(),
  mime: z.string(),
});
export type CmsMedia = z.infer<typeof mediaSchema>;

/** A host name in lower case: no scheme, port or path (apps/cms/src/bootstrap/beteiligung.ts). */
const HOST =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
export const MAX_EINBETTUNGSDOMAINS = 20;

/**
 * A Mandant: a municipality taking part in the Beteiligungsportal. `einbettungsDomains` are the
 * sites allowed to embed its widgets (frame-ancestors / CORS): lower-case host names only, at most
 * 20; a wrong entry refuses the whole Mandant rather than allowing something nobody meant.
 */
export const mandantSchema = z.object({
  documentId: z.string(),
  name: z.string().min(1),
  gemeindeAgs: z.string().regex(/^\d{8}$/),
  ars: z
    .string()
    .regex(/^\d{12}$/)
    .nullish()
    .transform((v) => v ?? null),
  logo: mediaSchema.nullish().transform((v) => v ?? null),
  kontaktEmail: text,
  kontaktTelefon: text,
  webseite: text,
  einbettungsDomains: z
    .array(z.string().regex(HOST))
    .max(MAX_EINBETTUNGSDOMAINS)
    .nullish()
    .transform((v) => v ?? []),
  updatedAt: z.string().nullish(),
});
export type CmsMandant = z.infer<typeof mandantSchema>;

const position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number());
/** A closed linear ring of at least four positions (RFC 7946, 3.1.6). */
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1], {
    message: "A ring ends where it begins.",
  });
const polygon = z.array(ring).min(1);

/** A procedure's area: a GeoJSON Polygon or MultiPolygon in WGS84 (longitude, latitude). */
export const gebietSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: polygon }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygon).min(1) }),
]);
export type Gebiet = z.infer<typeof gebietSchema>;

/** Per action the weakest identity it needs in a phase; "nicht": not possible in that phase. */
const identitaetsstufe = z.enum(["nicht", "anonym", "email", "konto", "eid"]);
export const PHASEN_AKTIONEN = [
  "kommentieren",
  "bewerten",
  "kartenpunkt",
  "stellungnahme",
  "umfrage",
] as const;

/** A phase's or question's key (the CMS gives one on saving; older documents may lack it). */
const kennung = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
  .nullish()
  .transform((v) => v ?? null);

export const cmsPhaseSchema = z
  .object({
    kennung,
    titel: z.string().min(1),
    beginn: z.iso.datetime({ offset: true }),
    ende: z.iso.datetime({ offset: true }),
    publikum: z.enum(["oeffentlich", "institutionen"]),
    kommentieren: identitaetsstufe.nullish().transform((v) => v ?? "nicht"),
    bewerten: identitaetsstufe.nullish().transform((v) => v ?? "nicht"),
    kartenpunkt: identitaetsstufe.nullish().transform((v) => v ?? "nicht"),
    stellungnahme: identitaetsstufe.nullish().transform((v) => v ?? "nicht"),
    umfrage: identitaetsstufe.nullish().transform((v) => v ?? "nicht"),
  })
  .refine((p) => Date.parse(p.beginn) < Date.parse(p.ende), {
    message: "A phase ends after it begins.",
    path: ["ende"],
  });
export type CmsPhase = z.infer<typeof cmsPhaseSchema>;

export const cmsFrageSchema = z
  .object({
    kennung,
    frage: z.string().min(1),
    art: z.enum(["einfach", "mehrfach", "text"]),
    optionen: z
      .array(z.string().min(1))
      .nullish()
      .transform((v) => v ?? []),
  })
  .refine((f) => f.art === "text" || f.optionen.length >= 2, {
    message: "A choice has at least two options.",
    path: ["optionen"],
  });
export type CmsFrage = z.infer<typeof cmsFrageSchema>;

/**
 * A Beteiligungsverfahren (content type `verfahren`, REST `beteiligungsverfahren`). Strict about
 * what the portal's rules rely on (tenant, moderation, report threshold, phases and their dates):
 * a procedure that breaks them is skipped, never taken with guessed rules. Documents must be PDFs.
 */
export const verfahrenSchema = z.object({
  documentId: z.string(),
  titel: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  art: z.enum(["dialog", "bauleitplanung", "umfrage"]),
  kurzbeschreibung: z
    .string()
    .max(300)
    .nullish()
    .transform((v) => v ?? ""),
  beschreibung: text,
  dokumente: z
    .array(mediaSchema.extend({ mime: z.literal("application/pdf") }))
    .nullish()
    .transform((v) => v ?? []),
  gebiet: gebietSchema.nullish().transform((v) => v ?? null),
  gemeindeAgs: z.string().regex(/^\d{8}$/),
  moderation: z.enum(["vorab", "nachtraeglich"]),
  meldeschwelle: z.number().int().min(1).max(50),
  archiviert: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  phasen: z
    .array(cmsPhaseSchema)
    .nullish()
    .transform((v) => v ?? []),
  fragen: z
    .array(cmsFrageSchema)
    .nullish()
    .transform((v) => v ?? []),
  updatedAt: z.string().nullish(),
});
export type CmsVerfahren = z.infer<typeof verfahrenSchema>;

export const collectionResponse = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({ page: z.number(), pageCount: z.number(), total: z.number() }),
  }),
});

/** What Strapi's webhook sends (entry.publish / unpublish / update / delete). */
export const webhookEventSchema = z.object({
  event: z.string(),
  model: z.string(),
  entry: z
    .object({ documentId: z.string().optional(), locale: z.string().nullish() })
    .passthrough()
    .nullish(),
});
export type CmsWebhookEvent = z.infer<typeof webhookEventSchema>;
