/**
 * The honeypot of every participation form without an account: a field `webseite` that people
 * neither see (CSS) nor hear (`aria-hidden`, out of the tab order) and programs fill in; the
 * domain refuses a form that has it filled (`spam`). `id` differs where a page has several forms.
 */
export function Honigtopf({ id = "webseite", label }: { id?: string; label: string }) {
  return (
    <div className="portal-honigtopf" aria-hidden="true">
      <label htmlFor={id}>{label}</label>
      <input id={id} name="webseite" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
