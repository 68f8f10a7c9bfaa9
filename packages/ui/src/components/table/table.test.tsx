import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { Table } from "./index";
import { tableExamples } from "./table.examples";

testExamples("Table", Table, tableExamples);

const columns = [
  { key: "leistung", header: "Leistung" },
  { key: "gebuehr", header: "Gebühr", numeric: true },
] as const;
const rows = [{ leistung: "Personalausweis", gebuehr: "37,00 €" }];

describe("Table", () => {
  it("names the table with its caption and scopes the headers", () => {
    const document = render(
      <Table caption="Gebühren" columns={[...columns]} rows={rows} rowHeader="leistung" />,
    );
    const table = document.querySelector("table");
    expect(table?.querySelector("caption")?.textContent).toBe("Gebühren");
    expect(
      [...(table?.querySelectorAll("thead th") ?? [])].map((th) => th.getAttribute("scope")),
    ).toEqual(["col", "col"]);
    const rowHeader = table?.querySelector("tbody th");
    expect(rowHeader?.getAttribute("scope")).toBe("row");
    expect(rowHeader?.textContent).toBe("Personalausweis");
    expect(table?.querySelector("tbody td")?.classList).toContain("kern-table__cell--numeric");
  });

  it("makes the scroll container a focusable region named by the caption when it has an id", () => {
    const document = render(
      <Table id="gebuehren" caption="Gebühren" columns={[...columns]} rows={rows} />,
    );
    const wrapper = document.querySelector(".kern-table-responsive");
    expect(wrapper?.tagName).toBe("SECTION");
    expect(wrapper?.getAttribute("tabindex")).toBe("0");
    expect(document.getElementById(wrapper?.getAttribute("aria-labelledby") ?? "")?.tagName).toBe(
      "CAPTION",
    );
  });

  it("renders a footer row", () => {
    const document = render(
      <Table
        caption="c"
        columns={[...columns]}
        rows={rows}
        footer={{ leistung: "Summe", gebuehr: "37,00 €" }}
      />,
    );
    expect(document.querySelector("tfoot")?.textContent).toBe("Summe37,00 €");
  });
});
