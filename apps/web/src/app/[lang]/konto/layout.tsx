import type { ReactNode } from "react";

// Account pages read the session cookie or a token from their address: rendered per request,
// never cached (the catalogue pages around them are).
export const dynamic = "force-dynamic";

export default function KontoLayout({ children }: { children: ReactNode }) {
  return children;
}
