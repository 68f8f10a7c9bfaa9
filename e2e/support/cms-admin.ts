// The CMS's admin API, as the Strapi admin panel itself uses it: what an editor does when they
// change a service description and press "Publish". Used by the e2e suite and the benchmarks.

const UID = "api::leistung.leistung";

export interface AdminLeistung {
  documentId: string;
  slug: string;
  titel: string;
  kurztext: string;
}

export class CmsAdmin {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<CmsAdmin> {
    const res = await fetch(`${baseUrl}/admin/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`CMS login failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { data: { token: string } };
    return new CmsAdmin(baseUrl, body.data.token);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`CMS ${method} ${path} failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async findLeistung(slug: string): Promise<AdminLeistung> {
    const query = new URLSearchParams({ "filters[$and][0][slug][$eq]": slug, locale: "de" });
    const body = await this.call<{ results: AdminLeistung[] }>(
      "GET",
      `/content-manager/collection-types/${UID}?${query}`,
    );
    const found = body.results[0];
    if (!found) throw new Error(`no Leistung ${slug} in the CMS`);
    return found;
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
