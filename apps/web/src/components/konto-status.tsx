"use client";

import { useSyncExternalStore } from "react";

/**
 * The header's link to the Servicekonto, labelled by the signed-in state. Cached pages are the
 * same for every visitor, so the state comes from a script-readable hint cookie (set and removed
 * with the session): without JavaScript, or before hydration, the link reads "Servicekonto" and
 * leads to the same place, where the server knows for sure.
 */
export function KontoStatus({
  href,
  cookie,
  abgemeldet,
  angemeldet,
}: {
  href: string;
  /** The hint cookie's name (ANGEMELDET_HINWEIS from @portal/auth/types). */
  cookie: string;
  abgemeldet: string;
  angemeldet: string;
}) {
  const istAngemeldet = useSyncExternalStore(
    nieAendern,
    () => document.cookie.split("; ").some((c) => c === `${cookie}=1`),
    () => false,
  );
  return (
    <a className="kern-link kern-link--no-visited-state" href={href}>
      {istAngemeldet ? angemeldet : abgemeldet}
    </a>
  );
}

// Cookies change only by navigation (a sign-in or sign-out ends in a redirect and a new page).
const nieAendern = () => () => {};
