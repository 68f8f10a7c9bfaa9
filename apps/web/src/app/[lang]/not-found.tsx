import { Suchformular } from "@/components/suchformular";
import { nichtGefundenTexte } from "@/i18n/nicht-gefunden";

/**
 * A helpful 404: what happened, a search, and the way home. Next renders not-found without route
 * params, so the page speaks German and says the same in English.
 */
export default function NotFound() {
  const de = nichtGefundenTexte("de");
  const en = nichtGefundenTexte("en");
  return (
    <div className="portal-stack" data-testid="nicht-gefunden">
      <h1 className="kern-heading-x-large">
        {de.title} <span lang="en">/ {en.title}</span>
      </h1>
      <p className="kern-body">{de.text}</p>
      <p className="kern-body" lang="en">
        {en.text}
      </p>
      <Suchformular lang="de" id="suche-404" />
      <p className="kern-body">
        <a className="kern-link" href="/de">
          {de.home}
        </a>{" "}
        ·{" "}
        <a className="kern-link" href="/en" lang="en">
          {en.home}
        </a>
      </p>
    </div>
  );
}
