import pg from "pg";
import { env, expect, expectAccessible, test } from "../support/fixtures";

// When the read model cannot be reached, a page that is not in the cache cannot be rendered: the
// citizen gets the error page in the page's language (status 500), inside the portal's frame, with
// the way home and to report the problem. The outage is real: the test makes PostgreSQL refuse
// connections to the portal database and drops the app's open ones (the app is not told), then
// lets it in again. Nothing in the app can be asked to fail on purpose.

const url = env.portalDatabaseUrl;
if (!url) throw new Error("E2E_PORTAL_DATABASE_URL is not set: run the suite through `npm test`.");
const portal = new URL(url);
const datenbank = portal.pathname.slice(1);
// The local guard of every e2e test, for the database too.
if (!/^(localhost|127\.0\.0\.1)$/.test(portal.hostname))
  throw new Error(`refusing to take down the database at ${portal.hostname}`);

const admin = new pg.Client({
  connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString(),
});

async function datenbankWeg() {
  await admin.query(`alter database "${datenbank}" with allow_connections false`);
  await admin.query(
    "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [datenbank],
  );
}
async function datenbankDa() {
  await admin.query(`alter database "${datenbank}" with allow_connections true`);
}

// A query nobody has searched for yet, so the page is not in the cache and needs the database.
const neueSuche = () => `Ausfall${Date.now()}${Math.floor(Math.random() * 1e6)}`;

const erwartet = {
  de: {
    titel: "Diese Seite kann gerade nicht angezeigt werden",
    neuLaden: "Seite neu laden",
    startseite: "Zur Startseite",
    kontakt: "Zur Kontaktseite",
  },
  en: {
    titel: "This page cannot be shown right now",
    neuLaden: "Reload the page",
    startseite: "Go to the home page",
    kontakt: "Go to the contact page",
  },
} as const;

test.describe("the error page, with the portal database unreachable", () => {
  test.beforeAll(async () => {
    await admin.connect();
  });
  test.afterAll(async () => {
    await datenbankDa();
    await admin.end();
  });

  for (const lang of ["de", "en"] as const) {
    test(`/${lang}: in the page's language, with the way home and to report it`, async ({
      page,
    }) => {
      const e = erwartet[lang];
      const pfad = `/${lang}/suche?q=${neueSuche()}`;
      await datenbankWeg();
      try {
        const response = await page.goto(pfad);
        expect(response?.status()).toBe(500);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        const fehler = page.getByTestId("fehlerseite");
        await expect(fehler.getByRole("heading", { level: 1 })).toHaveText(e.titel);
        await expect(page).toHaveTitle(new RegExp(`^${e.titel}`));
        await expect(fehler.getByRole("link", { name: e.startseite })).toHaveAttribute(
          "href",
          `/${lang}`,
        );
        await expect(fehler.getByRole("link", { name: e.kontakt })).toHaveAttribute(
          "href",
          `/${lang}/kontakt`,
        );
        // The reference that finds the error in the server log.
        await expect(fehler.getByTestId("fehlerkennung")).toHaveText(/\S{4,}/);
        // The frame is intact: navigation and footer lead on.
        await expect(
          page.getByRole("navigation", { name: /Hauptnavigation|Main navigation/ }),
        ).toBeVisible();
        await expectAccessible(page);
        // Reloading asks for the same address, the query included.
        await fehler.getByRole("link", { name: e.neuLaden }).click();
        await expect(page).toHaveURL(new RegExp(`${pfad.replace(/[?]/g, "\\?")}$`));
        await expect(fehler.getByRole("heading", { level: 1 })).toHaveText(e.titel);
      } finally {
        await datenbankDa();
      }
      // Once the database is back, the same address works: the error page was not cached.
      const wieder = await page.goto(pfad);
      expect(wieder?.status()).toBe(200);
      await expect(page.getByTestId("keine-treffer")).toBeVisible();
    });
  }
});
