"use client";

import { Fehlerseite } from "@/components/fehlerseite";

/**
 * Errors while rendering a page below /de or /en (e.g. the read model is unreachable): the error
 * page in the page's language, inside the portal's header and footer.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return <Fehlerseite error={error} />;
}
