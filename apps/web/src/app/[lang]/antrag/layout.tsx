import type { ReactNode } from "react";

// The form runner reads the session or a draft's cookie: rendered per request, never cached.
export const dynamic = "force-dynamic";

export default function AntragLayout({ children }: { children: ReactNode }) {
  return children;
}
