import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { addressExamples } from "./address.examples";
import { Address, telHref } from "./index";

testExamples("Address", Address, addressExamples);

function lineTexts(document: Document): string[] {
  // Each <br> ends a line; compare what a reader sees line by line.
  const html = document.querySelector("address")?.innerHTML ?? "";
  return html.split("<br>").map((line) => line.replace(/<[^>]+>/g, "").trim());
}

describe("Address", () => {
  it("renders the address lines in DIN 5008 order inside <address>", () => {
    const document = render(
      <Address
        address={{
          name: "Landeshauptstadt Dresden",
          department: "Bürgerbüro",
          street: "Theaterstraße",
          houseNumber: "11",
          postalCode: "01067",
          city: "Dresden",
        }}
      />,
    );
    expect(lineTexts(document)).toEqual([
      "Landeshauptstadt Dresden",
      "Bürgerbüro",
      "Theaterstraße 11",
      "01067 Dresden",
    ]);
  });

  it("uses the post office box instead of the street", () => {
    const document = render(
      <Address
        address={{ street: "X", postOfficeBox: "10 09 10", postalCode: "01079", city: "Dresden" }}
      />,
    );
    expect(lineTexts(document)).toEqual(["Postfach 10 09 10", "01079 Dresden"]);
  });

  it("keeps the city line when the postal code is unknown, and drops an empty one", () => {
    expect(lineTexts(render(<Address address={{ street: "Markt 1", city: "Pirna" }} />))).toEqual([
      "Markt 1",
      "Pirna",
    ]);
    expect(lineTexts(render(<Address address={{ postOfficeBox: "12 34" }} />))).toEqual([
      "Postfach 12 34",
    ]);
  });

  it("links phone and e-mail", () => {
    const document = render(
      <Address
        address={{ postalCode: "01067", city: "Dresden" }}
        contact={{ phone: "0351 488-0", email: "a@dresden.de" }}
      />,
    );
    expect(document.querySelector('a[href="tel:03514880"]')?.textContent).toBe("0351 488-0");
    expect(document.querySelector('a[href="mailto:a@dresden.de"]')).not.toBeNull();
    expect(lineTexts(document)).toContain("Telefon: 0351 488-0");
  });

  it("takes English labels", () => {
    const document = render(
      <Address
        address={{ postalCode: "1", city: "c" }}
        contact={{ phone: "1" }}
        labels={{ phone: "Phone" }}
      />,
    );
    expect(lineTexts(document)).toContain("Phone: 1");
  });
});

describe("telHref", () => {
  it("keeps the international prefix and digits only", () => {
    expect(telHref("+49 351 564-0")).toBe("tel:+493515640");
    expect(telHref("0351 / 488 0")).toBe("tel:03514880");
  });
});
