// A database and a bundle written by the released format-1 application (tests/fixtures/format-1)
// open in this version with every amount intact: format 2 derives the State's yearly amounts
// from the actions, so the actions' figures must come through unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeDossier } from '../../../shared/dossier/dossier-figures';
import { CtaiDatabase } from '../../../renderer/db/database';
import { editDossier, getDossier } from '../../../renderer/db/dossiers-repository';
import { importBundle } from '../../../renderer/db/import-bundle';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { stateCommitment } from '../../../shared/dossier/commitment';
import { DOSSIER_FORMAT_VERSION } from '../../../shared/dossier/dossier-schema';
import { validateDossier } from '../../../shared/dossier/validation';
import { testContext } from '../helpers/test-context';

const FIXTURES = 'tests/fixtures/format-1';

interface V1View {
  id: string;
  actions: {
    id: string;
    statut: string;
    budgets: { annee: number; coutTotal: number; ctaiDemande: number; ctaiAccorde: number | null }[];
  }[];
  contrat: { montantsAnnuels: unknown[]; versements: { montantVerse: number | null }[]; avenants: { date: string }[] };
}

const dump = JSON.parse(readFileSync(`${FIXTURES}/database-schema2.json`, 'utf8')) as {
  tables: Record<string, Record<string, unknown>[]>;
};
const v1Views = (dump.tables.dossierViews as { id: string; view: V1View }[]).map((row) => row.view);

/** Each action's yearly figures, as comparable data. */
const figures = (actions: V1View['actions']) =>
  actions.map((a) => [a.id, a.statut, a.budgets.map((b) => [b.annee, b.coutTotal, b.ctaiDemande, b.ctaiAccorde])]);

describe('format 1 → 2', () => {
  it('a database of schema 2 holding format-1 dossiers opens with every amount intact, and stays editable', async () => {
    const name = `fixture-${Date.now()}`;
    const old = new CtaiDatabase(name, {}, SCHEMA_VERSIONS.slice(0, 2));
    await old.open();
    for (const [table, rows] of Object.entries(dump.tables))
      await old
        .table(table)
        .bulkAdd(
          rows.map((row) =>
            typeof row.bytes === 'string' ? { ...row, bytes: new Uint8Array(Buffer.from(row.bytes, 'base64')) } : row,
          ),
        );
    old.close();

    const db = new CtaiDatabase(name);
    const context = testContext({ db });
    for (const before of v1Views) {
      const after = (await getDossier(db, before.id))!;
      expect(validateDossier(after).ok).toBe(true);
      expect(after.formatVersion).toBe(DOSSIER_FORMAT_VERSION);
      // The views hold every field the schema gives a default (database v4), as validation would.
      const validated = validateDossier(after) as { value: typeof after };
      expect(after.contrat.bilans).toEqual(validated.value.contrat.bilans);
      expect(after.contrat.copil).toEqual(validated.value.contrat.copil);
      // The list's summary row was made again from the upgraded view (due-date facts included).
      expect((await db.dossiers.get(before.id))!.suivi).toEqual(summarizeDossier(after).suivi);
      expect(figures(after.actions)).toEqual(figures(before.actions));
      expect('montantsAnnuels' in after.contrat).toBe(false);
      expect(after.contrat.tauxAvance).toBe(50);
      expect(after.contrat.avenants.map((a) => a.statut)).toEqual(
        before.contrat.avenants.map((a) => (a.date ? 'signe' : 'projet')),
      );
      expect(after.contrat.versements.map((v) => v.montantVerse)).toEqual(
        before.contrat.versements.map((v) => v.montantVerse),
      );
    }
    // The hand-typed yearly amount (300 000 €) gives way to what the actions grant (250 000 €).
    const handTyped = (await getDossier(db, 'hand-typed-amounts'))!;
    expect(stateCommitment(handTyped, 2026).total).toBe(250_000_00);

    // A dossier whose Automerge document was written in format 1, and one without, both edit.
    for (const id of v1Views.map((v) => v.id)) {
      // A field format 2 added, absent from the format-1 Automerge document, is created by its first edit.
      const result = await editDossier(
        context,
        id,
        [{ op: 'set', path: ['workflow', 'lettreIntentionRecue'], value: '2025-01-10' }],
        'Après migration',
      );
      expect(result.ok ? 'ok' : result.problems.map((p) => p.message).join(' '), id).toBe('ok');
    }
    await db.delete();
  });

  it('a bundle of format 1 imports with every amount intact', async () => {
    const context = { ...testContext(), newId: () => crypto.randomUUID() };
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}/bundle-format1.ctai`));
    const outcome = await importBundle(context, bytes, { askUnknownSender: async () => true });
    expect(outcome.status).toBe('imported');
    for (const before of v1Views) {
      const after = (await getDossier(context.db, before.id))!;
      expect(figures(after.actions)).toEqual(figures(before.actions));
      expect(after.formatVersion).toBe(DOSSIER_FORMAT_VERSION);
    }
  });
});
