import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { beitragsBestaetigungsMail, pruefeAnzeige, signiereAnzeige } from "./beteiligung-post";

beforeEach(() => {
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("PUBLIC_URL", "https://portal.example");
});
afterEach(() => vi.unstubAllEnvs());

describe("the signed time a form was shown", () => {
  it("gives back the time it signed", () => {
    const jetzt = new Date("2026-12-07T10:00:00.123Z");
    expect(pruefeAnzeige(signiereAnzeige(jetzt))).toEqual(jetzt);
  });

  it("refuses a changed time, a forged or missing signature and other values", () => {
    const echt = signiereAnzeige(new Date("2026-12-07T10:00:00Z"));
    const [ms, sig] = echt.split(".");
    expect(pruefeAnzeige(`${Number(ms) - 60_000}.${sig}`)).toBeUndefined();
    expect(pruefeAnzeige(`${ms}.${"A".repeat(sig?.length ?? 0)}`)).toBeUndefined();
    expect(pruefeAnzeige(ms)).toBeUndefined();
    expect(pruefeAnzeige(`${echt}.x`)).toBeUndefined();
    expect(pruefeAnzeige("2026-12-07T10:00:00Z")).toBeUndefined();
    expect(pruefeAnzeige(undefined)).toBeUndefined();
    expect(pruefeAnzeige(["1", "2"])).toBeUndefined();
    expect(pruefeAnzeige(`${"9".repeat(200)}.${sig}`)).toBeUndefined();
  });

  it("does not accept a signature made under another secret", () => {
    const echt = signiereAnzeige(new Date());
    vi.stubEnv("NEXTAUTH_SECRET", "y".repeat(40));
    expect(pruefeAnzeige(echt)).toBeUndefined();
  });
});

describe("the confirmation mail", () => {
  it("links to the confirmation page in the language, with the title escaped in HTML", () => {
    const mail = beitragsBestaetigungsMail("a@example.org", "de", {
      token: "abc_-1",
      verfahrenTitel: "<script>alert(1)</script>",
    });
    expect(mail.text).toContain("https://portal.example/de/beteiligung/bestaetigen?token=abc_-1");
    expect(mail.html).not.toContain("<script>");
    expect(mail.betreff).toBe("Bitte bestätigen Sie Ihren Beitrag");
    const en = beitragsBestaetigungsMail("a@example.org", "en", {
      token: "t",
      verfahrenTitel: "X",
    });
    expect(en.text).toContain("/en/beteiligung/bestaetigen?token=t");
  });
});
