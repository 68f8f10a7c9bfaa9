import { z } from "zod";
import { collectionResponse } from "./schemas.ts";

/** The collections the catalogue mirrors (@portal/katalog). */
export type KatalogCollection =
  | "leistungen"
  | "organisationseinheiten"
  | "lebenslagen"
  | "seiten"
  | "meldungen";
/** The collections of the Beteiligungsportal (@portal/beteiligung). */
export type BeteiligungCollection = "mandanten" | "beteiligungsverfahren";
/** Every collection the portal reads: the catalogue's, the forms' (@portal/forms) and participation's. */
export type Collection = KatalogCollection | "formulare" | BeteiligungCollection;

export interface CmsClient {
  /** Every published document of a collection in one locale (paged through), each parsed. */
  list<T>(collection: Collection, schema: z.ZodType<T>, locale?: string): Promise<T[]>;
  /** One published document in one locale, or null when it is not (or no longer) published. */
  get<T>(
    collection: Collection,
    schema: z.ZodType<T>,
    documentId: string,
    locale?: string,
  ): Promise<T | null>;
}

export class CmsUnavailableError extends Error {}

/**
 * A client for the CMS's Content API (published content only). Documents that fail validation
 * are skipped with a warning rather than breaking a whole resync; a broken response is an error.
 */
export function createCmsClient(options: {
  baseUrl: string;
  /** The portal's read-only API token (CMS_READ_TOKEN): the CMS answers nobody without one. */
  token: string;
  timeoutMs?: number;
  pageSize?: number;
}): CmsClient {
  const pageSize = options.pageSize ?? 250;
  const request = async (path: string): Promise<unknown | null> => {
    let res: Response;
    try {
      res = await fetch(`${options.baseUrl}${path}`, {
        headers: { Authorization: `Bearer ${options.token}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (cause) {
      throw new CmsUnavailableError(`CMS not reachable at ${options.baseUrl}`, { cause });
    }
    if (res.status === 404) return null;
    if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status} for ${path}`);
    return res.json();
  };
  const parse = <T>(schema: z.ZodType<T>, raw: unknown, where: string): T | null => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    console.warn(
      `[cms-client] skipped invalid document in ${where}: ${z.prettifyError(result.error)}`,
    );
    return null;
  };
  return {
    async list(collection, schema, locale) {
      const out = [];
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({
          "pagination[page]": String(page),
          "pagination[pageSize]": String(pageSize),
        });
        if (locale) query.set("locale", locale);
        const body = collectionResponse.parse(await request(`/api/${collection}?${query}`));
        for (const raw of body.data) {
          const doc = parse(schema, raw, collection);
          if (doc) out.push(doc);
        }
        if (page >= body.meta.pagination.pageCount) return out;
      }
    },
    async get(collection, schema, documentId, locale) {
      const query = locale ? `?locale=${encodeURIComponent(locale)}` : "";
      const body = await request(`/api/${collection}/${encodeURIComponent(documentId)}${query}`);
      if (body === null) return null;
      const data = z.object({ data: z.unknown() }).parse(body).data;
      return data ? parse(schema, data, `${collection}/${documentId}`) : null;
    },
  };
}

/** A Formular's draft as the CMS's preview route answers it (apps/cms/src/vorschau.ts). */
const formularEntwurf = z.object({
  documentId: z.string(),
  schluessel: z.string(),
  /** The linked Leistung's slug, null when none is linked or it is not published. */
  leistung: z.string().nullable(),
  definition: z.unknown(),
});
export type FormularEntwurf = z.infer<typeof formularEntwurf>;

/**
 * The DRAFT of one Formular, for the editor's preview only: the Content API answers published
 * versions only, so drafts come from the CMS's own route, which wants the read token and the
 * preview link's signature (`bis`, `sig`). "abgelehnt" when the CMS refuses the signature, null
 * when there is no such draft; CmsUnavailableError when the CMS cannot be asked.
 */
export async function leseFormularEntwurf(
  options: { baseUrl: string; token: string; timeoutMs?: number },
  documentId: string,
  link: { bis: string; sig: string },
): Promise<FormularEntwurf | "abgelehnt" | null> {
  const query = new URLSearchParams(link);
  const path = `/api/formulare/${encodeURIComponent(documentId)}/vorschau?${query}`;
  let res: Response;
  try {
    res = await fetch(`${options.baseUrl}${path}`, {
      headers: { Authorization: `Bearer ${options.token}` },
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      cache: "no-store",
    });
  } catch (cause) {
    throw new CmsUnavailableError(`CMS not reachable at ${options.baseUrl}`, { cause });
  }
  if (res.status === 404) return null;
  if (res.status === 403) return "abgelehnt";
  if (!res.ok) throw new CmsUnavailableError(`CMS answered ${res.status} for a Formular's draft`);
  return z.object({ data: formularEntwurf }).parse(await res.json()).data;
}

/** A media library path of the local upload provider: a file name under /uploads/. */
const MEDIENPFAD = /^\/uploads\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/** A file larger than the caller allows (`ladeMedium`'s `maxBytes`). */
export class MediumZuGrossError extends Error {}

/**
 * A file of the CMS's media library, as the local upload provider serves it (public, no token),
 * read up to `maxBytes`: null when the CMS has no such file or `pfad` is not such a path (so that
 * nothing but the media library can be fetched), MediumZuGrossError beyond the limit,
 * CmsUnavailableError when the CMS cannot be reached.
 */
export async function ladeMedium(
  options: { baseUrl: string; timeoutMs?: number },
  pfad: string,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (!MEDIENPFAD.test(pfad) || pfad.includes("..")) return null;
  let res: Response;
  try {
    res = await fetch(`${options.baseUrl}${pfad}`, {
      redirect: "error",
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    });
  } catch (cause) {
    throw new CmsUnavailableError(`CMS not reachable at ${options.baseUrl}`, { cause });
  }
  if (res.status === 404) return null;
  if (!res.ok || !res.body) throw new CmsUnavailableError(`CMS answered ${res.status} for ${pfad}`);
  if (Number(res.headers.get("content-length") ?? 0) > maxBytes) {
    await res.body.cancel();
    throw new MediumZuGrossError(`${pfad} is larger than ${maxBytes} bytes`);
  }
  const teile: Uint8Array[] = [];
  let groesse = 0;
  const leser = res.body.getReader();
  for (;;) {
    const { done, value } = await leser.read();
    if (done) break;
    groesse += value.byteLength;
    if (groesse > maxBytes) {
      await leser.cancel();
      throw new MediumZuGrossError(`${pfad} is larger than ${maxBytes} bytes`);
    }
    teile.push(value);
  }
  return Buffer.concat(teile);
}
