import {
  TOKEN_NACHRICHT,
  type WidgetBeitrag,
  type WidgetEingabe,
  type WidgetEingang,
  type WidgetFehler,
  type WidgetPhase,
  type WidgetVerfahren,
  type WidgetVerfahrensliste,
} from "../types.ts";
import { STIL } from "./stil.ts";
import { type Sprache, TEXTE, type Texte } from "./texte.ts";

// The embed script /embed/v1.js (bundled into one IIFE: it leaves no global behind but the two
// custom elements). A municipality's page carries
//
//   <a href="https://<portal>/de/beteiligung/<slug>">…</a>
//   <script src="https://<portal>/embed/v1.js" data-verfahren="<slug>" async></script>
//
// (or data-mandant="<AGS>" for the list of its procedures). The script puts its element after
// itself; once the element has rendered, the fallback link goes. When the portal refuses the
// page (not on the municipality's list of embedding domains) or cannot be reached, the element
// goes and the link stays. Everything from the server is set as text (textContent / append of
// strings), never as markup, and links only ever point at the portal.

const VERFAHREN = "beteiligung-verfahren";
const LISTE = "beteiligung-verfahrensliste";

type Kind = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes (inert). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attribute: Record<string, string | boolean | undefined> = {},
  ...kinder: Kind[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, wert] of Object.entries(attribute)) {
    if (wert === undefined || wert === false) continue;
    el.setAttribute(name, wert === true ? "" : wert);
  }
  for (const kind of kinder) if (kind) el.append(kind);
  return el;
}

abstract class Widget extends HTMLElement {
  protected wurzel: ShadowRoot;
  protected sprache: Sprache = "de";
  protected t: Texte = TEXTE.de;
  protected portal = "";
  private abbruch: AbortController | null = null;
  /** Told once whether the widget rendered (the script then removes the fallback link). */
  beiErgebnis: ((ok: boolean) => void) | null = null;

  constructor() {
    super();
    // Open, so that assistive technology and test tools (axe) see inside; the host page's
    // styles do not reach in either way.
    this.wurzel = this.attachShadow({ mode: "open" });
  }

  connectedCallback() {
    if (this.abbruch) return;
    this.portal = this.getAttribute("portal") ?? "";
    this.sprache = this.getAttribute("sprache") === "en" ? "en" : "de";
    this.t = TEXTE[this.sprache];
    this.abbruch = new AbortController();
    const signal = this.abbruch.signal;
    this.lade(signal).then(
      (ok) => !signal.aborted && this.beiErgebnis?.(ok),
      () => !signal.aborted && this.beiErgebnis?.(false),
    );
  }

  disconnectedCallback() {
    this.abbruch?.abort();
    this.abbruch = null;
  }

  protected abstract lade(signal: AbortSignal): Promise<boolean>;

  /** A JSON read of the portal's widget API without cookies; null on any refusal or failure. */
  protected async holeJson<T>(pfad: string, signal?: AbortSignal): Promise<T | null> {
    try {
      const antwort = await fetch(`${this.portal}${pfad}`, {
        credentials: "omit",
        mode: "cors",
        signal,
        headers: { Accept: "application/json" },
      });
      return antwort.ok ? ((await antwort.json()) as T) : null;
    } catch {
      return null;
    }
  }

  /** A link to the portal: only ever to the portal's origin, whatever the data says. */
  protected portalLink(url: string, text: string): HTMLAnchorElement {
    let ziel = `${this.portal}/${this.sprache}/beteiligung`;
    try {
      if (new URL(url, this.portal).origin === this.portal) ziel = new URL(url, this.portal).href;
    } catch {}
    // In the frame variant (a portal page in the municipality's iframe) links leave the frame.
    const imRahmen = location.origin === this.portal && window.top !== window.self;
    return h("a", { href: ziel, target: imRahmen ? "_top" : undefined }, text);
  }

  /** The heading level of the widget's title (data-ebene, 2–5; default 2) plus `tiefer`. */
  protected ueberschrift(tiefer: number, attribute: Record<string, string>, ...kinder: Kind[]) {
    const n = Number(this.getAttribute("ebene"));
    const ebene = (n >= 2 && n <= 5 ? n : 2) + tiefer;
    return h(`h${ebene}` as "h2", attribute, ...kinder);
  }

  protected datum(iso: string, minusMs = 0): string {
    return new Intl.DateTimeFormat(this.sprache === "de" ? "de-DE" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/Berlin",
    }).format(new Date(new Date(iso).getTime() - minusMs));
  }

  /** "Aktuelle Phase: Online-Dialog, 1. November 2026 bis 30. Juni 2027" (the end is exclusive). */
  protected phase(p: WidgetPhase | null): HTMLElement | null {
    if (!p) return null;
    return h(
      "p",
      {},
      h("strong", {}, `${p.offen ? this.t.aktuellePhase : this.t.naechstePhase}: `),
      `${p.titel}, ${this.datum(p.beginn)} ${this.t.bis} ${this.datum(p.ende, 1)}`,
    );
  }

  protected zeige(...inhalt: Kind[]) {
    this.wurzel.replaceChildren(
      h("style", {}, STIL),
      h("div", { class: "w", lang: this.sprache }, ...inhalt),
    );
  }
}

/** One procedure: card, phase, latest contributions, the comment form, a link to the portal. */
class VerfahrenWidget extends Widget {
  private daten: WidgetVerfahren | null = null;
  private token: string | null = null;
  private liste: HTMLElement | null = null;
  private formBereich: HTMLElement | null = null;
  private ergebnis: HTMLElement | null = null;
  private beendeAnmeldung: (() => void) | null = null;

  private get slug() {
    return this.getAttribute("verfahren") ?? "";
  }

  private get api() {
    return `/api/beteiligung/v1/verfahren/${encodeURIComponent(this.slug)}`;
  }

  protected async lade(signal: AbortSignal): Promise<boolean> {
    const d = await this.holeJson<WidgetVerfahren>(`${this.api}?sprache=${this.sprache}`, signal);
    if (!d || signal.aborted) return false;
    this.daten = d;
    const t = this.t;
    this.liste = this.beitragsliste(d.beitraege);
    this.ergebnis = h("div", { class: "r", role: "status" });
    this.formBereich = h("div");
    this.zeige(
      h(
        "article",
        { "aria-labelledby": "titel" },
        this.ueberschrift(0, { id: "titel", class: "h1" }, h("bdi", {}, d.titel)),
        h(
          "p",
          { class: "m" },
          h("bdi", {}, d.mandant),
          " · ",
          h(
            "span",
            { class: "s" },
            h("span", { class: "hp" }, `${t.statusLabel}: `),
            t.status[d.status],
          ),
        ),
        d.kurzbeschreibung ? h("p", { dir: "auto" }, d.kurzbeschreibung) : null,
        this.phase(d.phase),
        h(
          "section",
          { "aria-labelledby": "bt" },
          this.ueberschrift(1, { id: "bt", class: "h2" }, t.beitraege),
          this.liste,
        ),
        this.formBereich,
        this.ergebnis,
        h("p", { class: "fuss" }, this.portalLink(d.url, t.zumVerfahren)),
      ),
    );
    this.formular();
    return true;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.beendeAnmeldung?.();
  }

  private beitragsliste(beitraege: WidgetBeitrag[]): HTMLElement {
    if (beitraege.length === 0) return h("p", {}, this.t.keineBeitraege);
    return h(
      "ul",
      {},
      ...beitraege.map((b) =>
        h(
          "li",
          {},
          h(
            "p",
            { class: "m" },
            h("bdi", {}, b.name ?? this.t.anonym),
            ", ",
            h("time", { datetime: b.erstellt }, this.datum(b.erstellt)),
          ),
          h("p", { dir: "auto", style: "white-space:pre-line" }, b.text),
        ),
      ),
    );
  }

  private meldung(text: string, fehler: boolean) {
    if (!this.ergebnis) return;
    this.ergebnis.className = fehler ? "r x" : "r";
    this.ergebnis.textContent = text;
  }

  /** The form section: the form, or a sign-in button where the phase asks for an account. */
  private formular() {
    const d = this.daten;
    const bereich = this.formBereich;
    if (!d || !bereich) return;
    const t = this.t;
    const titel = this.ueberschrift(1, { id: "ft", class: "h2" }, t.formular);
    if (!d.formular) {
      bereich.replaceChildren(d.hinweis ? h("p", {}, d.hinweis[this.sprache]) : "");
      return;
    }
    const braucht = d.formular.identitaet;
    const nurKonto = braucht === "konto" || braucht === "eid";
    if (nurKonto && !this.token) {
      bereich.replaceChildren(
        h(
          "section",
          { "aria-labelledby": "ft" },
          titel,
          h("p", {}, t.anmeldenNoetig),
          this.anmeldeKnopf(t.anmelden),
        ),
      );
      return;
    }
    const feld = (
      name: string,
      label: string,
      steuer: HTMLInputElement | HTMLTextAreaElement,
      pflicht: boolean,
      hinweis?: string,
    ) => {
      steuer.id = name;
      steuer.name = name;
      if (pflicht) steuer.required = true;
      const beschreibung = [hinweis ? `${name}-h` : "", `${name}-f`].filter(Boolean).join(" ");
      steuer.setAttribute("aria-describedby", beschreibung);
      return h(
        "div",
        {},
        h("label", { for: name }, label, pflicht ? ` (${t.pflicht})` : ""),
        hinweis ? h("p", { class: "hinweis", id: `${name}-h` }, hinweis) : null,
        steuer,
        h("p", { class: "f", id: `${name}-f` }),
      );
    };
    const text = h("textarea", { maxlength: "5000", rows: "6" });
    const name = h("input", { type: "text", maxlength: "100", autocomplete: "name" });
    const mitEmail = braucht === "email" && !this.token;
    const email = mitEmail ? h("input", { type: "email", autocomplete: "email" }) : null;
    const webseite = h("input", { type: "text", tabindex: "-1", autocomplete: "off" });
    webseite.id = "webseite";
    webseite.name = "webseite";
    const senden = h("button", { type: "submit" }, t.senden);
    const form = h(
      "form",
      { novalidate: true, "aria-labelledby": "ft" },
      this.token ? h("p", {}, t.angemeldet) : null,
      feld("text", t.text, text, true),
      feld("name", t.name, name, false),
      email ? feld("email", t.email, email, true, t.emailHinweis) : null,
      h(
        "div",
        { class: "hp", "aria-hidden": "true" },
        h("label", { for: "webseite" }, t.webseite),
        webseite,
      ),
      senden,
    );
    let sendet = false;
    form.addEventListener("submit", async (ereignis) => {
      ereignis.preventDefault();
      if (sendet) return;
      sendet = true;
      senden.textContent = t.sendet;
      for (const s of [text, name, email]) {
        if (!s) continue;
        s.removeAttribute("aria-invalid");
        const f = form.querySelector(`#${s.id}-f`);
        if (f) f.textContent = "";
      }
      const eingabe: WidgetEingabe = {
        text: text.value,
        name: name.value,
        webseite: webseite.value,
        angezeigtUm: d.formular?.angezeigtUm,
        sprache: this.sprache,
      };
      if (email) eingabe.email = email.value;
      const koepfe: Record<string, string> = { "Content-Type": "application/json" };
      if (this.token) koepfe.Authorization = `Bearer ${this.token}`;
      let status = 0;
      let antwort: WidgetEingang | WidgetFehler | null = null;
      try {
        const r = await fetch(`${this.portal}${this.api}/beitraege`, {
          method: "POST",
          credentials: "omit",
          mode: "cors",
          headers: koepfe,
          body: JSON.stringify(eingabe),
        });
        status = r.status;
        antwort = await r.json();
      } catch {}
      sendet = false;
      senden.textContent = t.senden;
      if (!antwort?.meldung) {
        this.meldung(t.netzfehler, true);
        return;
      }
      if ("ok" in antwort && status < 300) {
        text.value = "";
        this.meldung(antwort.meldung[this.sprache], false);
        if (antwort.status === "veroeffentlicht") void this.aktualisiere();
        return;
      }
      const fehler = antwort as WidgetFehler;
      let erstes: HTMLElement | null = null;
      for (const s of [text, name, email]) {
        const m = s && fehler.felder?.[s.id];
        if (!s || !m) continue;
        s.setAttribute("aria-invalid", "true");
        const f = form.querySelector(`#${s.id}-f`);
        if (f) f.textContent = m[this.sprache];
        erstes ??= s;
      }
      const andere = Object.entries(fehler.felder ?? {})
        .filter(([k]) => !["text", "name", "email"].includes(k))
        .map(([, m]) => m[this.sprache]);
      this.meldung([fehler.meldung[this.sprache], ...andere].join(" "), true);
      if (fehler.fehler === "token") {
        this.token = null;
        this.formular();
      } else erstes?.focus();
    });
    bereich.replaceChildren(
      h(
        "section",
        { "aria-labelledby": "ft" },
        titel,
        form,
        mitEmail ? this.anmeldeKnopf(t.anmeldenStatt, true) : null,
      ),
    );
  }

  /** The latest contributions again (after a comment that is public at once). */
  private async aktualisiere() {
    const d = await this.holeJson<WidgetVerfahren>(`${this.api}?sprache=${this.sprache}`);
    if (!d || !this.liste) return;
    if (this.daten?.formular && d.formular)
      this.daten.formular.angezeigtUm = d.formular.angezeigtUm;
    const neu = this.beitragsliste(d.beitraege);
    this.liste.replaceWith(neu);
    this.liste = neu;
  }

  /**
   * Sign-in through a first-party popup on the portal (its own session cookie, never a
   * third-party one), which posts a short-lived token back to this window. Only a message from
   * the portal's origin and from that popup counts; the listener goes when the token came or the
   * popup was closed.
   */
  private anmeldeKnopf(text: string, nebenbei = false): HTMLButtonElement {
    const knopf = h("button", { type: "button", class: nebenbei ? "n" : undefined }, text);
    knopf.addEventListener("click", () => {
      this.beendeAnmeldung?.();
      const url = new URL(`${this.portal}/${this.sprache}/beteiligung/einbettung/anmelden`);
      url.searchParams.set("verfahren", this.slug);
      url.searchParams.set("origin", location.origin);
      const fenster = window.open(url.href, "beteiligung-anmeldung", "popup,width=560,height=720");
      if (!fenster) {
        this.meldung(this.t.popupBlockiert, true);
        return;
      }
      const empfang = (e: MessageEvent) => {
        if (e.origin !== this.portal || e.source !== fenster) return;
        const daten = e.data as { type?: unknown; token?: unknown } | null;
        if (daten?.type !== TOKEN_NACHRICHT || typeof daten.token !== "string") return;
        this.token = daten.token;
        ende();
        this.meldung("", false);
        this.formular();
        (this.wurzel.getElementById("text") as HTMLElement | null)?.focus();
      };
      const uhr = setInterval(() => fenster.closed && ende(), 500);
      const ende = () => {
        window.removeEventListener("message", empfang);
        clearInterval(uhr);
        this.beendeAnmeldung = null;
      };
      window.addEventListener("message", empfang);
      this.beendeAnmeldung = ende;
    });
    return knopf;
  }
}

/** The procedures of one municipality (data-mandant="<AGS>"). */
class ListenWidget extends Widget {
  protected async lade(signal: AbortSignal): Promise<boolean> {
    const ags = this.getAttribute("mandant") ?? "";
    const d = await this.holeJson<WidgetVerfahrensliste>(
      `/api/beteiligung/v1/mandanten/${encodeURIComponent(ags)}/verfahren?sprache=${this.sprache}`,
      signal,
    );
    if (!d || signal.aborted) return false;
    const t = this.t;
    this.zeige(
      h(
        "section",
        { "aria-labelledby": "titel" },
        this.ueberschrift(0, { id: "titel", class: "h1" }, `${t.liste}: `, h("bdi", {}, d.mandant)),
        d.verfahren.length === 0
          ? h("p", {}, t.keineVerfahren)
          : h(
              "ul",
              {},
              ...d.verfahren.map((v) =>
                h(
                  "li",
                  {},
                  this.ueberschrift(1, { class: "h2" }, this.portalLink(v.url, v.titel)),
                  h(
                    "p",
                    { class: "m" },
                    h(
                      "span",
                      { class: "s" },
                      h("span", { class: "hp" }, `${t.statusLabel}: `),
                      t.status[v.status],
                    ),
                  ),
                  v.kurzbeschreibung ? h("p", { dir: "auto" }, v.kurzbeschreibung) : null,
                  this.phase(v.phase),
                ),
              ),
            ),
        h("p", { class: "fuss" }, this.portalLink(`/${this.sprache}/beteiligung`, t.zumPortal)),
      ),
    );
    return true;
  }
}

function start() {
  const skript = document.currentScript;
  if (!(skript instanceof HTMLScriptElement) || !skript.src) return;
  if (!customElements.get(VERFAHREN)) customElements.define(VERFAHREN, VerfahrenWidget);
  if (!customElements.get(LISTE)) customElements.define(LISTE, ListenWidget);
  const { verfahren, mandant, sprache, ebene } = skript.dataset;
  if (!verfahren && !mandant) return;
  const angabe =
    sprache || skript.closest("[lang]")?.getAttribute("lang") || document.documentElement.lang;
  const el = document.createElement(verfahren ? VERFAHREN : LISTE) as Widget;
  el.setAttribute("portal", new URL(skript.src, location.href).origin);
  el.setAttribute("sprache", (angabe ?? "").toLowerCase().startsWith("en") ? "en" : "de");
  if (verfahren) el.setAttribute("verfahren", verfahren);
  else if (mandant) el.setAttribute("mandant", mandant);
  if (ebene) el.setAttribute("ebene", ebene);
  const ersatz = skript.previousElementSibling;
  el.hidden = true;
  el.beiErgebnis = (ok) => {
    if (!ok) return el.remove();
    el.hidden = false;
    if (ersatz instanceof HTMLAnchorElement) ersatz.remove();
  };
  skript.after(el);
}

start();
