import type { ReactNode } from "react";

// The participation pages read contributions, the session, a token or the visitor's cookie from
// each request: rendered per request, never cached (the catalogue pages around them are).
export const dynamic = "force-dynamic";

export default function BeteiligungLayout({ children }: { children: ReactNode }) {
  return children;
}
