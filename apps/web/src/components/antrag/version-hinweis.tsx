import { migriereEntwurf } from "@portal/forms/server";
import { Alert } from "@portal/ui/alert";
import { Button } from "@portal/ui/button";
import { aktualisiereEntwurf } from "@/app/[lang]/antrag/actions";
import { antragTexte } from "@/i18n/antrag";
import type { Lang } from "@/i18n/sprache";
import type { Lauf } from "@/lib/antrag";

/**
 * A new version of the form was published while the draft was open: which answers are kept and
 * which the citizen must give again, named one by one, before the draft moves on (never deleted
 * silently). Nothing changes until the citizen continues.
 */
export function VersionHinweis({
  lang,
  lauf,
}: {
  lang: Lang;
  lauf: Lauf & { neuere: NonNullable<Lauf["neuere"]> };
}) {
  const d = antragTexte(lang);
  const { verworfen } = migriereEntwurf(lauf.def, lauf.neuere, lauf.antworten);
  return (
    <div className="portal-stack" data-testid="neue-version">
      <Alert variant="info" title={d.neueVersionTitel} headingLevel={2}>
        <p className="kern-body">{d.neueVersionText}</p>
        {verworfen.length > 0 ? (
          <>
            <p className="kern-body">{d.neueVersionVerworfen}</p>
            <ul className="kern-list">
              {verworfen.map((v) => (
                <li key={v.feld} className="kern-body">
                  {v.label[lang]} ({d.verwerfungsgrund[v.grund]})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="kern-body">{d.neueVersionAlles}</p>
        )}
      </Alert>
      <form action={aktualisiereEntwurf}>
        <input type="hidden" name="sprache" value={lang} />
        <input type="hidden" name="$formular" value={lauf.entwurf.formular} />
        <input type="hidden" name="$entwurf" value={lauf.entwurf.id} />
        <Button type="submit">{d.neueVersionWeiter}</Button>
      </form>
    </div>
  );
}
