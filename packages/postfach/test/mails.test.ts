import { describe, expect, it } from "vitest";
import { benachrichtigungsMail } from "../src/services/mails.ts";

describe("benachrichtigungsMail", () => {
  it("names the sender, escaped in HTML, and links the inbox in the recipient's language", () => {
    const de = benachrichtigungsMail("a@example.org", "de", 'Amt <b>"X"</b> & Co');
    expect(de.text).toContain('von Amt <b>"X"</b> & Co');
    expect(de.html).toContain("Amt &lt;b&gt;&quot;X&quot;&lt;/b&gt; &amp; Co");
    expect(de.html).not.toContain("<b>");
    expect(de.html).toContain('<html lang="de">');
    const en = benachrichtigungsMail("a@example.org", "en", "Finanzamt");
    expect(en.betreff).toBe("New message in your inbox");
    expect(en.text).toContain("http://localhost:3000/en/konto/postfach");
  });
});
