import { describe, expect, it } from "vitest";
import { render, testExamples } from "../../test/page";
import { badgeExamples } from "./badge.examples";
import { Badge } from "./index";

testExamples("Badge", Badge, badgeExamples);

describe("Badge", () => {
  it("states the status in text next to a hidden icon", () => {
    const document = render(<Badge variant="success">Bewilligt</Badge>);
    const badge = document.querySelector(".kern-badge");
    expect(badge?.classList).toContain("kern-badge--success");
    expect(badge?.textContent).toBe("Bewilligt");
    expect(badge?.querySelector(".kern-icon")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("can drop the icon and be small", () => {
    const document = render(
      <Badge small icon={false}>
        Entwurf
      </Badge>,
    );
    expect(document.querySelector(".kern-icon")).toBeNull();
    expect(document.querySelector(".kern-badge")?.classList).toContain("kern-badge--small");
  });
});
