import { MediumZuGrossError } from "@portal/cms-client/client";
import type { Database } from "@portal/db/client";
import { createTestDatabase } from "@portal/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { mandant, verfahren } from "../src/schema.ts";
import {
  type Ablage,
  type Medienquelle,
  mandantenLogo,
  spiegleDateien,
  verfahrensDokument,
} from "../src/services/dokumente.ts";
import { synchronisiereBeteiligung } from "../src/services/verfahren.ts";
import { cmsMandant, cmsMit, cmsVerfahren } from "./cms-attrappe.ts";

// The procedures' files are served by the portal from its own copies, so that they are there
// when the CMS is not (and the CMS need not be on the citizens' network).

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase(inject("adminUrl")));
});
afterAll(() => drop());

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function speicher(): Ablage & { dateien: Map<string, Uint8Array> } {
  const dateien = new Map<string, Uint8Array>();
  return {
    dateien,
    lade: async (k) => dateien.get(k) ?? null,
    speichere: async (k, b) => void dateien.set(k, b),
  };
}

/** The CMS's media library: files by path; `aus` takes it down. */
function medien(dateien: Record<string, Uint8Array>) {
  const zustand = { aus: false, abrufe: 0 };
  const quelle: Medienquelle = async (pfad, maxBytes) => {
    zustand.abrufe++;
    if (zustand.aus) throw new Error("CMS not reachable");
    const bytes = dateien[pfad];
    if (bytes && bytes.byteLength > maxBytes) throw new MediumZuGrossError(pfad);
    return bytes ?? null;
  };
  return { quelle, zustand };
}

beforeEach(async () => {
  await db.delete(verfahren);
  await db.delete(mandant);
  await synchronisiereBeteiligung(
    db,
    cmsMit({
      mandanten: [cmsMandant()],
      beteiligungsverfahren: [
        cmsVerfahren({
          dokumente: [
            { name: "entwurf.pdf", url: "/uploads/entwurf.pdf", size: 1, mime: "application/pdf" },
            { name: "falsch.pdf", url: "/uploads/falsch.pdf", size: 1, mime: "application/pdf" },
            { name: "s3.pdf", url: "https://s3.example/x.pdf", size: 1, mime: "application/pdf" },
          ],
        }),
      ],
    }),
  );
});

const SLUG = "radverkehrskonzept-dresden-2035";

describe("the procedures' files", () => {
  it("copies a document when first asked for and serves the copy when the CMS is down", async () => {
    const ablage = speicher();
    const { quelle, zustand } = medien({ "/uploads/entwurf.pdf": PDF });
    const erstes = await verfahrensDokument(db, { ablage, quelle }, { slug: SLUG, nr: 0 });
    expect(erstes).toEqual({
      ok: true,
      datei: { bytes: PDF, mime: "application/pdf", name: "entwurf.pdf" },
    });
    zustand.aus = true;
    expect(await verfahrensDokument(db, { ablage, quelle }, { slug: SLUG, nr: 0 })).toMatchObject({
      ok: true,
      datei: { name: "entwurf.pdf" },
    });
    expect(zustand.abrufe).toBe(1);
    // Not copied yet and the CMS down: the page says so (503), nothing else.
    expect(
      await verfahrensDokument(db, { ablage: speicher(), quelle }, { slug: SLUG, nr: 0 }),
    ).toEqual({
      ok: false,
      fehler: "nicht-erreichbar",
    });
  });

  it("serves only PDFs as documents, and only what the procedure lists", async () => {
    const { quelle } = medien({ "/uploads/falsch.pdf": new TextEncoder().encode("<html>") });
    const q = { ablage: speicher(), quelle };
    expect(await verfahrensDokument(db, q, { slug: SLUG, nr: 1 })).toEqual({
      ok: false,
      fehler: "ungueltig",
    });
    expect(q.ablage.dateien.size).toBe(0);
    expect(await verfahrensDokument(db, q, { slug: SLUG, nr: 9 })).toEqual({
      ok: false,
      fehler: "unbekannt",
    });
    expect(await verfahrensDokument(db, q, { slug: SLUG, nr: -1 })).toEqual({
      ok: false,
      fehler: "unbekannt",
    });
    expect(await verfahrensDokument(db, q, { slug: "gibt-es-nicht", nr: 0 })).toEqual({
      ok: false,
      fehler: "unbekannt",
    });
    // A file of an object store is public already: the page links to it.
    expect(await verfahrensDokument(db, q, { slug: SLUG, nr: 2 })).toEqual({
      ok: true,
      weiter: "https://s3.example/x.pdf",
    });
  });

  it("refuses a file larger than the limit", async () => {
    const riesig = new Uint8Array(50 * 1024 * 1024 + 1);
    riesig.set(PDF);
    const { quelle } = medien({ "/uploads/entwurf.pdf": riesig });
    expect(
      await verfahrensDokument(db, { ablage: speicher(), quelle }, { slug: SLUG, nr: 0 }),
    ).toEqual({
      ok: false,
      fehler: "ungueltig",
    });
  });

  it("serves the municipality's logo as an image, never anything else", async () => {
    const ablage = speicher();
    expect(
      await mandantenLogo(
        db,
        { ablage, quelle: medien({ "/uploads/logo_dresden.png": PNG }).quelle },
        { slug: SLUG },
      ),
    ).toMatchObject({ ok: true, datei: { mime: "image/png" } });
    const svg = new TextEncoder().encode("<svg onload=alert(1)>");
    expect(
      await mandantenLogo(
        db,
        { ablage: speicher(), quelle: medien({ "/uploads/logo_dresden.png": svg }).quelle },
        { slug: SLUG },
      ),
    ).toEqual({ ok: false, fehler: "ungueltig" });
  });

  it("copies everything after a sync and counts what it could not", async () => {
    const ablage = speicher();
    const { quelle } = medien({ "/uploads/entwurf.pdf": PDF, "/uploads/logo_dresden.png": PNG });
    // entwurf.pdf and the logo copied, s3.pdf linked; falsch.pdf is not in the library.
    expect(await spiegleDateien(db, { ablage, quelle })).toEqual({ kopiert: 3, fehlgeschlagen: 1 });
    expect(ablage.dateien.size).toBe(2);
  });
});
