import { beforeEach, describe, expect, it, vi } from "vitest";

// The route handlers' glue, with the domain's services replaced (their rules and the database
// are tested in @portal/antraege's zustellung.integration.test.ts; the whole path in
// e2e/tests/fachverfahren-api.spec.ts): which status, headers and body each outcome gets.

const dienste = vi.hoisted(() => ({
  authentifiziereApiSchluessel: vi.fn(),
  listeNeueAntraege: vi.fn(),
  ladeZustellung: vi.fn(),
  ladeZustellungsanlage: vi.fn(),
  quittiere: vi.fn(),
  consume: vi.fn(),
  lade: vi.fn(),
}));

vi.mock("@portal/antraege/server", () => ({
  authentifiziereApiSchluessel: dienste.authentifiziereApiSchluessel,
  listeNeueAntraege: dienste.listeNeueAntraege,
  ladeZustellung: dienste.ladeZustellung,
  ladeZustellungsanlage: dienste.ladeZustellungsanlage,
  quittiere: dienste.quittiere,
  fachverfahrenProSchluessel: { name: "fachverfahren-schluessel", limit: 600, windowSeconds: 60 },
  MAX_LIMIT: 500,
  STANDARD_LIMIT: 100,
}));
vi.mock("@portal/ratelimit/server", () => ({ consume: dienste.consume }));
vi.mock("@portal/db/client", () => ({ getDb: () => ({}) }));
vi.mock("@/lib/antraege", () => ({
  protokolliere: vi.fn(),
  ablage: () => ({ lade: dienste.lade }),
}));

const { GET: liste } = await import("../app/api/fachverfahren/v1/submissions/route");
const { GET: einreichung } = await import(
  "../app/api/fachverfahren/v1/submissions/[submissionId]/route"
);
const { GET: anlage } = await import(
  "../app/api/fachverfahren/v1/submissions/[submissionId]/attachments/[attachmentId]/route"
);
const { POST: quittung } = await import(
  "../app/api/fachverfahren/v1/submissions/[submissionId]/quittung/route"
);
const { GET: unbekannt } = await import("../app/api/fachverfahren/v1/[...pfad]/route");

const FV = {
  schluesselId: "11111111-1111-4111-8111-111111111111",
  oeSchluessel: "gv-14612000",
  name: "Test",
  erstelltVon: "22222222-2222-4222-8222-222222222222",
};
const ID = "33333333-3333-4333-8333-333333333333";
const anfrage = (
  pfad: string,
  headers: Record<string, string> = { authorization: "Bearer sk_x" },
) => new Request(`http://localhost/api/fachverfahren/v1${pfad}`, { headers });
const mit = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

beforeEach(() => {
  vi.resetAllMocks();
  dienste.authentifiziereApiSchluessel.mockResolvedValue(FV);
  dienste.consume.mockResolvedValue({ ok: true, remaining: 599 });
});

describe("authentication", () => {
  it("answers 401 with WWW-Authenticate and problem details; names invalid_token only for a sent one", async () => {
    dienste.authentifiziereApiSchluessel.mockResolvedValue(null);
    const ohne = await liste(anfrage("/submissions", {}));
    expect(ohne.status).toBe(401);
    expect(ohne.headers.get("www-authenticate")).toBe('Bearer realm="fachverfahren"');
    expect(ohne.headers.get("content-type")).toBe("application/problem+json");
    expect(dienste.authentifiziereApiSchluessel).not.toHaveBeenCalled();
    const falsch = await einreichung(anfrage(`/submissions/${ID}`), mit({ submissionId: ID }));
    expect(falsch.status).toBe(401);
    expect(falsch.headers.get("www-authenticate")).toBe(
      'Bearer realm="fachverfahren", error="invalid_token"',
    );
    expect(dienste.ladeZustellung).not.toHaveBeenCalled();
  });

  it("answers 429 with Retry-After when the key's quota is spent, counted per key", async () => {
    dienste.consume.mockResolvedValue({ ok: false, retryAfterSeconds: 17, retryAt: new Date() });
    const r = await quittung(anfrage(`/submissions/${ID}/quittung`), mit({ submissionId: ID }));
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toBe("17");
    expect(dienste.consume.mock.calls[0]?.[2]).toBe(`schluessel:${FV.schluesselId}`);
    expect(dienste.quittiere).not.toHaveBeenCalled();
  });
});

describe("the list", () => {
  it("passes paging and since, and maps the rows FIT-Connect-like", async () => {
    dienste.listeNeueAntraege.mockResolvedValue({
      antraege: [
        {
          id: ID,
          aktenzeichen: "HST-2026-000001",
          oeSchluessel: FV.oeSchluessel,
          leistung: "hundesteuer-anmelden",
          formular: "hundesteuer",
          version: 2,
          eingegangenAm: new Date("2026-03-01T10:00:00Z"),
        },
      ],
      gesamt: 7,
      offset: 5,
      limit: 1,
    });
    const r = await liste(
      anfrage("/submissions?since=2026-03-01T00:00:00%2B01:00&offset=5&limit=1"),
    );
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(dienste.listeNeueAntraege.mock.calls[0]?.[1]).toMatchObject({
      fachverfahren: FV,
      seit: new Date("2026-02-28T23:00:00Z"),
      offset: 5,
      limit: 1,
    });
    expect(await r.json()).toEqual({
      count: 1,
      offset: 5,
      totalCount: 7,
      submissions: [
        {
          submissionId: ID,
          destinationId: FV.oeSchluessel,
          aktenzeichen: "HST-2026-000001",
          leistung: "hundesteuer-anmelden",
          formular: "hundesteuer",
          version: 2,
          eingegangenAm: "2026-03-01T10:00:00.000Z",
          href: `/api/fachverfahren/v1/submissions/${ID}`,
        },
      ],
    });
  });

  it("refuses malformed parameters with 400 and a German detail", async () => {
    for (const q of [
      "since=gestern",
      "since=2026-03-01",
      "limit=0",
      "limit=501",
      "limit=x",
      "offset=-1",
    ]) {
      const r = await liste(anfrage(`/submissions?${q}`));
      expect(r.status, q).toBe(400);
      const body = await r.json();
      expect(body.title).toBe("Ungültige Anfrage");
      expect(body.detail).toMatch(/„(since|limit|offset)“/);
    }
    expect(dienste.listeNeueAntraege).not.toHaveBeenCalled();
  });

  it("answers 404 for another destination than the key's", async () => {
    const r = await liste(anfrage("/submissions?destinationId=gv-14713000"));
    expect(r.status).toBe(404);
    dienste.listeNeueAntraege.mockResolvedValue({ antraege: [], gesamt: 0, offset: 0, limit: 100 });
    const eigene = await liste(anfrage(`/submissions?destinationId=${FV.oeSchluessel}`));
    expect(eigene.status).toBe(200);
  });
});

describe("one submission, its attachment, the acknowledgement", () => {
  it("returns the envelope as stored and the attachments' links", async () => {
    dienste.ladeZustellung.mockResolvedValue({
      id: ID,
      aktenzeichen: "HST-2026-000001",
      oeSchluessel: FV.oeSchluessel,
      leistung: "l",
      formular: "f",
      version: 1,
      vertrauensniveau: null,
      status: "eingegangen",
      eingegangenAm: new Date("2026-03-01T10:00:00Z"),
      quittiertAm: null,
      umschlag: "a.b.c.d.e",
      anlagen: [{ id: "a1", dateiname: "n.pdf", medientyp: "application/pdf", groesse: 3 }],
    });
    const r = await einreichung(anfrage(`/submissions/${ID}`), mit({ submissionId: ID }));
    const body = await r.json();
    expect(body).toMatchObject({ encryptedData: "a.b.c.d.e", quittiertAm: null });
    expect(body.attachments[0].href).toBe(`/api/fachverfahren/v1/submissions/${ID}/attachments/a1`);
  });

  it("answers the same 404 for whatever the services do not find, and for unknown paths", async () => {
    dienste.ladeZustellung.mockResolvedValue(null);
    dienste.ladeZustellungsanlage.mockResolvedValue(null);
    dienste.quittiere.mockResolvedValue({ ok: false, fehler: "nicht-gefunden" });
    const antworten = [
      await einreichung(anfrage("/submissions/x"), mit({ submissionId: "x" })),
      await anlage(
        anfrage("/submissions/x/attachments/y"),
        mit({ submissionId: "x", attachmentId: "y" }),
      ),
      await quittung(anfrage("/submissions/x/quittung"), mit({ submissionId: "x" })),
      unbekannt(),
    ];
    const bodies = await Promise.all(antworten.map((a) => a.text()));
    expect(antworten.map((a) => a.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
  });

  it("serves an attachment's stored bytes as application/jose, or 500 when storage lost them", async () => {
    dienste.ladeZustellungsanlage.mockResolvedValue({
      id: "a1",
      dateiname: "n.pdf",
      medientyp: "application/pdf",
      groesse: 3,
      ablageSchluessel: "antraege/e/a1",
    });
    dienste.lade.mockResolvedValue(new TextEncoder().encode("h.k.i.c.t"));
    const p = mit({ submissionId: ID, attachmentId: "a1" });
    const r = await anlage(anfrage(`/submissions/${ID}/attachments/a1`), p);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/jose");
    expect(await r.text()).toBe("h.k.i.c.t");
    expect(dienste.lade).toHaveBeenCalledWith("antraege/e/a1");

    dienste.lade.mockResolvedValue(null);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const weg = await anlage(anfrage(`/submissions/${ID}/attachments/a1`), p);
    expect(weg.status).toBe(500);
    expect((await weg.json()).title).toBe("Anlage nicht lesbar");
  });

  it("acknowledges with the first time and whether this request was the first", async () => {
    dienste.quittiere.mockResolvedValue({
      ok: true,
      id: ID,
      quittiertAm: new Date("2026-03-02T08:00:00Z"),
      neu: false,
    });
    const r = await quittung(anfrage(`/submissions/${ID}/quittung`), mit({ submissionId: ID }));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      submissionId: ID,
      quittiertAm: "2026-03-02T08:00:00.000Z",
      neu: false,
    });
  });
});
