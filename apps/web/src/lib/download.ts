// Headers of file downloads.

/**
 * Content-Disposition per RFC 6266 § 4.3 / RFC 8187: an ASCII fallback `filename` (non-ASCII
 * and quotes replaced) and the exact name UTF-8-encoded in `filename*`.
 */
export function contentDisposition(dateiname: string): string {
  const ascii =
    dateiname
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\x20-\x7e]|["\\%]/g, "_") || "anhang";
  const kodiert = encodeURIComponent(dateiname).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${kodiert}`;
}
