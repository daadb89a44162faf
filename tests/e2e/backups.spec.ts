import { test as baseTest } from '@playwright/test';
import { V1_DOSSIERS } from '../fixtures/v1-dossiers';
import {
  completeFirstStart,
  createCommune,
  expect,
  expectNoAxeViolation,
  setEmailLimit,
  test,
  loadDemoData,
} from './fixtures';

test('backs up daily at start, on request, encrypted, and restores a backup after confirmation', async ({ page }) => {
  await createCommune(page, 'Tours');
  // The next start is the first with an identity: the day's backup is taken then.
  await page.reload();
  await page.goto('./#/parametres');
  const table = page.getByRole('table', { name: /Sauvegardes conservées/ });
  await expect(table).toContainText('Sauvegarde quotidienne');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(2); // At most one a day.

  // Too short: refused under the field, which gets the focus.
  const passphrase = page.getByLabel(/^Phrase de passe des sauvegardes\s*Au moins/);
  await passphrase.fill('court');
  await page.getByRole('button', { name: 'Chiffrer les sauvegardes' }).click();
  await expect(passphrase).toBeFocused();
  await passphrase.fill('sauvegarde du bureau');
  await page.getByLabel('Phrase de passe des sauvegardes (confirmation)').fill('sauvegarde du bureau');
  await page.getByRole('button', { name: 'Chiffrer les sauvegardes' }).click();
  await expect(page.getByText('Les prochaines sauvegardes seront chiffrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/^Sauvegarde faite : CTAI_sauvegarde_/)).toBeVisible();
  await expect(table).toContainText('Sauvegarde demandée');
  await expectNoAxeViolation(page);

  // A dossier created after the backup disappears when it is restored.
  await createCommune(page, 'Chinon');
  await page.goto('./#/parametres');
  await table
    .getByRole('row', { name: /Sauvegarde demandée/ })
    .getByRole('button', { name: /^Restaurer/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolation(page);
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  // By keyboard, closed with Escape: the focus comes back to the row's button.
  const restoreButton = table
    .getByRole('row', { name: /Sauvegarde demandée/ })
    .getByRole('button', { name: /^Restaurer/ });
  await expect(restoreButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(restoreButton).toBeFocused();
  // The passphrase was changed since: the backup asks for the one it was made with.
  await page.getByLabel(/^Phrase de passe des sauvegardes\s*Au moins/).fill('nouvelle phrase du bureau');
  await page.getByLabel('Phrase de passe des sauvegardes (confirmation)').fill('nouvelle phrase du bureau');
  await page.getByRole('button', { name: 'Changer la phrase de passe' }).click();
  await expect(page.getByLabel('Phrase de passe des sauvegardes (confirmation)')).toHaveValue('');
  await table
    .getByRole('row', { name: /Sauvegarde demandée/ })
    .getByRole('button', { name: /^Restaurer/ })
    .click();
  await dialog.getByRole('button', { name: 'Restaurer la sauvegarde' }).click();
  await expect(
    page.getByText('Cette sauvegarde est chiffrée avec une autre phrase de passe : saisissez-la.'),
  ).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByLabel('Phrase de passe de cette sauvegarde').fill('sauvegarde du bureau');
  await page.getByRole('button', { name: 'Restaurer avec cette phrase de passe' }).click();
  // The app restarts, then says what was restored (a browser's key is never in a backup).
  await expect(
    page.getByText(
      /^Sauvegarde du .+ restaurée\. Elle ne contenait pas de clé de signature : la clé actuelle est conservée\.$/,
    ),
  ).toBeVisible();
  await expect(table).toContainText('Avant une restauration');
  await page.goto('./#/dossiers');
  await expect(page.getByRole('link', { name: 'Tours', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Chinon', exact: true })).toHaveCount(0);
});

test('backs up 200 dossiers, and offers to leave scans out or to split an export above the email limit', async ({
  page,
}) => {
  await setEmailLimit(page, '0,05');
  await expect(page.getByText('La limite des courriels doit être un nombre de Mo entre 1 et 1 000.')).toBeVisible();
  await setEmailLimit(page, '1');
  await expect(page.getByText('Vos préférences d’échange et de sauvegarde sont enregistrées.')).toBeVisible();
  await loadDemoData(page, 45_000);
  // Their tables are large enough for the archive to be deflated in a worker.
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByText(/^Sauvegarde faite : CTAI_sauvegarde_/)).toBeVisible({ timeout: 30_000 });

  await page.goto('./#/echanges');
  // The selection lists the first hundred, and « Tout cocher » takes them all.
  const list = page.getByRole('group', { name: 'Dossiers choisis' });
  await expect(
    list.getByText('100 autres dossiers ne sont pas listés : précisez le filtre pour les voir.'),
  ).toBeVisible();
  await expect(list.getByRole('checkbox')).toHaveCount(101);
  await list.getByText('Tout cocher (200 dossiers)').click();
  await expect(page.getByText('Dossiers à envoyer (200 choisis)')).toBeVisible();
  await page.getByText('Tous les dossiers', { exact: true }).click();
  await page.getByRole('button', { name: 'Préparer l’échange' }).click();
  await expect(page.getByText(/Ce fichier dépasse 1 Mo, la limite des courriels/)).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Découper en plusieurs échanges' }).click();
  await expect(page.getByText(/^\d+ échanges prêts : /)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/la limite des courriels/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Enregistrer les \d+ échanges$/ })).toBeVisible();
});

test('says what the app is and lists its keyboard shortcuts, from the footer', async ({ page }) => {
  await page.getByRole('link', { name: 'À propos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'À propos de Contrats CTAI' })).toBeVisible();
  await expect(page.getByText('Navigateur', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Raccourcis clavier' }).first().click();
  await expect(page.getByRole('table', { name: 'Dans tous les écrans' })).toContainText('Échap');
});

baseTest('backs up a database stored by an older version before migrating it', async ({ page }) => {
  // A page of the app's origin that is not the app, to lay down a version 1 database first.
  await page.route('**/ancienne-version.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>ancienne version</title>' }),
  );
  await page.goto('./ancienne-version.html');
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        // Dexie's version 1 is IndexedDB's version 10.
        const request = indexedDB.open('contrats-ctai', 10);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('dossiers', { keyPath: 'id' });
          for (const index of ['nomKey', 'type', 'updatedAt']) store.createIndex(index, index);
          for (const row of rows) store.add(row);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    V1_DOSSIERS,
  );
  await completeFirstStart(page);
  await page.goto('./#/parametres');
  const table = page.getByRole('table', { name: /Sauvegardes conservées/ });
  await expect(table).toContainText('Avant une mise à jour de la base');
  await page.goto('./#/dossiers');
  await expect(page.getByRole('link', { name: 'Clermont-Ferrand', exact: true })).toBeVisible();
});

test('finishes a restore cut short at the next start, by putting back the state from before it', async ({ page }) => {
  await createCommune(page, 'Tours');
  await page.goto('./#/parametres');
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  const done = page.getByText(/^Sauvegarde faite : CTAI_sauvegarde_\S+\.ctai\.$/);
  await expect(done).toBeVisible();
  const before = (await done.textContent())!.replace(/^Sauvegarde faite : (.+)\.$/, '$1');
  await createCommune(page, 'Chinon');
  // What a restore leaves behind when the app closes in the middle of it: its mark, naming the
  // backup of the state before it (here, the one just made).
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('contrats-ctai-restauration', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('marque');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('marque', 'readwrite');
          transaction.objectStore('marque').put({ phase: 'en-cours', safety: name }, 'restauration');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    before,
  );
  await page.reload();
  await expect(page.getByText('La dernière restauration a été interrompue.')).toBeVisible();
  await page.goto('./#/dossiers');
  await expect(page.getByRole('link', { name: 'Tours', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Chinon', exact: true })).toHaveCount(0);
  // The mark is gone: the next start says nothing more.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Tours', exact: true })).toBeVisible();
  await expect(page.getByText('La dernière restauration a été interrompue.')).toHaveCount(0);
});
