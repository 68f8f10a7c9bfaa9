import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "../src/services/client.ts";

describe("clientAddress", () => {
  it("trusts only the entries our proxies appended, counted from the right", () => {
    expect(clientAddress("198.51.100.9", 1)).toBe("198.51.100.9");
    // A forged entry in front of the one our proxy appended is ignored.
    expect(clientAddress("6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddress("6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
    // Fewer entries than proxies: the leftmost is the best we have.
    expect(clientAddress("198.51.100.9", 3)).toBe("198.51.100.9");
    expect(clientAddress(" , ", 1)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
  });
});

describe("normalizeAddress", () => {
  it("reduces an address to one client", () => {
    expect(normalizeAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normalizeAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("2001:DB8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("[2001:db8:1:2::1]:443")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normalizeAddress("::1")).toBe("0:0:0:0::/64");
    expect(normalizeAddress("nicht-eine-adresse")).toBe("other:nicht-eine-adresse");
    expect(normalizeAddress(null)).toBe("unknown");
  });
});
