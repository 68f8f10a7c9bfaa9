// The CMS's admin API, as the Strapi admin panel itself uses it: what an editor does when they
// change a service description and press "Publish". Used by the e2e suite and the benchmarks.

/** The content types of the CMS (apps/cms/src/api). */
export const CMS_TYPES = {
  leistung: "api::leistung.leistung",
  organisationseinheit: "api::organisationseinheit.organisationseinheit",
  meldung: "api::meldung.meldung",
  formular: "api::formular.formular",
  mandant: "api::mandant.mandant",
  verfahren: "api::verfahren.verfahren",
} as const;
export type CmsType = (typeof CMS_TYPES)[keyof typeof CMS_TYPES];

const UID = CMS_TYPES.leistung;

export interface AdminLeistung {
  documentId: string;
  slug: string;
  titel: string;
  kurztext: string;
}

/** A document as the content manager returns it: its fields, plus the version's state. */
export type AdminDocument = {
  documentId: string;
  publishedAt?: string | null;
  gemeindeAgs?: string | null;
} & Record<string, unknown>;

/** An answer of the admin API, not thrown when it is an error (tests look at refusals). */
export interface AdminResponse<T = unknown> {
  status: number;
  ok: boolean;
  body: T;
}

/** What a content-manager write answers with. */
export interface DocumentBody {
  data?: AdminDocument;
  error?: { status: number; name: string; message: string };
}

/** Admin sessions of this test process, by CMS, account and password (see `CmsAdmin.login`). */
const anmeldungen = new Map<string, Promise<CmsAdmin>>();

export class CmsAdmin {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /**
   * Signs in once per test process and account: Strapi allows 5 admin sign-ins per address and
   * account in 5 minutes, and the suite's specs that publish through the CMS would exceed that.
   * A failed sign-in is not kept.
   */
  static login(baseUrl: string, email: string, password: string): Promise<CmsAdmin> {
    const key = JSON.stringify([baseUrl, email, password]);
    let anmeldung = anmeldungen.get(key);
    if (!anmeldung) {
      anmeldung = CmsAdmin.anmelden(baseUrl, email, password);
      anmeldungen.set(key, anmeldung);
      anmeldung.catch(() => anmeldungen.delete(key));
    }
    return anmeldung;
  }

  private static async anmelden(baseUrl: string, email: string, password: string) {
    const res = await fetch(`${baseUrl}/admin/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`CMS login failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { data: { token: string } };
    return new CmsAdmin(baseUrl, body.data.token);
  }

  /** Completes an invitation (as the invited person does on the registration page) and logs in. */
  static async register(
    baseUrl: string,
    registrationToken: string,
    userInfo: { firstname: string; lastname: string; password: string },
  ): Promise<CmsAdmin> {
    const res = await fetch(`${baseUrl}/admin/register`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ registrationToken, userInfo }),
    });
    if (!res.ok) throw new Error(`CMS registration failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { data: { token: string } };
    return new CmsAdmin(baseUrl, body.data.token);
  }

  /** One admin-API request; an error answer is returned, not thrown. */
  async send<T = unknown>(method: string, path: string, body?: unknown): Promise<AdminResponse<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, ok: res.ok, body: (text ? JSON.parse(text) : null) as T };
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.send<T>(method, path, body);
    if (!res.ok)
      throw new Error(`CMS ${method} ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  private static path(uid: CmsType, documentId?: string, action?: string, locale?: string) {
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : "";
    return `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ""}${
      action ? `/actions/${action}` : ""
    }${query}`;
  }

  /** The draft of the document whose `field` is `value` (locale only for localized types). */
  async findDocument(
    uid: CmsType,
    field: string,
    value: string,
    locale?: string,
  ): Promise<AdminDocument> {
    const query = new URLSearchParams({ [`filters[$and][0][${field}][$eq]`]: value });
    if (locale) query.set("locale", locale);
    const body = await this.call<{ results: AdminDocument[] }>(
      "GET",
      `/content-manager/collection-types/${uid}?${query}`,
    );
    const found = body.results[0];
    if (!found) throw new Error(`no ${uid} with ${field} = ${value} in the CMS`);
    return found;
  }

  /**
   * The preview URL Strapi's Preview opens for a document (the content manager's own route,
   * GET /content-manager/preview/url/:uid, which calls config/admin.ts's handler); undefined when
   * the type has no preview (the handler answers null, Strapi 204).
   */
  async previewUrl(uid: CmsType, documentId: string): Promise<string | undefined> {
    const query = new URLSearchParams({ documentId, status: "draft" });
    const res = await this.send<{ data?: { url?: string } } | null>(
      "GET",
      `/content-manager/preview/url/${uid}?${query}`,
    );
    if (!res.ok)
      throw new Error(`CMS preview URL failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body?.data?.url;
  }

  /** The draft of one document. */
  async getDocument(uid: CmsType, documentId: string, locale?: string): Promise<AdminDocument> {
    const body = await this.call<{ data: AdminDocument }>(
      "GET",
      CmsAdmin.path(uid, documentId, undefined, locale),
    );
    return body.data;
  }

  create(uid: CmsType, data: Record<string, unknown>, locale?: string) {
    return this.send<DocumentBody>("POST", CmsAdmin.path(uid, undefined, undefined, locale), data);
  }

  /** "Publish" on a new entry: created and published in one request. */
  createAndPublish(uid: CmsType, data: Record<string, unknown>, locale?: string) {
    return this.send<DocumentBody>("POST", CmsAdmin.path(uid, undefined, "publish", locale), data);
  }

  clone(uid: CmsType, sourceId: string, data: Record<string, unknown>, locale?: string) {
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : "";
    return this.send<DocumentBody>(
      "POST",
      `/content-manager/collection-types/${uid}/clone/${sourceId}${query}`,
      data,
    );
  }

  bulkDelete(uid: CmsType, documentIds: string[], locale?: string) {
    return this.send<{ count?: number } & DocumentBody>(
      "POST",
      CmsAdmin.path(uid, undefined, "bulkDelete", locale),
      { documentIds },
    );
  }

  update(uid: CmsType, documentId: string, data: Record<string, unknown>, locale?: string) {
    return this.send<DocumentBody>("PUT", CmsAdmin.path(uid, documentId, undefined, locale), data);
  }

  publish(uid: CmsType, documentId: string, locale?: string) {
    return this.send<DocumentBody>("POST", CmsAdmin.path(uid, documentId, "publish", locale), {});
  }

  unpublish(uid: CmsType, documentId: string, locale?: string) {
    return this.send<DocumentBody>("POST", CmsAdmin.path(uid, documentId, "unpublish", locale), {});
  }

  discardDraft(uid: CmsType, documentId: string, locale?: string) {
    return this.send<DocumentBody>("POST", CmsAdmin.path(uid, documentId, "discard", locale), {});
  }

  delete(uid: CmsType, documentId: string, locale?: string) {
    return this.send<DocumentBody>("DELETE", CmsAdmin.path(uid, documentId, undefined, locale));
  }

  /**
   * Invites an admin account with the given roles (by code, e.g. `redaktion-kommune`), as the super
   * admin does in Settings → Users; returns the registration token of the invitation.
   */
  /** Uploads one file to the media library, as the admin's "Add new assets" does. */
  async upload(
    name: string,
    mime: string,
    content: string,
  ): Promise<AdminResponse<{ id: number; mime: string }[]>> {
    const form = new FormData();
    form.append("files", new Blob([content], { type: mime }), name);
    const res = await fetch(`${this.baseUrl}/upload`, {
      method: "POST",
      headers: { Authorization: `Bearer ${this.token}` },
      body: form,
    });
    const text = await res.text();
    return { status: res.status, ok: res.ok, body: text ? JSON.parse(text) : null };
  }

  async inviteUser(user: {
    email: string;
    firstname: string;
    lastname: string;
    roles: string[];
  }): Promise<string> {
    const { data: roles } = await this.call<{ data: { id: number; code: string }[] }>(
      "GET",
      "/admin/roles",
    );
    const ids = user.roles.map((code) => {
      const role = roles.find((r) => r.code === code);
      if (!role) throw new Error(`no admin role ${code} in the CMS`);
      return role.id;
    });
    const { data } = await this.call<{ data: { registrationToken: string } }>(
      "POST",
      "/admin/users",
      { ...user, roles: ids },
    );
    return data.registrationToken;
  }

  async findLeistung(slug: string): Promise<AdminLeistung> {
    return (await this.findDocument(UID, "slug", slug, "de")) as unknown as AdminLeistung;
  }

  /** Saves a change to the German version and publishes it, as the editor's "Publish" button does. */
  async updateAndPublishLeistung(
    documentId: string,
    changes: Partial<Pick<AdminLeistung, "titel" | "kurztext">>,
  ) {
    const path = `/content-manager/collection-types/${UID}/${documentId}`;
    await this.call("PUT", `${path}?locale=de`, changes);
    await this.call("POST", `${path}/actions/publish?locale=de`, changes);
  }
}
