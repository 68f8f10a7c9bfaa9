import { expect, test } from "../support/fixtures";
import { abfrage, buerger, formularfelder, sendeMitFremderId } from "../support/fremde-ids";
import { legeNachrichtAn } from "../support/postfach";

// A second citizen changes the ids in the Servicekonto's actions (the hidden fields of the forms
// as the server renders them, posted from the portal's own origin with the attacker's session):
// the Postfach's "mark as unread" and the organisations' "act for" with the victim's ids. Each
// must leave the victim's data as it was. (Pages and downloads with foreign ids: postfach.spec.ts
// and organisation.spec.ts.)

test("changed ids in the Postfach's and the organisations' actions gain nothing", async ({
  browser,
}) => {
  const opfer = await buerger(browser, "opfer");
  const taeter = await buerger(browser, "taeter");
  let versuche = 0;

  // Postfach: the victim has read their message; the attacker marks "theirs" unread.
  const fremd = await legeNachrichtAn(opfer.email);
  await opfer.page.goto(`/de/konto/postfach/${fremd.nachrichtId}`);
  const eigen = await legeNachrichtAn(taeter.email);
  const pfad = `/de/konto/postfach/${eigen.nachrichtId}`;
  const felder = await formularfelder(taeter.ohneJs, pfad, "Als ungelesen markieren");
  await sendeMitFremderId(taeter.page, pfad, felder, eigen.nachrichtId, fremd.nachrichtId);
  versuche++;
  const [gelesen] = await abfrage<{ gelesen_am: Date | null }>(
    "select gelesen_am from nachricht where id = $1",
    [fremd.nachrichtId],
  );
  expect(gelesen?.gelesen_am).not.toBeNull();
  // The same post with the attacker's own id does mark their message unread: the forgery above
  // was a working request in everything but the id.
  await sendeMitFremderId(taeter.page, pfad, felder, eigen.nachrichtId, eigen.nachrichtId);
  const [eigeneGelesen] = await abfrage<{ gelesen_am: Date | null }>(
    "select gelesen_am from nachricht where id = $1",
    [eigen.nachrichtId],
  );
  expect(eigeneGelesen?.gelesen_am).toBeNull();

  // Organisations: the victim's organisation; the attacker tries to act for it.
  await opfer.page.goto("/de/konto/organisationen");
  await opfer.page.getByLabel("Name der Organisation").fill(`Opfer-Verein ${Date.now()}`);
  await opfer.page.getByLabel("Art der Organisation").selectOption("verein");
  await opfer.page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(opfer.page.getByTestId("erfolg")).toBeVisible();
  const [fremdeOrg] = await abfrage<{ id: string }>(
    "select m.organisation_id as id from mitgliedschaft m join konto k on k.id = m.konto_id where k.email = $1",
    [opfer.email],
  );
  await taeter.page.goto("/de/konto/organisationen");
  await taeter.page.getByLabel("Name der Organisation").fill(`Eigener Verein ${Date.now()}`);
  await taeter.page.getByLabel("Art der Organisation").selectOption("verein");
  await taeter.page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(taeter.page.getByTestId("erfolg")).toBeVisible();
  const [eigeneOrg] = await abfrage<{ id: string }>(
    "select m.organisation_id as id from mitgliedschaft m join konto k on k.id = m.konto_id where k.email = $1",
    [taeter.email],
  );
  const orgFelder = await formularfelder(
    taeter.ohneJs,
    "/de/konto/organisationen",
    "Für diese Organisation handeln",
  );
  await sendeMitFremderId(
    taeter.page,
    "/de/konto/organisationen",
    orgFelder,
    eigeneOrg?.id ?? "",
    fremdeOrg?.id ?? "",
  );
  versuche++;
  await taeter.page.goto("/de/konto/organisationen");
  await expect(taeter.page.getByTestId("handelt-fuer")).toContainText("als Privatperson");
  await sendeMitFremderId(
    taeter.page,
    "/de/konto/organisationen",
    orgFelder,
    eigeneOrg?.id ?? "",
    eigeneOrg?.id ?? "",
  );
  await taeter.page.goto("/de/konto/organisationen");
  await expect(taeter.page.getByTestId("handelt-fuer")).toContainText("Eigener Verein");
  expect((await taeter.page.goto(`/de/konto/organisationen/${fremdeOrg?.id}`))?.status()).toBe(404);
  versuche++;
  console.log(`[fremde-ids] ${versuche} attempts with another citizen's ids, 0 got through`);
});
