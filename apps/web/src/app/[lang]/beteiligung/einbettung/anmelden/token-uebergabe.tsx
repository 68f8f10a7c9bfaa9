"use client";

import { useEffect, useState } from "react";

/** The message type the widget waits for (@portal/widgets/types TOKEN_NACHRICHT). */
const TOKEN_NACHRICHT = "beteiligung-token";

/**
 * Hands the token to the widget's window that opened this popup, and only to the page of
 * `origin` (postMessage's target origin: any other page in that window gets nothing), then
 * closes the popup. Opened some other way (no opener), it says so.
 */
export function TokenUebergabe({
  token,
  origin,
  texte,
}: {
  token: string;
  origin: string;
  texte: { uebertragen: string; keinFenster: string; schliessen: string };
}) {
  const [ohneFenster, setOhneFenster] = useState(false);
  useEffect(() => {
    const opener = window.opener as Window | null;
    if (!opener) {
      setOhneFenster(true);
      return;
    }
    opener.postMessage({ type: TOKEN_NACHRICHT, token }, origin);
    const uhr = setTimeout(() => window.close(), 400);
    return () => clearTimeout(uhr);
  }, [token, origin]);
  return (
    <div className="portal-stack">
      <p className="kern-body" role="status" data-testid="token-status">
        {ohneFenster ? texte.keinFenster : texte.uebertragen}
      </p>
      <p>
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => window.close()}
        >
          <span className="kern-label">{texte.schliessen}</span>
        </button>
      </p>
    </div>
  );
}
