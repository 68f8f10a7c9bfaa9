import { describe, expect, it } from "vitest";
import { istOeffentlicheAdresse } from "../src/services/webhooks.ts";

// Which addresses a webhook may reach (server-side request forgery): a table per range, its
// first and last address and some in between, and public neighbours just outside.

const nichtOeffentlich: Record<string, string[]> = {
  "0.0.0.0/8 this network": ["0.0.0.0", "0.1.2.3", "0.255.255.255"],
  "10.0.0.0/8 private": ["10.0.0.0", "10.0.0.1", "10.123.45.67", "10.255.255.255"],
  "100.64.0.0/10 CGNAT": ["100.64.0.0", "100.64.0.1", "100.100.100.200", "100.127.255.255"],
  "127.0.0.0/8 loopback": ["127.0.0.1", "127.0.0.0", "127.1.2.3", "127.255.255.255"],
  "169.254.0.0/16 link-local, cloud metadata": [
    "169.254.169.254",
    "169.254.0.0",
    "169.254.170.2",
    "169.254.255.255",
  ],
  "172.16.0.0/12 private": ["172.16.0.0", "172.16.0.1", "172.20.10.5", "172.31.255.255"],
  "192.0.0.0/24 IETF protocol assignments": ["192.0.0.0", "192.0.0.8", "192.0.0.255"],
  "192.0.2.0/24 documentation": ["192.0.2.1"],
  "192.168.0.0/16 private": ["192.168.0.0", "192.168.0.1", "192.168.178.1", "192.168.255.255"],
  "198.18.0.0/15 benchmarking": ["198.18.0.0", "198.18.5.5", "198.19.255.255"],
  "224.0.0.0/4 multicast": ["224.0.0.0", "224.0.0.251", "239.255.255.250", "239.255.255.255"],
  "240.0.0.0/4 reserved": ["240.0.0.0", "250.1.2.3", "255.255.255.254"],
  "255.255.255.255 broadcast": ["255.255.255.255"],
  ":: unspecified": ["::", "0:0:0:0:0:0:0:0"],
  "::1 loopback": ["::1", "0:0:0:0:0:0:0:1", "0000:0000:0000:0000:0000:0000:0000:0001"],
  "fc00::/7 unique local": [
    "fc00::",
    "fc00::1",
    "fd00::1",
    "fd12:3456:789a:1::1",
    "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  ],
  "fe80::/10 link-local": [
    "fe80::",
    "fe80::1",
    "fe80::1ff:fe23:4567:890a",
    "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  ],
  "ff00::/8 multicast": [
    "ff00::",
    "ff02::1",
    "ff05::1:3",
    "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  ],
  "::ffff:0:0/96 IPv4-mapped, checked as IPv4": [
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:a9fe:a9fe",
    "::ffff:192.168.1.1",
    "0:0:0:0:0:ffff:100.64.0.1",
    "::ffff:0.0.0.0",
  ],
  "64:ff9b::/96 NAT64": ["64:ff9b::", "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b::8.8.8.8"],
  "outside 2000::/3 (not global unicast)": [
    "::127.0.0.1",
    "100::1",
    "fec0::1",
    "1fff:ffff::1",
    "4000::1",
  ],
  "2001:db8::/32 documentation": ["2001:db8::1", "2001:0db8:85a3::8a2e:370:7334"],
  "not an address (fail closed)": [
    "",
    "localhost",
    "fv.example.de",
    "127.1",
    "0x7f.0.0.1",
    "2130706433",
    "010.0.0.1",
    "256.1.1.1",
    "1.2.3",
    "1.2.3.4.5",
    "[::1]",
    "fe80::1%eth0",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "::ffff:127.0.0.256",
    "12345::1",
    "g::1",
  ],
};

const oeffentlich = [
  "8.8.8.8",
  "1.1.1.1",
  "9.255.255.255", // just below 10/8
  "11.0.0.0", // just above
  "100.63.255.255", // below 100.64/10
  "100.128.0.0", // above
  "126.255.255.255",
  "128.0.0.0",
  "169.253.255.255",
  "169.255.0.0",
  "172.15.255.255",
  "172.32.0.0",
  "192.0.1.0",
  "192.167.255.255",
  "192.169.0.0",
  "198.17.255.255",
  "198.20.0.0",
  "223.255.255.255",
  "193.99.144.80",
  "2001:4860:4860::8888",
  "2001:4860:4860:0:0:0:0:8888",
  "2a00:1450:4001:82b::200e",
  "2606:4700:4700::1111",
  "2003::1",
  "3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  "::ffff:8.8.8.8",
  "::ffff:808:808",
  "2001:db9::1", // just outside the documentation prefix
];

describe("istOeffentlicheAdresse", () => {
  for (const [bereich, adressen] of Object.entries(nichtOeffentlich)) {
    it(`refuses ${bereich}`, () => {
      for (const ip of adressen) expect(istOeffentlicheAdresse(ip), ip).toBe(false);
    });
  }

  it("allows public IPv4 and IPv6 addresses, also right next to the ranges", () => {
    for (const ip of oeffentlich) expect(istOeffentlicheAdresse(ip), ip).toBe(true);
  });

  it("ignores the case of hex digits", () => {
    expect(istOeffentlicheAdresse("FE80::1")).toBe(false);
    expect(istOeffentlicheAdresse("::FFFF:7F00:1")).toBe(false);
    expect(istOeffentlicheAdresse("2001:4860:4860::8888".toUpperCase())).toBe(true);
  });
});
