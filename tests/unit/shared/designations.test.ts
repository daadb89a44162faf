// Names of territories in running French (INSEE's type de nom en clair) and every designation of
// a collectivité, with its gender; expected forms written by hand.
import { representativeQuality } from '../../../shared/dossier/representative';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/documents/generate';
import { documentText } from '../../../shared/documents/document-model';
import { collectiviteDesignations, expandEpciName } from '../../../shared/dossier/designations';
import type { Collectivite } from '../../../shared/dossier/dossier-schema';
import { liaisonFromName, placeForms } from '../../../shared/format/territory-names';
import { aDossier } from '../helpers/a-dossier';

const named = (
  type: Collectivite['type'],
  nom: string,
  civilite: 'Madame' | 'Monsieur' = 'Monsieur',
  typeLiaison: number | null = null,
  departement = { code: '', nom: '' },
  region = { code: '', nom: '' },
) =>
  collectiviteDesignations({
    type,
    nom,
    typeLiaison,
    departement,
    region,
    representant: { civilite, prenom: '', nom: '', titre: '' },
  });

describe('places by their type de nom en clair', () => {
  it('joins « de » and « à » as INSEE says, the article kept in the name when it belongs to it', () => {
    expect(placeForms('Grenoble', 0)).toEqual({ avecArticle: 'Grenoble', de: 'de Grenoble', a: 'à Grenoble' });
    expect(placeForms('Aurillac', 1)).toEqual({ avecArticle: 'Aurillac', de: 'd’Aurillac', a: 'à Aurillac' });
    expect(placeForms('Le Havre', 2)).toEqual({ avecArticle: 'Le Havre', de: 'du Havre', a: 'au Havre' });
    expect(placeForms('La Flèche', 3)).toEqual({ avecArticle: 'La Flèche', de: 'de La Flèche', a: 'à La Flèche' });
    expect(placeForms('Les Mureaux', 4)).toEqual({ avecArticle: 'Les Mureaux', de: 'des Mureaux', a: 'aux Mureaux' });
    expect(placeForms("L'Isle-Adam", 5).de).toBe('de L’Isle-Adam');
    // A département's name does not hold its article.
    expect(placeForms('Loire-Atlantique', 3)).toEqual({
      avecArticle: 'la Loire-Atlantique',
      de: 'de la Loire-Atlantique',
      a: 'à la Loire-Atlantique',
    });
    expect(placeForms('Calvados', 2).de).toBe('du Calvados');
    expect(placeForms('Ain', 5).de).toBe('de l’Ain');
    expect(placeForms('Hauts-de-France', 4).de).toBe('des Hauts-de-France');
    expect(placeForms('La Réunion', 0).de).toBe('de La Réunion');
  });

  it('derives the type from the name’s own article when the referential gives none', () => {
    expect(liaisonFromName('Le Havre')).toBe(2);
    expect(liaisonFromName('La Flèche')).toBe(3);
    expect(liaisonFromName('Les Mureaux')).toBe(4);
    expect(liaisonFromName('L’Isle-Adam')).toBe(5);
    expect(liaisonFromName('Angers')).toBe(1);
    expect(liaisonFromName('Tours')).toBe(0);
    expect(placeForms('Le Havre', null).de).toBe('du Havre');
  });
});

describe('designations of a collectivité', () => {
  it('a commune named with its article', () => {
    expect(named('commune', 'Le Havre', 'Madame', 2)).toEqual({
      genre: 'feminin',
      nom: 'Le Havre',
      sujet: 'la commune du Havre',
      de: 'de la commune du Havre',
      a: 'à la commune du Havre',
      territoire: 'du Havre',
      titreRepresentant: 'Maire du Havre',
      roleRepresentant: 'sa maire',
    });
  });

  it('a département, masculine, by its referential type', () => {
    const designations = named('departement', 'Loire-Atlantique', 'Madame', null, {
      code: '44',
      nom: 'Loire-Atlantique',
    });
    expect(designations).toMatchObject({
      genre: 'masculin',
      sujet: 'le Département de la Loire-Atlantique',
      de: 'du Département de la Loire-Atlantique',
      a: 'au Département de la Loire-Atlantique',
      territoire: 'de la Loire-Atlantique',
      titreRepresentant: 'Présidente du conseil départemental de la Loire-Atlantique',
      roleRepresentant: 'sa présidente',
    });
  });

  it('a région', () => {
    expect(
      named('region', 'Hauts-de-France', 'Monsieur', 4, undefined, { code: '32', nom: 'Hauts-de-France' }),
    ).toMatchObject({
      sujet: 'la Région Hauts-de-France',
      territoire: 'de la région Hauts-de-France',
      titreRepresentant: 'Président du conseil régional des Hauts-de-France',
    });
    expect(
      named('region', 'Bretagne', 'Madame', null, undefined, { code: '53', nom: 'Bretagne' }).titreRepresentant,
    ).toBe('Présidente du conseil régional de Bretagne');
  });

  it('the single collectivités INSEE lists as régions, by their own name and executive', () => {
    expect(named('region', 'Corse', 'Monsieur', 0, undefined, { code: '94', nom: 'Corse' })).toMatchObject({
      genre: 'feminin',
      sujet: 'la Collectivité de Corse',
      titreRepresentant: 'Président du conseil exécutif de Corse',
    });
    expect(named('region', 'Guyane', 'Madame', 3, undefined, { code: '03', nom: 'Guyane' })).toMatchObject({
      sujet: 'la Collectivité territoriale de Guyane',
      de: 'de la Collectivité territoriale de Guyane',
      territoire: 'de la Guyane',
      titreRepresentant: 'Présidente de l’assemblée de Guyane',
    });
    expect(named('region', 'Martinique', 'Monsieur', 3, undefined, { code: '02', nom: 'Martinique' }).sujet).toBe(
      'la Collectivité territoriale de Martinique',
    );
    expect(named('region', 'Mayotte', 'Monsieur', 0, undefined, { code: '06', nom: 'Mayotte' })).toMatchObject({
      genre: 'masculin',
      sujet: 'le Département de Mayotte',
      a: 'au Département de Mayotte',
    });
  });

  it('a name holding its article keeps it whatever TNCC the file stores: never « de Le Havre »', () => {
    expect(named('commune', 'Le Havre', 'Madame', 0)).toMatchObject({
      sujet: 'la commune du Havre',
      territoire: 'du Havre',
    });
    expect(named('commune', 'Le Havre', 'Madame', 3).sujet).toBe('la commune du Havre');
    expect(named('commune', 'Les Mureaux', 'Monsieur', 2).sujet).toBe('la commune des Mureaux');
    // Without an article in the name, the stored TNCC still says what the name cannot (h muet).
    expect(named('commune', 'Hyères', 'Monsieur', 1).sujet).toBe('la commune d’Hyères');
  });

  it('EPCI: the official abbreviations written out, the article and gender from the form', () => {
    expect(expandEpciName('CC du Pays de Fayence')).toBe('communauté de communes du Pays de Fayence');
    expect(expandEpciName('CA du Grand Dole')).toBe('communauté d’agglomération du Grand Dole');
    expect(expandEpciName('CU Le Havre Seine Métropole')).toBe('communauté urbaine Le Havre Seine Métropole');
    expect(expandEpciName('CC Coeur de Sologne')).toBe('communauté de communes Cœur de Sologne');
    expect(expandEpciName('ME Exemple')).toBe('métropole Exemple');
    // Typed by hand: the abbreviation in lower case, the legal form with a capital.
    expect(expandEpciName('ca du Pays Basque')).toBe('communauté d’agglomération du Pays Basque');
    expect(expandEpciName("Communauté de communes du Val d'Amboise")).toBe('communauté de communes du Val d’Amboise');
    expect(named('communaute-d-agglomeration', 'Communauté d’agglomération du Pays Basque', 'Monsieur')).toMatchObject({
      sujet: 'la communauté d’agglomération du Pays Basque',
      de: 'de la communauté d’agglomération du Pays Basque',
      nom: 'Communauté d’agglomération du Pays Basque',
    });
    expect(named('metropole', 'Métropole de Lyon', 'Monsieur')).toMatchObject({ sujet: 'la Métropole de Lyon' });
    // The article of the city the name holds stays with it, capital kept.
    expect(named('communaute-urbaine', 'Le Mans Métropole', 'Monsieur')).toMatchObject({
      genre: 'feminin',
      sujet: 'Le Mans Métropole',
      a: 'à Le Mans Métropole',
    });
    expect(named('metropole', 'Eurométropole de Strasbourg', 'Madame')).toMatchObject({
      genre: 'feminin',
      sujet: 'l’Eurométropole de Strasbourg',
      de: 'de l’Eurométropole de Strasbourg',
      a: 'à l’Eurométropole de Strasbourg',
      titreRepresentant: 'Présidente de l’Eurométropole de Strasbourg',
    });
    expect(named('communaute-urbaine', 'CU Le Havre Seine Métropole')).toMatchObject({
      sujet: 'la communauté urbaine Le Havre Seine Métropole',
      nom: 'Communauté urbaine Le Havre Seine Métropole',
    });
    expect(named('metropole', 'Métropole de Lyon').de).toBe('de la Métropole de Lyon');
    expect(named('metropole', 'Angers Loire Métropole')).toMatchObject({
      sujet: 'Angers Loire Métropole',
      de: 'd’Angers Loire Métropole',
    });
    // A name typed with its article.
    expect(named('communaute-urbaine', 'Le Grand Reims')).toMatchObject({
      genre: 'masculin',
      sujet: 'le Grand Reims',
      de: 'du Grand Reims',
      a: 'au Grand Reims',
    });
  });
});

describe('each person’s own civility in the letter', () => {
  it('élue référente, cheffe de projet', () => {
    const dossier = aDossier().build();
    dossier.collectivite.eluReferent = {
      civilite: 'Madame',
      prenom: 'Léa',
      nom: 'Roux',
      fonction: 'Adjointe au maire',
    };
    dossier.collectivite.chefDeProjet = { civilite: 'Madame', prenom: 'Inès', nom: 'Blanc', email: '', telephone: '' };
    const built = buildDocument({ kind: 'letter', dossier, author: 'Test', date: '2026-03-02' });
    if (!built.ok) throw new Error(JSON.stringify(built));
    const text = documentText(built.model).join('\n');
    expect(text).toContain('Léa Roux, adjointe au maire, élue référente');
    expect(text).toContain('Inès Blanc, cheffe de projet');
  });
});

describe('the official list keeps what documents need', () => {
  it('the type de nom and the sous-préfecture of a commune’s arrondissement', async () => {
    const { compactReferentiel } = await import('../../../shared/referentiel/referentiel');
    const { emptyDossier, fieldsFromReferentiel } = await import('../../../shared/dossier/new-dossier-factory');
    const entries = compactReferentiel({
      communes: [
        {
          code: '76351',
          nom: 'Le Havre',
          type: 'commune-actuelle',
          departement: '76',
          region: '28',
          arrondissement: '762',
          siren: '217603513',
          population: 166687,
          typeLiaison: 2,
        },
        {
          code: '76540',
          nom: 'Rouen',
          type: 'commune-actuelle',
          departement: '76',
          region: '28',
          arrondissement: '763',
          siren: '217605401',
          population: 114083,
          typeLiaison: 0,
        },
      ],
      epci: [],
      departements: [{ code: '76', nom: 'Seine-Maritime', region: '28', typeLiaison: 3, chefLieu: '76540' }],
      regions: [{ code: '28', nom: 'Normandie', chefLieu: '76540', typeLiaison: 0 }],
      arrondissements: [
        { code: '762', nom: 'Le Havre', chefLieu: '76351', typeLiaison: 2 },
        { code: '763', nom: 'Rouen', chefLieu: '76540', typeLiaison: 0 },
      ],
    });
    const havre = entries.find((entry) => entry.nom === 'Le Havre')!;
    const rouen = entries.find((entry) => entry.nom === 'Rouen')!;
    expect(havre).toMatchObject({ typeLiaison: 2, sousPrefecture: 'Sous-préfecture du Havre' });
    expect(rouen.sousPrefecture).toBe('');
    const dossier = emptyDossier(fieldsFromReferentiel(havre), 'id', new Date('2026-01-01T00:00:00Z'));
    expect(dossier.collectivite.typeLiaison).toBe(2);
    expect(dossier.etat.sousPrefecture.nom).toBe('Sous-préfecture du Havre');
  });
});

describe('the régions offered are the real régions', () => {
  it('the official list holds the eighteen régions, not the overseas collectivités the package adds', async () => {
    const { loadReferentiel } = await import('../../../cli/referentiel-node');
    const entries = loadReferentiel().entries;
    const regions = entries.filter((entry) => entry.type === 'region').map((entry) => entry.nom);
    expect(regions).toHaveLength(18);
    expect(regions).toEqual(expect.arrayContaining(['Bretagne', 'Mayotte', 'La Réunion', 'Corse', 'Guyane']));
    for (const com of ['Wallis et Futuna', 'Polynésie française', 'Nouvelle-Calédonie', 'Saint-Pierre-et-Miquelon'])
      expect(
        entries.some((entry) => (entry.type === 'region' || entry.type === 'departement') && entry.nom === com),
      ).toBe(false);
    // No entry lies in a « région » that is not one.
    const real = new Set(entries.filter((entry) => entry.type === 'region').map((entry) => entry.nom));
    for (const entry of entries) if (entry.region.nom) expect(real.has(entry.region.nom), entry.nom).toBe(true);
  });

  it('demo dossiers lie in real régions, for many seeds', async () => {
    const { demoDossiers } = await import('../helpers/demo');
    const { loadReferentiel } = await import('../../../cli/referentiel-node');
    const real = new Set(
      loadReferentiel()
        .entries.filter((entry) => entry.type === 'region')
        .map((entry) => entry.nom),
    );
    for (const seed of [1, 2, 3, 7, 42])
      for (const dossier of demoDossiers({ count: 24, seed })) {
        expect(real.has(dossier.collectivite.region.nom), dossier.collectivite.nom).toBe(true);
        if (dossier.collectivite.type === 'region') expect(real.has(dossier.collectivite.nom)).toBe(true);
      }
  });
});

describe('titles in the form of the person’s civility, never in inclusive writing', () => {
  it('resolves inclusive writing by the civility', async () => {
    const { sansEcritureInclusive } = await import('../../../shared/format/civility');
    expect(sansEcritureInclusive('Adjoint·e chargé·e de la solidarité', 'Madame')).toBe(
      'Adjointe chargée de la solidarité',
    );
    expect(sansEcritureInclusive('Adjoint·e chargé·e de la solidarité', 'Monsieur')).toBe(
      'Adjoint chargé de la solidarité',
    );
    expect(sansEcritureInclusive('directeur·rice, chef·fe de projet, élu.e', 'Madame')).toBe(
      'directrice, cheffe de projet, élue',
    );
    expect(sansEcritureInclusive('conseiller·ère délégué·e', 'Monsieur')).toBe('conseiller délégué');
    // What is not inclusive writing is left alone.
    expect(sansEcritureInclusive('www.ville-rennes.fr, 3.5 %', 'Madame')).toBe('www.ville-rennes.fr, 3.5 %');
  });

  it('agrees a title typed in the masculine with a woman who holds it', async () => {
    const { titreAccorde } = await import('../../../shared/format/civility');
    expect(titreAccorde('Vice-président chargé des solidarités', 'Madame')).toBe(
      'Vice-présidente chargée des solidarités',
    );
    expect(titreAccorde('Premier adjoint au maire', 'Madame')).toBe('Première adjointe au maire');
    expect(titreAccorde('adjoint au maire délégué', 'Madame')).toBe('adjointe au maire déléguée');
    expect(titreAccorde('Premier adjoint au maire', 'Monsieur')).toBe('Premier adjoint au maire');
    expect(titreAccorde('Adjoint·e chargé·e de la solidarité', 'Madame')).toBe('Adjointe chargée de la solidarité');
    expect(
      representativeQuality({
        type: 'departement',
        nom: 'Loire-Atlantique',
        representant: { civilite: 'Madame', prenom: 'Anne', nom: 'Vivre', titre: 'Vice-président' },
        departement: { code: '44', nom: 'Loire-Atlantique' },
        region: { code: '52', nom: 'Pays de la Loire' },
      }),
    ).toBe('Vice-présidente');
  });

  it('no document of the demo dossiers prints a median point; the élu référent agrees with their civility', async () => {
    const { demoDossiers } = await import('../helpers/demo');
    for (const dossier of demoDossiers({ count: 6, seed: 11 })) {
      const elu = dossier.collectivite.eluReferent;
      const woman = elu.civilite === 'Madame';
      // An adjoint au maire in a commune, a vice-président elsewhere; in the élu's own form.
      expect(elu.fonction).toBe(
        dossier.collectivite.type === 'commune'
          ? `${woman ? 'Adjointe' : 'Adjoint'} au maire ${woman ? 'chargée' : 'chargé'} de la solidarité`
          : `${woman ? 'Vice-présidente' : 'Vice-président'} ${woman ? 'chargée' : 'chargé'} de la solidarité`,
      );
      for (const kind of ['letter', 'contract'] as const) {
        const built = buildDocument({ kind, dossier, author: 'Test', date: '2026-03-01' });
        if (!built.ok) continue;
        expect(documentText(built.model).join('\n'), `${kind} ${dossier.collectivite.nom}`).not.toMatch(/[·•]/);
      }
    }
    // A title typed in inclusive writing is printed in the person's form.
    const dossier = aDossier().build();
    dossier.collectivite.eluReferent = {
      civilite: 'Madame',
      prenom: 'Léa',
      nom: 'Roux',
      fonction: 'Adjoint·e au maire',
    };
    const built = buildDocument({ kind: 'letter', dossier, author: 'Test', date: '2026-03-01' });
    if (!built.ok) throw new Error(JSON.stringify(built));
    expect(documentText(built.model).join('\n')).toContain('Léa Roux, adjointe au maire, élue référente');
  });
});

describe('the sous-préfecture: what the agent typed wins', () => {
  it('the typed sous-préfecture over the arrondissement’s; the arrondissement’s only when none is typed', async () => {
    const { sousPrefetTitle } = await import('../../../shared/dossier/etat-designations');
    const dossier = aDossier().build();
    dossier.collectivite.arrondissement = 'Le Havre';
    dossier.etat.signataire = { civilite: 'Madame', prenom: 'Anne', nom: 'Martin', qualite: 'sous-prefet' };
    dossier.etat.sousPrefecture.nom = 'Sous-préfecture de Dieppe';
    expect(sousPrefetTitle(dossier)).toBe('Sous-préfète de Dieppe');
    dossier.etat.sousPrefecture.nom = 'Les Andelys';
    expect(sousPrefetTitle(dossier)).toBe('Sous-préfète des Andelys');
    dossier.etat.sousPrefecture.nom = '';
    expect(sousPrefetTitle(dossier)).toBe('Sous-préfète du Havre');
    // Through a document: the letter goes « sous couvert » of the sous-préfète typed, to the
    // préfet in person (his own civility).
    dossier.etat.sousPrefecture.nom = 'Sous-préfecture de Dieppe';
    dossier.etat.prefet = { civilite: 'Monsieur', prenom: 'Jean-Benoît', nom: 'Albertini' };
    const built = buildDocument({ kind: 'letter', dossier, author: 'Test', date: '2026-03-02' });
    if (!built.ok) throw new Error(JSON.stringify(built));
    const text = documentText(built.model).join('\n');
    expect(text).toContain('sous couvert de Madame la sous-préfète de Dieppe');
    expect(text).not.toContain('du Havre');
  });

  it('a département or a région writes to its préfet directly, never « sous couvert » of a sous-préfet', () => {
    for (const type of ['departement', 'region'] as const) {
      const dossier = aDossier().build();
      dossier.collectivite.type = type;
      dossier.etat.sousPrefecture.nom = 'Sous-préfecture de Dieppe';
      const built = buildDocument({ kind: 'letter', dossier, author: 'Test', date: '2026-03-02' });
      if (!built.ok) throw new Error(JSON.stringify(built));
      expect(documentText(built.model).join('\n'), type).not.toContain('sous couvert');
    }
  });
});

describe('the letter’s figures', () => {
  it('cites the latest year over before the letter’s date, never the letter’s own year', () => {
    const dossier = aDossier().build();
    dossier.collectivite.eluReferent = { civilite: 'Madame', prenom: 'Léa', nom: 'Roux', fonction: '' };
    const publics = (annee: number, titresDeSejour: number) => ({
      annee,
      titresDeSejour,
      bpi: 10,
      femmes: 0,
      enfants: 0,
      source: 'AGDREF',
    });
    dossier.diagnostic.publics = [publics(2021, 464), publics(2022, 981)];
    dossier.workflow.dates['lettre-intention'] = '2022-03-13';
    const built = buildDocument({ kind: 'letter', dossier, author: 'Test', date: '2022-03-13' });
    if (!built.ok) throw new Error(JSON.stringify(built));
    const text = documentText(built.model)
      .join('\n')
      .replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('464 premiers titres de séjour en 2021');
    expect(text).not.toContain('2022, dont');
  });
});

describe('demo sous-préfets', () => {
  it('sign only where the arrondissement has a sous-préfecture (never « sous-préfecture de Nantes »)', async () => {
    const { demoDossiers } = await import('../helpers/demo');
    const { loadReferentiel } = await import('../../../cli/referentiel-node');
    const real = new Set(
      loadReferentiel()
        .entries.map((entry) => entry.sousPrefecture)
        .filter(Boolean),
    );
    const signed = demoDossiers({ count: 200, seed: 1 }).filter((d) => d.etat.signataire.qualite === 'sous-prefet');
    expect(signed.length).toBeGreaterThan(0);
    for (const dossier of signed)
      expect(real.has(dossier.etat.sousPrefecture.nom), dossier.collectivite.nom).toBe(true);
  });
});
