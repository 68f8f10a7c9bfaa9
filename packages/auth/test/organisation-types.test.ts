import { describe, expect, it } from "vitest";
import { einladungSchema, handelnFuerSchema, organisationGruendenSchema } from "../src/types.ts";

describe("organisation forms", () => {
  it("counts the name in code points, trims it, refuses empty and overlong names", () => {
    const emoji = "🦊".repeat(200);
    expect(organisationGruendenSchema.safeParse({ name: emoji, art: "verein" }).success).toBe(true);
    expect(organisationGruendenSchema.safeParse({ name: `${emoji}x`, art: "verein" }).success).toBe(
      false,
    );
    expect(organisationGruendenSchema.safeParse({ name: "   ", art: "verein" }).success).toBe(
      false,
    );
    expect(
      organisationGruendenSchema.parse({ name: "  A\u0308pfel e. V. ", art: "verein" }).name,
    ).toBe("Äpfel e. V.");
    expect(organisationGruendenSchema.safeParse({ name: "X", art: "gmbh" }).success).toBe(false);
    expect(
      organisationGruendenSchema.safeParse({
        name: "'; drop table organisation; --",
        art: "sonstige",
      }).success,
    ).toBe(true);
  });

  it("refuses control characters and bidirectional overrides in a name", () => {
    for (const name of ["Firma\u0000GmbH", "Firma\nGmbH", "\u202EHbmG amriF", "A\u2066B"]) {
      expect(organisationGruendenSchema.safeParse({ name, art: "sonstige" }).success).toBe(false);
    }
  });

  it("takes an invitation's address normalised, defaults the role, refuses a malformed id", () => {
    const id = "7f1c3a52-5f4e-4d2b-9a8e-0c4b2f6d1e3a";
    expect(einladungSchema.parse({ organisationId: id, email: " Zoë@Example.org " })).toEqual({
      organisationId: id,
      email: "zoë@example.org",
      rolle: "mitglied",
    });
    expect(einladungSchema.safeParse({ organisationId: "1 or 1=1", email: "a@b.de" }).success).toBe(
      false,
    );
    expect(einladungSchema.safeParse({ organisationId: id, email: "kein-at" }).success).toBe(false);
  });

  it("acts as oneself with an empty organisation", () => {
    expect(handelnFuerSchema.parse({ organisationId: "" })).toEqual({ organisationId: null });
  });
});
