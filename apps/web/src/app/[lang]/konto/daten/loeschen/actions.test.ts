import { beforeEach, describe, expect, it, vi } from "vitest";

// The session, the cookie, the account domain and the limiter are stand-ins here, so that each
// answer of the deletion can be driven; the deletion itself is tested against PostgreSQL in
// packages/auth (loeschen.integration.test.ts) and packages/postfach.
const zustand = vi.hoisted(() => ({
  konto: { id: "k1", email: "zoe@example.org" as string | null, sprache: "de" as const },
  limit: true,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ updateTag: vi.fn() }));
vi.mock("@portal/db/client", () => ({ getDb: () => ({ fake: "db" }) }));
vi.mock("@portal/auth/next", () => ({
  requireUser: vi.fn(async () => ({ konto: zustand.konto, sitzung: {}, token: "t" })),
  loescheSitzungscookie: vi.fn(async () => {}),
}));
vi.mock("@portal/auth/server", async () => ({
  ...(await import("@portal/auth/types")),
  anmeldungProAdresse: { name: "anmeldung-adresse", limit: 20, windowSeconds: 900 },
  anmeldungProKonto: { name: "anmeldung-konto", limit: 10, windowSeconds: 900 },
  kontoSchluessel: vi.fn(async (_db: unknown, email: string) => `email(${email})`),
  loescheKonto: vi.fn(),
}));
vi.mock("@portal/ratelimit/server", async (original) => ({
  ...(await original<typeof import("@portal/ratelimit/server")>()),
  consume: vi.fn(async (_db: unknown, policy: { name: string }) =>
    policy.name === "anmeldung-konto" && !zustand.limit
      ? { ok: false, retryAfterSeconds: 300, retryAt: new Date("2026-12-03T10:00:00Z") }
      : { ok: true, remaining: 4 },
  ),
  clientKey: vi.fn(async (_db: unknown, address: string | null) => `hmac(${address})`),
}));
vi.mock("@/lib/konto", () => ({ post: vi.fn(async () => {}) }));
const dateien = vi.hoisted(() => ({ sammle: async () => [], loesche: async () => {} }));
vi.mock("@/lib/antraege", () => ({ kontoDateien: vi.fn(() => dateien) }));

const { loescheSitzungscookie } = await import("@portal/auth/next");
const { loescheKonto } = await import("@portal/auth/server");
const { consume } = await import("@portal/ratelimit/server");
const { loescheMeinKonto } = await import("./actions");
const { de } = await import("@/i18n/datenschutz/de");
const { en } = await import("@/i18n/datenschutz/en");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(() => {
  vi.clearAllMocks();
  zustand.konto = { id: "k1", email: "zoe@example.org", sprache: "de" };
  zustand.limit = true;
});

describe("loescheMeinKonto", () => {
  it("refuses a wrong password at its field, never sends it back, and keeps the session", async () => {
    vi.mocked(loescheKonto).mockResolvedValue({ ok: false, grund: "passwort-falsch" });
    const antwort = await loescheMeinKonto(null, form({ passwort: "falsch", sprache: "de" }));
    expect(antwort).toMatchObject({
      ok: false,
      errors: { passwort: de.loeschen.fehler.passwortFalsch },
      values: { passwort: "" },
    });
    expect(loescheKonto).toHaveBeenCalledWith(
      { fake: "db" },
      { kontoId: "k1", passwort: "falsch", bestaetigt: false },
      expect.anything(),
    );
    expect(loescheSitzungscookie).not.toHaveBeenCalled();
  });

  it("asks for the password when none was typed, in the page language", async () => {
    vi.mocked(loescheKonto).mockResolvedValue({ ok: false, grund: "passwort-falsch" });
    const antwort = await loescheMeinKonto(null, form({ passwort: "", sprache: "en" }));
    expect(antwort).toMatchObject({ errors: { passwort: en.loeschen.fehler.passwortFehlt } });
  });

  it("asks an account without a password for the checkbox, and passes it on when ticked", async () => {
    zustand.konto = { id: "k2", email: null, sprache: "de" };
    vi.mocked(loescheKonto).mockResolvedValueOnce({ ok: false, grund: "bestaetigung-fehlt" });
    expect(await loescheMeinKonto(null, form({ sprache: "de" }))).toMatchObject({
      ok: false,
      errors: { bestaetigt: de.loeschen.fehler.bestaetigungFehlt },
    });
    vi.mocked(loescheKonto).mockResolvedValueOnce({ ok: true });
    await expect(
      loescheMeinKonto(null, form({ bestaetigt: "ja", sprache: "de" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/de/konto/geloescht;") });
    expect(loescheKonto).toHaveBeenLastCalledWith(
      { fake: "db" },
      { kontoId: "k2", passwort: undefined, bestaetigt: true },
      expect.anything(),
    );
    // Keyed by the account id: it has no address to key by.
    expect(consume).toHaveBeenCalledWith(
      { fake: "db" },
      expect.objectContaining({ name: "anmeldung-konto" }),
      "hmac(konto:k2)",
    );
  });

  it("says why the only owner of an organisation cannot delete yet", async () => {
    vi.mocked(loescheKonto).mockResolvedValue({ ok: false, grund: "einziger-inhaber" });
    expect(await loescheMeinKonto(null, form({ passwort: "x", sprache: "de" }))).toMatchObject({
      ok: false,
      formError: de.loeschen.fehler.einzigerInhaber,
    });
    expect(loescheSitzungscookie).not.toHaveBeenCalled();
  });

  it("removes the cookie and goes to the confirmation, which mentions the mail", async () => {
    vi.mocked(loescheKonto).mockResolvedValue({ ok: true });
    await expect(
      loescheMeinKonto(null, form({ passwort: "richtig", sprache: "en" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/en/konto/geloescht?mail=1;") });
    expect(loescheSitzungscookie).toHaveBeenCalledOnce();
  });

  it("hands the deletion the account's files (drafts' uploads, receipts) to remove", async () => {
    vi.mocked(loescheKonto).mockResolvedValue({ ok: true });
    await expect(
      loescheMeinKonto(null, form({ passwort: "richtig", sprache: "de" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/de/konto/geloescht") });
    expect(loescheKonto).toHaveBeenCalledWith(
      { fake: "db" },
      expect.objectContaining({ kontoId: "k1" }),
      { post: expect.any(Function), dateien },
    );
  });

  it("counts against the sign-in's limits, per address and per account, before checking", async () => {
    zustand.limit = false;
    const antwort = await loescheMeinKonto(null, form({ passwort: "x", sprache: "de" }));
    expect(antwort).toMatchObject({ ok: false, formError: expect.stringContaining("5 Minuten") });
    expect(loescheKonto).not.toHaveBeenCalled();
    expect(vi.mocked(consume).mock.calls.map((c) => [c[1].name, c[2]])).toEqual([
      ["anmeldung-adresse", "hmac(null)"],
      ["anmeldung-konto", "email(zoe@example.org)"],
    ]);
  });
});
