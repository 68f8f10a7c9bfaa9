import { env, expect, test } from "../support/fixtures";
import { abfrage, buerger, formularfelder, sendeMitFremderId } from "../support/fremde-ids";

// Authorization of the Formularservice: a second citizen, signed in with an account of their
// own, puts the first one's draft and application ids into every page, download and action of
// the runner and of "Meine Anträge" (the actions posted from the portal's origin with the
// hidden fields as the server renders them, one id swapped). Nothing of the first citizen's is
// shown, changed, submitted or deleted; each forgery is also sent with the attacker's own id,
// which does work, so that what was refused was the id. The number of attempts is reported.
// (Staff of another authority and the delivery API: antrag-bearbeitung.spec.ts and
// fachverfahren-api.spec.ts; messages: fremde-ids.spec.ts.)

const FORMULAR = "meldebescheinigung";

/**
 * A complete draft (the check page offers to submit it) and an application awaiting an answer,
 * in the database.
 */
async function legeAntragAn(email: string, name: string) {
  const [{ version } = { version: 1 }] = await abfrage<{ version: number }>(
    "select max(version)::int as version from formular_version where schluessel = $1",
    [FORMULAR],
  );
  const antworten = {
    art: "einfach",
    vorname: name,
    nachname: "Muster",
    strasse: "Königsbrücker Straße 17",
    plz: "01099",
    ort: "Dresden",
    geburtsdatum: "1990-01-01",
    zustellung: "abholung",
    anzahl: 1,
  };
  const [entwurf] = await abfrage<{ id: string }>(
    `insert into entwurf (formular, version, konto_id, antworten, seite, laeuft_ab_am)
     select $2, $3, id, $4, 'person', now() + interval '30 days' from konto where email = $1
     returning id`,
    [email, FORMULAR, version, JSON.stringify(antworten)],
  );
  const aktenzeichen = `MB-2026-9${String(Date.now()).slice(-6)}${Math.floor(Math.random() * 10)}`;
  const [antrag] = await abfrage<{ id: string }>(
    `insert into antrag (aktenzeichen, formular, version, leistung, oe_schluessel, konto_id,
       status, umschlag, idempotenz_schluessel)
     select $2, $3, $4, 'meldebescheinigung-beantragen', $6, id, 'rueckfrage',
       'eyJhbGciOiJ0ZXN0In0.verschluesselt', $5 from konto where email = $1 returning id`,
    // An authority with a key pair: a citizen's answer is encrypted for it.
    [email, aktenzeichen, FORMULAR, version, `e2e-${aktenzeichen}`, env.fachverfahrenOe],
  );
  if (!entwurf || !antrag) throw new Error(`no account ${email}`);
  return { entwurfId: entwurf.id, antragId: antrag.id, aktenzeichen, version };
}

const entwurfVon = async (id: string) =>
  (
    await abfrage<{ antworten: Record<string, unknown> }>(
      "select antworten from entwurf where id = $1",
      [id],
    )
  )[0]?.antworten;

const antwortenAuf = async (antragId: string) =>
  (
    await abfrage<{ n: number }>(
      "select count(*)::int as n from antrag_ereignis where antrag_id = $1 and art = 'antwort'",
      [antragId],
    )
  )[0]?.n;

test("a second citizen reaches none of the first one's drafts, applications or receipts", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const opfer = await buerger(browser, "antrag-opfer");
  const taeter = await buerger(browser, "antrag-taeter");
  const o = await legeAntragAn(opfer.email, "Opfer-Zoë");
  const t = await legeAntragAn(taeter.email, "Täter");
  let versuche = 0;

  // The victim sees their own draft: the pages below are not empty by accident.
  const eigeneSeite = `/de/antrag/${FORMULAR}/${o.entwurfId}/person`;
  await opfer.page.goto(eigeneSeite);
  await expect(opfer.page.getByLabel("Vorname(n)")).toHaveValue("Opfer-Zoë");

  // Pages with the victim's ids: the "not found" of a draft or an application, nothing of it.
  for (const pfad of [
    `/de/antrag/${FORMULAR}/${o.entwurfId}/person`,
    `/de/antrag/${FORMULAR}/${o.entwurfId}/zweck`,
    `/de/antrag/${FORMULAR}/${o.entwurfId}/pruefen`,
    `/de/antrag/${FORMULAR}/${o.entwurfId}/spaeter`,
    `/de/konto/antraege/${o.antragId}`,
    `/de/antrag/eingegangen/${o.antragId}`,
  ]) {
    for (const seite of [taeter.page, taeter.ohneJs]) {
      await seite.goto(pfad);
      await expect(seite.getByRole("heading", { level: 1 })).toHaveText(
        /gibt es nicht|nicht gefunden/,
      );
      const text = (await seite.locator("main").textContent()) ?? "";
      expect(text, pfad).not.toContain("Opfer-Zoë");
      expect(text, pfad).not.toContain(o.aktenzeichen);
      versuche++;
    }
  }

  // Downloads: the receipt, without and with the attacker's session.
  for (const pfad of [
    `/de/antrag/eingegangen/${o.antragId}/eingangsbestaetigung.pdf`,
    `/de/antrag/${FORMULAR}/${o.entwurfId}/identifiziert?state=x&code=y`,
  ]) {
    const res = await taeter.page.request.get(pfad, { maxRedirects: 0 });
    expect(res.status(), pfad).not.toBe(200);
    expect((await res.body()).toString("latin1"), pfad).not.toContain("Opfer-Zoë");
    versuche++;
  }

  // Actions. A page of the victim's draft posted with the attacker's answers: nothing changes.
  const vorher = await entwurfVon(o.entwurfId);
  const seitenFelder = await formularfelder(
    taeter.ohneJs,
    `/de/antrag/${FORMULAR}/${t.entwurfId}/person`,
    "Weiter",
  );
  const seite = {
    ...seitenFelder,
    vorname: "Gehackt",
    nachname: "Gehackt",
    strasse: "Hauptstraße 1",
    plz: "01067",
    ort: "Dresden",
    geburtsdatum: "01.01.1990",
    $aktion: "spaeter",
  };
  await sendeMitFremderId(taeter.page, "/de/antrag/seite", seite, t.entwurfId, o.entwurfId);
  versuche++;
  expect(await entwurfVon(o.entwurfId)).toEqual(vorher);
  await sendeMitFremderId(taeter.page, "/de/antrag/seite", seite, t.entwurfId, t.entwurfId);
  expect((await entwurfVon(t.entwurfId))?.vorname).toBe("Gehackt");

  // Submitting the victim's draft: no application comes of it, the draft stays.
  const pruefen = `/de/antrag/${FORMULAR}/${t.entwurfId}/pruefen`;
  const absenden = await formularfelder(taeter.ohneJs, pruefen, "Antrag verbindlich absenden");
  await sendeMitFremderId(
    taeter.page,
    pruefen,
    { ...absenden, erklaerung: "ja" },
    t.entwurfId,
    o.entwurfId,
  );
  versuche++;
  expect(await entwurfVon(o.entwurfId)).toEqual(vorher);

  // Deleting the victim's draft from "Meine Anträge": it stays; the attacker's own goes.
  const liste = "/de/konto/antraege";
  const loeschen = await formularfelder(taeter.ohneJs, liste, "Entwurf löschen");
  await sendeMitFremderId(taeter.page, liste, loeschen, t.entwurfId, o.entwurfId);
  versuche++;
  expect(await entwurfVon(o.entwurfId)).toEqual(vorher);

  // Answering the victim's Rückfrage: no answer is recorded; the attacker's own is.
  const detail = `/de/konto/antraege/${t.antragId}`;
  const antwort = await formularfelder(taeter.ohneJs, detail, "Antwort senden");
  const text = { ...antwort, text: "Eine Antwort, die nicht ankommen darf." };
  await sendeMitFremderId(taeter.page, detail, text, t.antragId, o.antragId);
  versuche++;
  expect(await antwortenAuf(o.antragId)).toBe(0);
  await sendeMitFremderId(taeter.page, detail, text, t.antragId, t.antragId);
  expect(await antwortenAuf(t.antragId)).toBe(1);

  // The attacker's own submission goes through: the forgery above failed on the id alone.
  const eigeneAntraege = async () =>
    (
      await abfrage<{ n: number }>(
        "select count(*)::int as n from antrag a join konto k on k.id = a.konto_id where k.email = $1",
        [taeter.email],
      )
    )[0]?.n;
  const vorherEigene = await eigeneAntraege();
  await sendeMitFremderId(
    taeter.page,
    pruefen,
    { ...absenden, erklaerung: "ja" },
    t.entwurfId,
    t.entwurfId,
  );
  expect(await eigeneAntraege()).toBe((vorherEigene ?? 0) + 1);
  expect(await entwurfVon(t.entwurfId)).toBeUndefined();

  test.info().annotations.push({
    type: "authorization",
    description: `${versuche} attempts with another citizen's ids, all refused`,
  });
  console.log(`[authorization] ${versuche} attempts with another citizen's ids, all refused`);
  expect(versuche).toBe(18);
});
