import { definePolicy } from "@portal/ratelimit/types";
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// The request, the cache, the database and the counter are Next's and PostgreSQL's; here they are
// stand-ins, so that each branch of action() can be driven (the rate limiter itself is tested
// against PostgreSQL in packages/ratelimit, the whole form in e2e/tests/barriere-melden.spec.ts).
const request = vi.hoisted(() => ({ forwardedFor: "203.0.113.7" as string | null }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers(request.forwardedFor ? { "x-forwarded-for": request.forwardedFor } : {}),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn() }));
vi.mock("@portal/db/client", () => ({ getDb: () => ({ fake: "db" }) }));
vi.mock("@portal/ratelimit/server", async (original) => ({
  ...(await original<typeof import("@portal/ratelimit/server")>()),
  consume: vi.fn(async () => ({ ok: true, remaining: 4 })),
  clientKey: vi.fn(async (_db: unknown, address: string | null) => `hmac(${address})`),
}));

const { updateTag } = await import("next/cache");
const { consume } = await import("@portal/ratelimit/server");
const { ablehnen, action, DEFAULT_MAX_BYTES, oeffentlich } = await import("./action");

const schema = z.object({
  titel: z.string().trim().min(1).max(20),
  email: z.union([z.literal(""), z.email()]).optional(),
  text: z.string().max(100_000).optional(),
});
const policy = definePolicy({ name: "test", limit: 5, windowSeconds: 3600 });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const run = vi.fn(async (input: z.output<typeof schema>) => ({ nummer: 42, titel: input.titel }));
const beitrag = action({
  schema,
  auth: oeffentlich,
  rateLimit: policy,
  run,
  revalidate: (data) => [`beitrag:${data.nummer}`, "beitraege"],
});

beforeEach(() => {
  vi.clearAllMocks();
  request.forwardedFor = "203.0.113.7";
});

describe("action()", () => {
  it("runs the domain call with the parsed input, counts the client and expires the tags", async () => {
    const result = await beitrag(null, form({ titel: "  Hallo  ", email: "", sprache: "de" }));
    expect(result).toEqual({
      ok: true,
      data: { nummer: 42, titel: "Hallo" },
      values: { titel: "  Hallo  ", email: "", text: "" },
    });
    expect(run).toHaveBeenCalledWith(
      { titel: "Hallo", email: "" },
      { auth: {}, lang: "de", db: { fake: "db" } },
    );
    expect(consume).toHaveBeenCalledWith({ fake: "db" }, policy, "hmac(203.0.113.7)");
    expect(vi.mocked(updateTag).mock.calls).toEqual([["beitrag:42"], ["beitraege"]]);
  });

  it("keys the limit on the address our proxy appended, not on what the client wrote", async () => {
    request.forwardedFor = "6.6.6.6, 198.51.100.9";
    await beitrag(null, form({ titel: "Hallo" }));
    expect(consume).toHaveBeenCalledWith({ fake: "db" }, policy, "hmac(198.51.100.9)");
  });

  it("refuses invalid input with a message per field in the page language and keeps every value", async () => {
    const hostile = "<script>alert(1)</script> ' OR 1=1 -- 🗺️ Zoë\u202e";
    const values = { titel: " ", email: "kein-at-zeichen", text: hostile };
    const de = await beitrag(null, form({ ...values, sprache: "de" }));
    expect(de).toEqual({
      ok: false,
      reason: "invalid",
      errors: {
        titel: "Füllen Sie dieses Feld aus.",
        email: "Prüfen Sie die Schreibweise dieser Angabe.",
      },
      values,
    });
    const en = await beitrag(null, form({ ...values, sprache: "en" }));
    expect(en.ok === false && en.errors).toEqual({
      titel: "Fill in this field.",
      email: "Check how this is written.",
    });
    expect(run).not.toHaveBeenCalled();
    // Typos cost nothing: only valid submissions count against the limit.
    expect(consume).not.toHaveBeenCalled();
  });

  it("refuses an overlong field at the field, with the limit from the schema", async () => {
    const result = await beitrag(null, form({ titel: "x".repeat(21), sprache: "en" }));
    expect(result).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { titel: "Shorten your text to at most 20 characters." },
      values: { titel: "x".repeat(21) },
    });
  });

  it("refuses an oversized submission as a whole, says why and keeps the input", async () => {
    const text = "ä".repeat(DEFAULT_MAX_BYTES / 2); // 2 bytes each: just over the bound
    const result = await beitrag(null, form({ titel: "Hallo", text, sprache: "de" }));
    expect(result).toEqual({
      ok: false,
      reason: "tooLarge",
      errors: {},
      formError:
        "Ihre Eingaben sind zusammen zu lang: höchstens 64 KB. Bitte kürzen Sie sie; sie stehen noch im Formular.",
      values: { titel: "Hallo", email: "", text },
    });
    expect(consume).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses when the client is over the limit, says when to try again and keeps the input", async () => {
    vi.mocked(consume).mockResolvedValueOnce({
      ok: false,
      retryAfterSeconds: 11 * 60 + 5,
      retryAt: new Date(Date.now() + (11 * 60 + 5) * 1000),
    });
    const result = await beitrag(null, form({ titel: "Hallo", sprache: "de" }));
    expect(result).toMatchObject({ ok: false, reason: "rateLimited", errors: {} });
    expect(result.values).toEqual({ titel: "Hallo", email: "", text: "" });
    expect(result.ok === false && result.formError).toMatch(
      /zu viele Formulare gesendet\. Bitte senden Sie dieses Formular in 12 Minuten erneut \(ab (\d{1,2}:\d{2} Uhr|.+)\)\. Ihre Eingaben stehen noch im Formular\./,
    );
    expect(run).not.toHaveBeenCalled();
  });

  it("turns a failing domain call into a refusal that keeps the input", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    run.mockRejectedValueOnce(new Error("connection refused"));
    const result = await beitrag(null, form({ titel: "Hallo", sprache: "en" }));
    expect(result).toEqual({
      ok: false,
      reason: "failed",
      errors: {},
      formError:
        "Your input could not be processed just now. It is still in the form; please send it again in a few minutes.",
      values: { titel: "Hallo", email: "", text: "" },
    });
    expect(updateTag).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("keeps the input when the rate limiter's database is down", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.mocked(consume).mockRejectedValueOnce(new Error("ECONNREFUSED"));
    const result = await beitrag(null, form({ titel: "Hallo" }));
    expect(result).toMatchObject({ ok: false, reason: "failed", values: { titel: "Hallo" } });
    expect(run).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it("lets the auth hook refuse with Next's redirect, and passes what it returns to the call", async () => {
    const geschuetzt = action({
      schema,
      auth: async () => redirect("/de/anmelden"),
      run,
    });
    await expect(geschuetzt(null, form({ titel: "Hallo" }))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    expect(run).not.toHaveBeenCalled();

    const mitKonto = action({ schema, auth: async () => ({ userId: "u-1" }), run });
    await mitKonto(null, form({ titel: "Hallo" }));
    expect(run).toHaveBeenCalledWith(
      { titel: "Hallo" },
      { auth: { userId: "u-1" }, lang: "de", db: { fake: "db" } },
    );
  });
});

describe("a refusal by the domain and secret fields", () => {
  const anmeldung = action({
    schema: z.object({ email: z.email(), passwort: z.string().min(1).max(128) }),
    auth: oeffentlich,
    secret: ["passwort"],
    run: async (input) =>
      input.passwort === "richtig"
        ? { angemeldet: input.email }
        : ablehnen<"email" | "passwort">({ errors: { passwort: "falsch" }, formError: "nein" }),
  });

  it("returns the domain's messages with the input, but never a secret field's value", async () => {
    const result = await anmeldung(null, form({ email: "a@example.org", passwort: "geheim" }));
    expect(result).toEqual({
      ok: false,
      reason: "refused",
      errors: { passwort: "falsch" },
      formError: "nein",
      values: { email: "a@example.org", passwort: "" },
    });
  });

  it("keeps secret fields out of a refusal for invalid input and out of a success", async () => {
    const invalid = await anmeldung(null, form({ email: "kein-at", passwort: "geheim" }));
    expect(invalid).toMatchObject({ ok: false, reason: "invalid", values: { passwort: "" } });
    const ok = await anmeldung(null, form({ email: "a@example.org", passwort: "richtig" }));
    expect(ok).toEqual({
      ok: true,
      data: { angemeldet: "a@example.org" },
      values: { email: "a@example.org", passwort: "" },
    });
  });
});

describe("the barrier report", () => {
  it("uses the form's own wording where it has one and the shared one elsewhere", async () => {
    const { meldeBarriere } = await import("@/app/[lang]/kontakt/barriere-melden/actions");
    const values = { beschreibung: "", seite: "s".repeat(501), name: "", email: "kein-at-zeichen" };
    const de = await meldeBarriere(null, form({ ...values, sprache: "de" }));
    expect(de).toEqual({
      ok: false,
      reason: "invalid",
      errors: {
        beschreibung: "Beschreiben Sie das Problem.",
        seite: "Kürzen Sie Ihren Text auf höchstens 500 Zeichen.",
        email:
          "Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein, oder lassen Sie das Feld leer.",
      },
      values,
    });
    const en = await meldeBarriere(null, form({ beschreibung: "x".repeat(5001), sprache: "en" }));
    expect(en.ok === false && en.errors).toEqual({
      beschreibung: "Shorten your text to at most 5,000 characters.",
    });
  });
});
