import type { Page } from '@playwright/test';
import { addAction, agent, exportAll, openDossier } from './exchange-steps';
import { createCommune, expect, expectNoAxeViolation, setEmailLimit, test } from './fixtures';

const year = new Date().getFullYear();

/** Saves the bundle prepared on Échanges, and verifies the downloaded file. */
async function saveAndVerify(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer l’échange' }).click();
  // The full Automerge entry initialises the WebAssembly the proof of each history needs.
  await import('@automerge/automerge');
  const { verifyBundle } = await import('../../shared/bundle/verify-bundle');
  const { readFileSync } = await import('node:fs');
  return verifyBundle(new Uint8Array(readFileSync((await (await download).path())!)));
}

/** Answers the question about an unknown sender, asked before the payload is unpacked. */
async function recogniseSender(page: Page) {
  await page.locator('label', { hasText: 'J’ai comparé l’empreinte' }).click();
  await page.getByRole('button', { name: 'Ouvrir l’échange' }).click();
}

async function importFile(page: Page, file: string, options: { unknownSender: boolean }) {
  await page.goto('./#/echanges');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un échange' }).click();
  await (await chooser).setFiles(file);
  if (options.unknownSender) {
    await expect(page.getByText(/Expéditeur inconnu : .+\. Empreinte de sa clé : [0-9A-F ]{79}/)).toBeVisible();
    // Asked once the signature holds, before a byte of the payload is unpacked.
    const steps = page.getByRole('list', { name: 'Vérification de l’échange' });
    await expect(steps).toContainText('Signature : vérifié');
    await expect(steps).toContainText('Expéditeur : inconnu, empreinte à comparer ci-dessous');
    await expect(steps).toContainText('Intégrité de chaque fichier : à vérifier');
    await expect(page.getByRole('button', { name: 'Ouvrir l’échange' })).toBeDisabled();
    await expectNoAxeViolation(page);
    await page.locator('label', { hasText: 'J’ai comparé l’empreinte' }).click();
    // Typed as the correspondent reads it: a wrong one blocks the import, the right one is confirmed.
    const print = (await page.locator('#empreinte-recue').textContent())!;
    const typed = page.getByLabel(/^Empreinte lue par votre correspondant/);
    await typed.fill(`${print[0] === 'A' ? 'B' : 'A'}${print.slice(1)}`);
    await expect(page.getByText('Les empreintes diffèrent : n’importez pas cet échange')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ouvrir l’échange' })).toBeDisabled();
    await typed.fill(print.toLowerCase());
    await expect(page.getByText('Les empreintes sont identiques.')).toBeVisible();
    await page.getByRole('button', { name: 'Ouvrir l’échange' }).click();
    await expect(page.getByText(/Nouveau correspondant, empreinte comparée/)).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Ce que l’import va changer' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText(/Échange importé : 1 dossier/)).toBeVisible();
  // Each imported dossier is one click away, and a new sender is listed without a reload.
  await expect(page.getByRole('list', { name: 'Dossiers de l’échange importé' }).getByRole('link')).toHaveCount(1);
  if (options.unknownSender) await expect(page.getByRole('table', { name: /^Correspondants \([1-9]/ })).toBeVisible();
}

async function fillAndLeave(page: Page, label: RegExp, value: string, shown: string) {
  const field = page.getByLabel(label);
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(shown);
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
}

test('two agents exchange signed bundles: edits merge, and a same-field conflict is resolved and travels back', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const a = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  const b = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');

  // A creates the dossier with one action, and sends it.
  await createCommune(a, 'Tours');
  await addAction(a, 'Intermédiation locative');
  const first = await exportAll(a, 'Sous-préfecture de Chinon');

  await importFile(b, first, { unknownSender: true });

  // Meanwhile: B edits an amount, A edits the description.
  await openDossier(b, 'Tours', 'Actions');
  await fillAndLeave(b, new RegExp(`^Coût total ${year}`), '25000', '25 000,00');
  await openDossier(a, 'Tours', 'Actions');
  await fillAndLeave(
    a,
    /^Description/,
    'Logements captés auprès des bailleurs privés.',
    'Logements captés auprès des bailleurs privés.',
  );

  const fromB = await exportAll(b, 'Préfecture d’Indre-et-Loire');
  const fromA = await exportAll(a, 'Sous-préfecture de Chinon');
  await importFile(a, fromB, { unknownSender: true });
  await importFile(b, fromA, { unknownSender: false });

  for (const page of [a, b]) {
    await openDossier(page, 'Tours', 'Actions');
    await expect(page.getByLabel(new RegExp(`^Coût total ${year}`))).toHaveValue('25 000,00');
    await expect(page.getByLabel(/^Description/)).toHaveValue('Logements captés auprès des bailleurs privés.');
  }

  // History says which site made each change.
  await openDossier(b, 'Tours', 'Historique');
  const history = b.getByRole('table', { name: /Historique des modifications/ });
  await expect(history).toContainText('Préfecture d’Indre-et-Loire');
  await expect(history).toContainText('Sous-préfecture de Chinon');
  await b.getByLabel(/^Filtrer par site/).selectOption('Préfecture d’Indre-et-Loire');
  await expect(history).not.toContainText('Sous-préfecture de Chinon');
  await expect(history).toContainText('Claire Martin');

  // Both change the same field: B sees a conflict with both values and resolves it.
  await openDossier(a, 'Tours', 'Collectivité');
  await fillAndLeave(a, /^Population/, '137000', '137000');
  await openDossier(b, 'Tours', 'Collectivité');
  await fillAndLeave(b, /^Population/, '139000', '139000');
  await importFile(b, await exportAll(a, 'Sous-préfecture de Chinon'), { unknownSender: false });
  await openDossier(b, 'Tours', 'Synthèse');
  await expect(b.getByText('Modifications concurrentes à arbitrer (1)')).toBeVisible();
  // Each value with who gave it.
  const choice = (value: string) =>
    b.getByRole('listitem').filter({ hasText: `Garder « ${value} »`, hasNot: b.getByRole('list') });
  await expect(choice('137 000')).toContainText(
    /saisi par Claire Martin \(Préfecture d’Indre-et-Loire\), le (1er|\d+) \S+ \d{4} à \d\d:\d\d/,
  );
  await expect(choice('139 000')).toContainText('saisi par Nadia Benali (Sous-préfecture de Chinon)');
  await expectNoAxeViolation(b);
  await b.getByRole('button', { name: 'Garder « 137 000 »' }).click();
  await expect(b.getByText('Modifications concurrentes à arbitrer')).toBeHidden();

  await importFile(a, await exportAll(b, 'Préfecture d’Indre-et-Loire'), { unknownSender: false });
  await openDossier(a, 'Tours', 'Collectivité');
  await expect(a.getByLabel(/^Population/)).toHaveValue('137000');
  await a.getByRole('tab', { name: 'Synthèse', exact: true }).click();
  await expect(a.getByText('Modifications concurrentes à arbitrer')).toBeHidden();

  // Importing the same bundle again changes nothing and says so.
  await a.goto('./#/echanges');
  const chooser = a.waitForEvent('filechooser');
  await a.getByRole('button', { name: 'Importer un échange' }).click();
  await (await chooser).setFiles(fromB);
  // Said once verified, before any preview.
  await expect(a.getByText('Cet échange a déjà été importé : rien n’a changé.')).toBeVisible();
  await expect(a.getByRole('button', { name: 'Confirmer l’import' })).toBeHidden();
  await expect(a.getByRole('table', { name: /Imports et exports/ })).toContainText('déjà importé');
});

test('a field typed while the import waits for its confirmation is kept', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const a = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  const b = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  await createCommune(a, 'Tours');
  await addAction(a, 'Intermédiation locative');
  await importFile(b, await exportAll(a, 'Sous-préfecture de Chinon'), { unknownSender: true });

  // A describes the action and sends the dossier again.
  await openDossier(a, 'Tours', 'Actions');
  await fillAndLeave(a, /^Description/, 'Logements captés.', 'Logements captés.');
  const second = await exportAll(a, 'Sous-préfecture de Chinon');

  // B opens it: the preview waits for the confirmation…
  await b.goto('./#/echanges');
  const chooser = b.waitForEvent('filechooser');
  await b.getByRole('button', { name: 'Importer un échange' }).click();
  await (await chooser).setFiles(second);
  await expect(b.getByRole('table', { name: 'Ce que l’import va changer' })).toContainText('Mis à jour');
  // …while, in another tab of the same window, B types an amount in the same dossier.
  const tab = await b.context().newPage();
  await openDossier(tab, 'Tours', 'Actions');
  await fillAndLeave(tab, new RegExp(`^Coût total ${year}`), '25000', '25 000,00');
  await tab.close();
  await b.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(b.getByText(/Échange importé : 1 dossier/)).toBeVisible();

  await openDossier(b, 'Tours', 'Actions');
  await expect(b.getByLabel(new RegExp(`^Coût total ${year}`))).toHaveValue('25 000,00');
  await expect(b.getByLabel(/^Description/)).toHaveValue('Logements captés.');
});

test('refuses a tampered bundle with its reason, and changes nothing', async ({ page }, testInfo) => {
  test.setTimeout(120_000); // The corpus of hostile bundles (forty of them) is built first.
  const { makeCorpus, testKey } = await import('../bundle-corpus/make-corpus');
  const corpus = await makeCorpus(testKey(), testKey());
  const tampered = corpus.find((item) => item.name === 'tampered-payload-json')!;
  const file = testInfo.outputPath('modifie.ctai');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, tampered.bytes);
  await page.goto('./#/echanges');
  await expect(page.getByText('Aucun dossier à envoyer pour l’instant.')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un échange' }).click();
  await (await chooser).setFiles(file);
  await recogniseSender(page);
  await expect(page.getByText('Échange refusé')).toBeVisible();
  await expect(
    page.getByText(
      /a été modifié ou abîmé : l’échange est refusé\. Demandez à l’expéditeur de le renvoyer\. Rien n’a été modifié dans vos dossiers\./,
    ),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Vérification de l’échange' })).toContainText(
    'Intégrité de chaque fichier : refusé',
  );
  // The screen's refusal is journaled (by its code, said in French).
  await expect(page.getByRole('table', { name: /Imports et exports/ })).toContainText(
    'refusé : un fichier a été modifié ou abîmé',
  );
  await expectNoAxeViolation(page);
  await page.goto('./#/dossiers');
  await expect(page.getByText('Aucun dossier pour l’instant.')).toBeVisible();
});

test('adds a correspondent from its key file, then refuses its bundles once the key is revoked', async ({
  browser,
  baseURL,
}) => {
  const a = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  const b = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  await a.goto('./#/parametres');
  // The fingerprint is computed once the screen is shown: wait for it rather than read it at once.
  await expect(a.locator('#empreinte')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
  const printA = (await a.locator('#empreinte').textContent())!.trim();
  const keyDownload = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Exporter ma clé publique' }).click();
  const keyFile = (await (await keyDownload).path())!;

  await b.goto('./#/echanges');
  const addKey = async (name: string) => {
    await b.getByLabel(/^Nom du correspondant/).fill(name);
    await b.getByLabel(/^Service et site/).fill('Bureau de l’intégration');
    const chooser = b.waitForEvent('filechooser');
    await b.getByRole('button', { name: 'Ajouter sa clé publique (fichier .pem)' }).click();
    await (await chooser).setFiles(keyFile);
  };
  await addKey('Préfecture d’Indre-et-Loire');
  const table = b.getByRole('table', { name: /Correspondants/ });
  await expect(table).toContainText(printA);
  await expect(table).toContainText('Préfecture d’Indre-et-Loire — Bureau de l’intégration');
  await expectNoAxeViolation(b);
  await addKey('Un autre nom');
  await expect(
    b.getByText('Cette clé est déjà celle de Préfecture d’Indre-et-Loire dans vos correspondants'),
  ).toBeVisible();

  // Revoking asks first; cancelling keeps the key.
  const revoke = b.getByRole('button', { name: 'Révoquer la clé de Préfecture d’Indre-et-Loire' });
  const dialog = b.getByRole('dialog', { name: 'Révoquer cette clé ?' });
  await revoke.click();
  await expect(dialog).toBeVisible();
  await expectNoAxeViolation(b);
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect(table).not.toContainText('Révoquée');
  // By keyboard, closed with Escape: the focus comes back to the button.
  await revoke.focus();
  await b.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await b.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  await revoke.click();
  await dialog.getByRole('button', { name: 'Révoquer la clé' }).click();
  await expect(table).toContainText(/Révoquée le (1er|\d+) \S+ \d{4} à \d\d:\d\d/);
  // A revoked key cannot be trusted again from its file.
  await addKey('Préfecture d’Indre-et-Loire');
  await expect(b.getByText(/a été révoquée : elle ne peut pas être de nouveau acceptée/)).toBeVisible();

  await createCommune(a, 'Tours');
  const bundle = await exportAll(a, 'Sous-préfecture de Chinon');
  await b.goto('./#/echanges');
  const bundleChooser = b.waitForEvent('filechooser');
  await b.getByRole('button', { name: 'Importer un échange' }).click();
  await (await bundleChooser).setFiles(bundle);
  await expect(b.getByText(/La clé de Préfecture d’Indre-et-Loire a été révoquée/)).toBeVisible();
});

test('an encrypted bundle dropped on the window asks for its passphrase; then only changed dossiers go out', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const a = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  const b = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  for (const nom of ['Tours', 'Chinon']) {
    await createCommune(a, nom);
  }
  await a.goto('./#/echanges');
  await a.getByLabel(/^Destinataire/).fill('Sous-préfecture de Chinon');
  await a.locator('label', { hasText: 'Les dossiers modifiés depuis' }).click();
  await expect(a.getByText('Aucun échange envoyé à ce destinataire : tous les dossiers seront envoyés.')).toBeVisible();
  await a.locator('label', { hasText: 'Chiffrer l’échange' }).click();
  await a.getByLabel(/^Phrase de passe\s*Au moins/).fill('court');
  await a.getByRole('button', { name: 'Préparer l’échange' }).click();
  await expect(a.getByText(/doit compter au moins 12 caractères/)).toBeVisible();
  await a.getByLabel(/^Phrase de passe\s*Au moins/).fill('girafe escalier lundi orange');
  await a.getByLabel('Phrase de passe (confirmation)').fill('girafe escalier lundi orange');
  await a.getByRole('button', { name: 'Préparer l’échange' }).click();
  await expect(a.getByText(/^Échange prêt : CTAI_.*\(\d+ ko\)/)).toBeVisible();
  await expectNoAxeViolation(a);
  const download = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Enregistrer l’échange' }).click();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync((await (await download).path())!);
  await expect(a.getByText(/Communiquez la phrase de passe par téléphone/)).toBeVisible();

  // B drops the file on the window, from any screen.
  await b.goto('./#/dossiers');
  const transfer = await b.evaluateHandle(
    (data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'echange.ctai'));
      return dt;
    },
    [...bytes],
  );
  await b.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(b.getByText('Déposez le fichier .ctai pour vérifier l’échange avant de l’importer')).toBeVisible();
  await b.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await b.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(b.getByText('Déposez le fichier .ctai pour vérifier l’échange avant de l’importer')).toBeHidden();
  // The sender is asked about first: the passphrase only once the agent recognised it.
  await expect(b.getByText(/Expéditeur inconnu : Claire Martin/)).toBeVisible();
  await recogniseSender(b);
  await expect(b.getByRole('list', { name: 'Vérification de l’échange' })).toContainText(
    'Déchiffrement (échange chiffré seulement) : phrase de passe demandée',
  );
  await expect(b.getByRole('list', { name: 'Vérification de l’échange' })).toContainText('Signature : vérifié');
  await expectNoAxeViolation(b);
  await b.getByLabel('Phrase de passe', { exact: true }).fill('une autre phrase de passe');
  await b.getByRole('button', { name: 'Déchiffrer' }).click();
  // Read out by screen readers as it appears.
  await expect(
    b.locator('[aria-live]').getByText(/Cette phrase de passe ne permet pas d’ouvrir l’échange/),
  ).toBeVisible();
  // Verification waits at the decryption step: what was checked stays checked.
  await expect(b.getByRole('list', { name: 'Vérification de l’échange' })).toContainText(
    'Intégrité de chaque fichier : vérifié',
  );
  await b.getByLabel('Phrase de passe', { exact: true }).fill('girafe escalier lundi orange');
  await b.getByRole('button', { name: 'Déchiffrer' }).click();
  await expect(b.getByRole('table', { name: 'Ce que l’import va changer' })).toContainText('Chinon');
  await b.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(b.getByText(/Échange importé : 2 dossier/)).toBeVisible();

  // A changes one dossier: only that one is chosen for the next bundle to B.
  await openDossier(a, 'Tours', 'Collectivité');
  await fillAndLeave(a, /^Population/, '137000', '137000');
  await a.goto('./#/echanges');
  await a.getByLabel(/^Destinataire/).fill('Sous-préfecture de Chinon');
  await a.locator('label', { hasText: 'Les dossiers modifiés depuis' }).click();
  await expect(a.getByText(/1 dossier modifié depuis/)).toBeVisible();
  await expect(a.getByText('Dossiers à envoyer (1 choisi)')).toBeVisible();
});

test('above the email limit, leaves the signed scan out of the export when the agent asks', async ({
  page,
}, testInfo) => {
  await setEmailLimit(page, '1');
  await expect(page.getByText('Vos préférences d’échange et de sauvegarde sont enregistrées.')).toBeVisible();

  await createCommune(page, 'Tours');
  await page.getByRole('tab', { name: 'Documents', exact: true }).click();
  // A scan of 1.5 MB that deflate cannot shrink, as a real scan.
  const { randomBytes } = await import('node:crypto');
  const { writeFileSync } = await import('node:fs');
  const scan = testInfo.outputPath('contrat-signe.pdf');
  writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1_500_000)]));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Joindre le scan du contrat signé (PDF)' }).click();
  await (await chooser).setFiles(scan);
  await expect(page.getByText('Le scan « contrat-signe.pdf » est joint au dossier.')).toBeVisible();

  await page.goto('./#/echanges');
  await page.getByText('Tous les dossiers', { exact: true }).click();
  await page.getByRole('button', { name: 'Préparer l’échange' }).click();
  await expect(page.getByText(/^Échange prêt : CTAI_.*, dont 1,\d Mo de scans\.$/)).toBeVisible();
  // The file named, with what can be done: cutting cannot help a file of one dossier.
  await expect(
    page.getByText(
      /Ce fichier dépasse 1 Mo, la limite des courriels fixée dans les Paramètres : « CTAI_\S+ » \(1,\d Mo\)\. Il ne tient qu’un dossier : le découper ne suffirait pas\. Transmettez-le sur une clé USB ou laissez les scans de côté\./,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Laisser les scans de côté' }).click();
  await expect(page.getByText(/^Échange prêt : CTAI_\S+ \(\d+(,\d)? ko\)\.$/)).toBeVisible();
  await expect(page.getByText(/la limite des courriels/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Laisser les scans de côté' })).toHaveCount(0);
  await expectNoAxeViolation(page);

  const bundle = await saveAndVerify(page);
  expect(bundle.dossiers.map((d) => d.dossier.collectivite.nom)).toEqual(['Tours']);
  expect(bundle.dossiers[0]!.documents.filter((d) => d.kind === 'signed-scan')).toEqual([]);
});

test('exports a selection of dossiers picked through a filter', async ({ page }) => {
  for (const nom of ['Tours', 'Chinon', 'Amboise']) await createCommune(page, nom);
  await page.goto('./#/echanges');
  const list = page.getByRole('group', { name: 'Dossiers choisis' });
  await expect(list.getByRole('checkbox')).toHaveCount(4); // « Tout cocher » and three dossiers.
  await list.getByLabel('Filtrer la liste').fill('chin');
  await expect(list.getByRole('checkbox')).toHaveCount(2);
  await list.getByText('Chinon (saisie libre)').click();
  await list.getByLabel('Filtrer la liste').fill('ZZZ');
  await expect(list.getByText('Aucun dossier ne correspond à ce filtre.')).toBeVisible();
  await list.getByLabel('Filtrer la liste').fill('o');
  await expect(list.getByLabel('Cocher les 3 dossiers trouvés')).not.toBeChecked();
  await list.getByLabel('Filtrer la liste').fill('tou');
  await list.getByText('Cocher le dossier trouvé').click();
  await list.getByLabel('Filtrer la liste').fill('');
  await expect(list.getByLabel('Chinon (saisie libre)')).toBeChecked();
  await expect(list.getByLabel('Tours (saisie libre)')).toBeChecked();
  await expect(list.getByLabel('Amboise (saisie libre)')).not.toBeChecked();
  await expect(page.getByText('Dossiers à envoyer (2 choisis)')).toBeVisible();
  await expectNoAxeViolation(page);

  await page.getByRole('button', { name: 'Préparer l’échange' }).click();
  const bundle = await saveAndVerify(page);
  expect(bundle.dossiers.map((d) => d.dossier.collectivite.nom).sort()).toEqual(['Chinon', 'Tours']);
  // The journal names the dossiers and gives the file's whole SHA-256, to check it on the stick.
  const line = page
    .getByRole('table', { name: /Imports et exports/ })
    .getByRole('row')
    .nth(1);
  await expect(line).toContainText(/Chinon, Tours|Tours, Chinon/);
  await expect(line).toContainText(bundle.fileHash);
});
