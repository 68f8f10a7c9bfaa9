import type { Metadata } from "next";
import type { ReactNode } from "react";

// The staff area reads the staff session cookie on every request: rendered per request, never
// cached (force-dynamic also makes Next send `Cache-Control: private, no-cache, no-store`), and
// kept out of search engines (every page inherits the robots metadata).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function VerwaltungLayout({ children }: { children: ReactNode }) {
  return children;
}
