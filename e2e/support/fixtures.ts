import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA as axe knows it (BITV 2.0 / EN 301 549 build on WCAG 2.1 AA). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is now and fails with the list of violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export { e2eEnv as env } from "../env";

/**
 * Makes the page send from an address of its own (or from `address`), so that each test has the
 * per-address rate limits to itself however often the suite runs against one stack (the counters
 * live in its database). The stack has no proxy in front of the web app, so the address the
 * browser names in X-Forwarded-For is taken as the client's — the test plays the trusted proxy.
 * Random in the IPv6 documentation prefix, varied within the first 64 bits (a /64 is one client).
 */
export async function alsEigenerAbsender(page: Page, address?: string): Promise<string> {
  const group = () => Math.floor(Math.random() * 0x10000).toString(16);
  const absender = address ?? `2001:db8:${group()}:${group()}::1`;
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": absender });
  return absender;
}

type Fixtures = {
  /** A visitor whose every page load is checked with axe. */
  citizen: Page;
  /** A visitor without JavaScript. */
  citizenWithoutJs: Page;
};

export const test = base.extend<Fixtures>({
  citizen: async ({ page }, use) => {
    await use(page);
  },
  citizenWithoutJs: async ({ browser }, use) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export { expect };
