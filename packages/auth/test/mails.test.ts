import { describe, expect, it } from "vitest";
import {
  bestaetigungsMail,
  schonRegistriertMail,
  zuruecksetzenMail,
} from "../src/services/mails.ts";

describe("account mails", () => {
  it("link to the page in the mail's language, with the token in the query", () => {
    const de = bestaetigungsMail("a@b.de", "de", "tok_123-ABC");
    expect(de.text).toContain("http://localhost:3000/de/konto/bestaetigen?token=tok_123-ABC");
    expect(de.betreff).toMatch(/bestätigen/);
    const en = zuruecksetzenMail("a@b.de", "en", "t");
    expect(en.text).toContain("http://localhost:3000/en/konto/passwort-neu?token=t");
    expect(en.html).toContain('<html lang="en">');
    expect(en.betreff).toMatch(/password/);
  });

  it("escape what they interpolate in the HTML", () => {
    const mail = schonRegistriertMail(`"<img src=x onerror=alert(1)>"@example.org`, "de");
    expect(mail.an).toBe(`"<img src=x onerror=alert(1)>"@example.org`);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&quot;&lt;img src=x onerror=alert(1)&gt;&quot;@example.org");
    expect(mail.text).toContain("/de/konto/anmelden");
    expect(mail.text).toContain("/de/konto/passwort-vergessen");
  });
});
