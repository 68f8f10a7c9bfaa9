import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The boundaries of ARCHITECTURE.md ("Domain packages") are enforced by Biome (biome.json). These
// tests lint probe files placed where real code lives and check that each rule fires there.

const root = fileURLToPath(new URL("../../..", import.meta.url));

function lint(where: string, source: string): string {
  const dir = join(root, where, `lint-probe-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, "probe.tsx"), source);
    const result = spawnSync(
      join(root, "node_modules/.bin/biome"),
      ["lint", "--max-diagnostics=50", dir],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    return `${result.stdout}${result.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("biome.json", () => {
  it("refuses a page that imports a domain's queries or sources", () => {
    const out = lint(
      "apps/web/src/app/[lang]",
      [
        'import { findLeistungBySlug } from "@portal/db/queries/leistungen";',
        'import { searchLeistungen } from "@portal/katalog/src/queries/leistungen";',
        "export const x = [findLeistungBySlug, searchLeistungen];",
      ].join("\n"),
    );
    expect(out.match(/lint\/style\/noRestrictedImports/g)).toHaveLength(2);
  });

  it("lets a page use a domain's public entry points", () => {
    const out = lint(
      "apps/web/src/app/[lang]",
      'import { sucheLeistungen } from "@portal/katalog/server";\nexport const x = sucheLeistungen;\n',
    );
    expect(out).not.toContain("noRestrictedImports");
  });

  it("refuses a design-system component that imports a domain package", () => {
    const out = lint(
      "packages/ui/src/components",
      'import { getDb } from "@portal/db/client";\nimport { katalogTags } from "@portal/katalog/server";\nexport const x = [getDb, katalogTags];\n',
    );
    expect(out.match(/lint\/style\/noRestrictedImports/g)).toHaveLength(2);
  });

  it("refuses process.env outside an env.ts", () => {
    expect(lint("packages/katalog/src", "export const x = process.env.DATABASE_URL;\n")).toContain(
      "lint/style/noProcessEnv",
    );
    expect(lint("apps/web/src/lib", "export const x = process.env.CMS_URL;\n")).toContain(
      "lint/style/noProcessEnv",
    );
    // The development stack too: it reads its settings in tooling/stack/src/env.ts.
    expect(lint("tooling/stack/src", "export const x = process.env.PORT;\n")).toContain(
      "lint/style/noProcessEnv",
    );
  });
});
