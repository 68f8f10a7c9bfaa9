import { describe, expect, it } from "vitest";
import { contentDisposition } from "./download";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 6266)", () => {
    expect(contentDisposition("Bescheid.pdf")).toBe(
      `attachment; filename="Bescheid.pdf"; filename*=UTF-8''Bescheid.pdf`,
    );
    expect(contentDisposition('Grüße "2025" (1).pdf')).toBe(
      `attachment; filename="Gru_e _2025_ (1).pdf"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%222025%22%20%281%29.pdf`,
    );
    expect(contentDisposition("日本.txt")).toMatch(
      /^attachment; filename="__\.txt"; filename\*=UTF-8''%E6%97%A5/,
    );
  });
});
