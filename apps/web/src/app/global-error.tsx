"use client";

import "@portal/ui/styles.css";
import "./portal.css";
import { useEffect } from "react";
import { FehlerInhalt } from "@/components/fehlerseite";
import { de } from "@/i18n/fehler/de";
import { en } from "@/i18n/fehler/en";

/**
 * The last resort, when even the page frame (the [lang] layout) fails: Next renders this instead
 * of the whole document, without route params, so it cannot know the page's language and speaks
 * both, German first. The only client module that ships both languages, and only these strings.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <html lang="de">
      <body>
        <title>{`${de.title} / ${en.title}`}</title>
        <main className="portal-container portal-main portal-stack" data-testid="fehlerseite">
          <h1 className="kern-heading-x-large">
            {de.title} <span lang="en">/ {en.title}</span>
          </h1>
          <FehlerInhalt lang="de" texte={de} digest={error.digest} ueberschrift={false} />
          <section aria-labelledby="fehler-en" className="portal-section" lang="en">
            <h2 id="fehler-en" className="kern-heading-large">
              {en.title}
            </h2>
            <FehlerInhalt
              lang="en"
              texte={en}
              digest={error.digest}
              ueberschrift={false}
              meldenLevel={3}
            />
          </section>
        </main>
      </body>
    </html>
  );
}
