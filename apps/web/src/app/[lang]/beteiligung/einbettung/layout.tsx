import type { ReactNode } from "react";

// The sign-in popup reads the session cookie, the snippet page the tenant's current domains:
// rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function EinbettungLayout({ children }: { children: ReactNode }) {
  return children;
}
