// A scripted browser for tests: walks an authorization request through the simulator's screens
// with plain fetch (cookies kept by hand), as a citizen without JavaScript would.

export type Durchlauf = {
  /** The address the simulator finally sent the browser to (the client's redirect URI). */
  rueckkehr: URL;
  /** The HTML of the screens seen on the way, in order (for assertions on what they show). */
  seiten: string[];
};

class Browser {
  #cookies = new Map<string, string>();

  async hole(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0) {
      headers.set("cookie", [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const zeile of res.headers.getSetCookie()) {
      const [paar] = zeile.split(";");
      const gleich = paar?.indexOf("=") ?? -1;
      if (!paar || gleich < 1) continue;
      const name = paar.slice(0, gleich).trim();
      const wert = paar.slice(gleich + 1).trim();
      if (wert === "" || /max-age=0|expires=thu, 01 jan 1970/iu.test(zeile))
        this.#cookies.delete(name);
      else this.#cookies.set(name, wert);
    }
    return res;
  }
}

/**
 * Follows an authorization URL through the simulator: chooses `identitaet` on the login screen,
 * then agrees or declines on the consent screen (`entscheidung`), or cancels on the login screen
 * (`"abbrechen"`). Returns where the simulator sent the browser back to.
 */
export async function durchlaufeSimulator(
  autorisierung: string | URL,
  {
    identitaet = "erika",
    entscheidung = "zustimmen",
  }: { identitaet?: string; entscheidung?: "zustimmen" | "ablehnen" | "abbrechen" } = {},
): Promise<Durchlauf> {
  const browser = new Browser();
  const start = new URL(autorisierung);
  const seiten: string[] = [];
  let url = start.href;
  let init: RequestInit = {};
  for (let schritt = 0; schritt < 12; schritt++) {
    const res = await browser.hole(url, init);
    init = {};
    const ziel = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && ziel) {
      const weiter = new URL(ziel, url);
      if (weiter.origin !== start.origin) return { rueckkehr: weiter, seiten };
      url = weiter.href;
      continue;
    }
    const html = await res.text();
    seiten.push(html);
    if (res.status !== 200)
      throw new Error(`simulator answered ${res.status}: ${html.slice(0, 500)}`);
    const aktion = /<form method="post" action="([^"]+)"/u.exec(html)?.[1];
    if (!aktion) throw new Error("no form on the simulator's page");
    const form = new URLSearchParams({ identitaet });
    if (aktion.endsWith("/auswahl")) {
      if (entscheidung === "abbrechen") form.set("entscheidung", "ablehnen");
    } else {
      form.set("entscheidung", entscheidung === "zustimmen" ? "zustimmen" : "ablehnen");
    }
    url = new URL(aktion.replaceAll("&amp;", "&"), url).href;
    init = {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    };
  }
  throw new Error("too many steps through the simulator");
}
