// cli/document-fonts.ts
import { readFileSync } from "node:fs";
import path from "node:path";

// shared/documents/font-families.ts
var FONT_STYLES = ["regular", "bold", "italic", "boldItalic"];
var FONT_FAMILIES = [
  {
    name: "Liberation Sans",
    files: {
      regular: "LiberationSans-Regular.ttf",
      bold: "LiberationSans-Bold.ttf",
      italic: "LiberationSans-Italic.ttf",
      boldItalic: "LiberationSans-BoldItalic.ttf"
    }
  },
  {
    name: "Noto Sans",
    files: {
      regular: "NotoSans-Regular.ttf",
      bold: "NotoSans-Bold.ttf",
      italic: "NotoSans-Italic.ttf",
      boldItalic: "NotoSans-BoldItalic.ttf"
    }
  },
  {
    // Arabic has no italic in Noto: italic runs are set upright.
    name: "Noto Sans Arabic",
    files: {
      regular: "NotoSansArabic-Regular.ttf",
      bold: "NotoSansArabic-Bold.ttf",
      italic: "NotoSansArabic-Regular.ttf",
      boldItalic: "NotoSansArabic-Bold.ttf"
    }
  }
];
var FONT_FILES = [
  ...new Set(FONT_FAMILIES.flatMap((family) => FONT_STYLES.map((style) => family.files[style])))
];

// cli/document-fonts.ts
var here = path.dirname(new URL(import.meta.url).pathname);
function assets() {
  for (const candidate of [path.join(here, "../assets"), path.join(here, "../../assets")])
    try {
      readFileSync(path.join(candidate, "icc/sRGB.icc"));
      return candidate;
    } catch {
    }
  throw new Error("Le dossier des polices (assets) est introuvable \xE0 c\xF4t\xE9 de l\u2019outil ctai.");
}
function loadPdfFonts() {
  const root = assets();
  return {
    files: Object.fromEntries(
      FONT_FILES.map((file) => [file, new Uint8Array(readFileSync(path.join(root, "fonts", file)))])
    ),
    iccProfile: new Uint8Array(readFileSync(path.join(root, "icc/sRGB.icc")))
  };
}

// cli/referentiel-node.ts
import { createRequire } from "node:module";

// shared/text/search-key.ts
function searchKey(text3) {
  return text3.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[\s'’-]+/g, " ").trim();
}

// shared/referentiel/referentiel.ts
var CHARNIERES = ["de ", "d\u2019", "du ", "de la ", "des ", "de l\u2019", "des ", "de las ", "de los "];
function charniere(typeLiaison) {
  return CHARNIERES[typeLiaison ?? 0] ?? "de ";
}
var EPCI_TYPES = {
  CC: "communaute-de-communes",
  CA: "communaute-d-agglomeration",
  CU: "communaute-urbaine",
  METRO: "metropole",
  MET69: "metropole"
};
function compactReferentiel(raw) {
  const regions = new Map(raw.regions.map((region) => [region.code, region.nom]));
  const departements = new Map(raw.departements.map((departement2) => [departement2.code, departement2]));
  const arrondissements = new Map(
    raw.arrondissements.map((arrondissement) => [arrondissement.code, arrondissement.nom])
  );
  const communes = raw.communes.filter((commune) => commune.type === "commune-actuelle");
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  const communeDepartement = new Map(communes.map((commune) => [commune.code, commune.departement ?? ""]));
  const communeName = (code) => code ? communeByCode.get(code)?.nom ?? "" : "";
  const place = (departementCode) => {
    const departement2 = departements.get(departementCode);
    const regionCode = departement2?.region ?? "";
    return {
      departement: {
        code: departementCode,
        nom: departement2?.nom ?? "",
        charniere: charniere(departement2?.typeLiaison)
      },
      region: { code: regionCode, nom: regions.get(regionCode) ?? "" }
    };
  };
  const populationOf = (key, code) => communes.reduce((sum, commune) => commune[key] === code ? sum + (commune.population ?? 0) : sum, 0);
  const entries = [];
  for (const region of raw.regions) {
    entries.push({
      type: "region",
      nom: region.nom,
      codeInsee: "",
      siren: "",
      arrondissement: "",
      population: populationOf("region", region.code),
      chefLieu: communeName(region.chefLieu),
      // A région's State representative is the préfet of its chef-lieu's département.
      ...place(communeDepartement.get(region.chefLieu ?? "") ?? "")
    });
  }
  for (const departement2 of raw.departements) {
    entries.push({
      type: "departement",
      nom: departement2.nom,
      codeInsee: "",
      siren: "",
      arrondissement: "",
      population: populationOf("departement", departement2.code),
      chefLieu: communeName(departement2.chefLieu),
      ...place(departement2.code)
    });
  }
  for (const epci of raw.epci) {
    const type = EPCI_TYPES[epci.type];
    if (!type) continue;
    const counts = /* @__PURE__ */ new Map();
    for (const membre of epci.membres) {
      const code = communeDepartement.get(membre.code);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const departementCode = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
    const seat = epci.membres.map((membre) => communeByCode.get(membre.code)).reduce(
      (best, commune) => commune && (commune.population ?? 0) > (best?.population ?? -1) ? commune : best,
      void 0
    );
    entries.push({
      type,
      nom: epci.nom,
      codeInsee: "",
      siren: epci.code,
      arrondissement: "",
      population: epci.populationTotale ?? null,
      chefLieu: seat?.nom ?? "",
      ...place(departementCode)
    });
  }
  for (const commune of communes) {
    entries.push({
      type: "commune",
      nom: commune.nom,
      codeInsee: commune.code,
      siren: commune.siren ?? "",
      arrondissement: arrondissements.get(commune.arrondissement ?? "") ?? "",
      population: commune.population ?? null,
      chefLieu: commune.nom,
      ...place(commune.departement ?? "")
    });
  }
  return entries;
}
function indexReferentiel(entries) {
  return { entries, keys: entries.map((entry) => searchKey(entry.nom)) };
}

// cli/referentiel-node.ts
var require2 = createRequire(import.meta.url);
var cached = null;
function readRawDecoupage() {
  const data = (name) => require2(`@etalab/decoupage-administratif/data/${name}.json`);
  return {
    communes: data("communes"),
    epci: data("epci"),
    departements: data("departements"),
    regions: data("regions"),
    arrondissements: data("arrondissements")
  };
}
function loadReferentiel() {
  cached ??= indexReferentiel(compactReferentiel(readRawDecoupage()));
  return cached;
}

// shared/dossier/axes.ts
var AXES = [
  "emploi-formation",
  "logement",
  "acces-aux-droits",
  "francais",
  "sante",
  "sante-mentale",
  "inclusion-numerique",
  "mobilite",
  "liens-societe-accueil",
  "parentalite",
  "egalite-femmes-hommes",
  "culture-sport-loisirs"
];
var COMPULSORY_AXE = "logement";
var AXE_LABELS = {
  "emploi-formation": "Emploi et formation professionnelle",
  logement: "Logement et h\xE9bergement",
  "acces-aux-droits": "Acc\xE8s aux droits",
  francais: "Apprentissage du fran\xE7ais",
  sante: "Acc\xE8s aux soins et sant\xE9",
  "sante-mentale": "Sant\xE9 mentale",
  "inclusion-numerique": "Inclusion num\xE9rique",
  mobilite: "Mobilit\xE9",
  "liens-societe-accueil": "Liens avec la soci\xE9t\xE9 d\u2019accueil et citoyennet\xE9",
  parentalite: "Parentalit\xE9 et petite enfance",
  "egalite-femmes-hommes": "\xC9galit\xE9 femmes-hommes",
  "culture-sport-loisirs": "Culture, sport et loisirs"
};

// shared/dossier/collectivite-type.ts
var COLLECTIVITE_TYPES = [
  "commune",
  "communaute-de-communes",
  "communaute-d-agglomeration",
  "communaute-urbaine",
  "metropole",
  "departement",
  "region"
];

// shared/dossier/dossier-schema.ts
import { z as z2 } from "zod";

// shared/dossier/schema-primitives.ts
import { z } from "zod";
var MAX_CENTS = 1e13;
var text = (max = 200) => z.string().trim().max(max);
var requiredText = (max = 200) => z.string().trim().min(1).max(max);
var longText = () => z.string().max(2e4);
var cents = () => z.number().int().min(0).max(MAX_CENTS);
var count = () => z.number().int().min(0).max(1e8);
var year = () => z.number().int().min(2019).max(2100);
var isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "doit \xEAtre une date au format AAAA-MM-JJ", abort: true }).refine((value) => isRealDate(value), { error: "n\u2019est pas une date du calendrier" });
var isoDateTime = () => z.iso.datetime({ offset: true, error: "doit \xEAtre une date et une heure ISO 8601" });
function isRealDate(value) {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
var codeInsee = () => z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: "doit comporter 5 caract\xE8res (par exemple 38185 ou 2A004)" });
var siren = () => z.string().regex(/^\d{9}$/, { error: "doit comporter 9 chiffres" });
var siret = () => z.string().regex(/^\d{14}$/, { error: "doit comporter 14 chiffres" });
var rna = () => z.string().regex(/^W\d{9}$/, { error: "doit commencer par W suivi de 9 chiffres" });
var email = () => z.email({ error: "doit \xEAtre une adresse \xE9lectronique valide" }).max(254);
var telephone = () => z.string().regex(/^(\+33 ?|0)[1-9]( ?\d{2}){4}$/, { error: "doit \xEAtre un num\xE9ro fran\xE7ais \xE0 10 chiffres" });
var codeDepartement = () => z.string().regex(/^(\d{2}|2[AB]|9[78]\d)$/, { error: "doit \xEAtre un code de d\xE9partement (par exemple 38, 2A ou 974)" });
var codeRegion = () => z.string().regex(/^\d{2,3}$/, { error: "doit \xEAtre un code de r\xE9gion (2 chiffres, 3 outre-mer)" });
var civilite = () => z.enum(["Madame", "Monsieur"]);
var optional = (schema) => z.union([z.literal(""), schema]);

// shared/dossier/workflow-steps.ts
var STEPS = [
  "lettre-intention",
  "echange",
  "diagnostic",
  "proposition",
  "signature",
  "suivi",
  "cloture"
];
var STEP_LABELS = {
  "lettre-intention": "Lettre d\u2019intention",
  echange: "\xC9change avec la pr\xE9fecture",
  diagnostic: "Diagnostic partag\xE9",
  proposition: "Proposition et demande de financement",
  signature: "Validation et signature",
  suivi: "Suivi (avenants et bilans)",
  cloture: "Cl\xF4ture"
};
var DOSSIER_STATUSES = ["actif", "suspendu", "abandonne"];
function stepIndex(step) {
  return step === null ? -1 : STEPS.indexOf(step);
}

// shared/dossier/dossier-schema.ts
var DOSSIER_FORMAT_VERSION = 1;
var personne = z2.object({
  civilite: optional(civilite()),
  prenom: text(80),
  nom: text(80)
});
var collectiviteSchema = z2.object({
  type: z2.enum(COLLECTIVITE_TYPES),
  nom: requiredText(150),
  /** 'officiel' when picked from the official list; 'saisie-libre' when typed by hand. */
  source: z2.enum(["officiel", "saisie-libre"]),
  codeInsee: optional(codeInsee()),
  siren: optional(siren()),
  departement: z2.object({ code: optional(codeDepartement()), nom: text(80) }),
  arrondissement: text(80),
  region: z2.object({ code: optional(codeRegion()), nom: text(80) }),
  population: count().nullable(),
  representant: personne.extend({ titre: text(80) }),
  deliberation: z2.object({ numero: text(40), date: optional(isoDate()) }),
  eluReferent: personne.extend({ fonction: text(120) }),
  chefDeProjet: personne.extend({ email: optional(email()), telephone: optional(telephone()) }),
  adresse: z2.object({ ligne1: text(150), ligne2: text(150), codePostal: text(10), commune: text(100) }),
  contact: z2.object({ email: optional(email()), telephone: optional(telephone()) })
});
var etatSchema = z2.object({
  prefecture: z2.object({ departementCode: optional(codeDepartement()), nom: text(120), adresse: text(250) }),
  sousPrefecture: z2.object({ nom: text(120), adresse: text(250) }),
  signataire: personne.extend({ qualite: z2.enum(["prefet", "sous-prefet"]) }),
  referent: personne.extend({ service: text(150), email: optional(email()), telephone: optional(telephone()) }),
  programme: text(10),
  action: text(10)
});
var publicFigureSchema = z2.object({
  annee: year(),
  titresDeSejour: count(),
  bpi: count(),
  femmes: count(),
  enfants: count(),
  source: text(200)
});
var axeDiagnosticSchema = z2.object({
  axe: z2.enum(AXES),
  constats: longText(),
  offreExistante: longText(),
  manques: longText(),
  priorite: z2.enum(["haute", "moyenne", "basse", ""])
});
var diagnosticSchema = z2.object({
  synthese: longText(),
  publics: z2.array(publicFigureSchema).max(50),
  axes: z2.array(axeDiagnosticSchema).max(AXES.length)
});
var cofinanceurSchema = z2.object({ nom: requiredText(150), montant: cents() });
var budgetAnnuelSchema = z2.object({
  annee: year(),
  coutTotal: cents(),
  ctaiDemande: cents(),
  ctaiAccorde: cents().nullable(),
  cofinanceurs: z2.array(cofinanceurSchema).max(30)
});
var indicateurSchema = z2.object({
  id: requiredText(64),
  libelle: requiredText(200),
  cible: text(100),
  realise: z2.array(z2.object({ annee: year(), valeur: text(100) })).max(20)
});
var ACTION_STATUSES = ["proposee", "retenue", "ecartee", "en-cours", "terminee"];
var actionSchema = z2.object({
  id: requiredText(64),
  intitule: requiredText(200),
  axes: z2.array(z2.enum(AXES)).min(1).max(AXES.length),
  porteur: z2.object({
    nom: requiredText(150),
    formeJuridique: text(80),
    siret: optional(siret()),
    rna: optional(rna())
  }),
  publicCible: text(300),
  beneficiaires: count(),
  objectifs: longText(),
  description: longText(),
  dateDebut: optional(isoDate()),
  dateFin: optional(isoDate()),
  budgets: z2.array(budgetAnnuelSchema).max(20),
  indicateurs: z2.array(indicateurSchema).max(30),
  statut: z2.enum(ACTION_STATUSES)
});
var versementSchema = z2.object({
  id: requiredText(64),
  annee: year(),
  nature: z2.enum(["avance", "solde"]),
  datePrevue: optional(isoDate()),
  montantPrevu: cents(),
  dateVersement: optional(isoDate()),
  montantVerse: cents().nullable()
});
var avenantSchema = z2.object({
  id: requiredText(64),
  annee: year(),
  numero: text(40),
  date: optional(isoDate()),
  montants: z2.array(z2.object({ actionId: requiredText(64), montant: cents() })).max(200)
});
var signataireSchema = z2.object({
  partie: z2.enum(["etat", "collectivite"]),
  nom: requiredText(120),
  qualite: requiredText(200)
});
var contratSchema = z2.object({
  numero: text(40),
  anneeDebut: year().nullable(),
  duree: z2.number().int().min(1).max(10).nullable(),
  montantsAnnuels: z2.array(z2.object({ annee: year(), montant: cents() })).max(20),
  versements: z2.array(versementSchema).max(100),
  avenants: z2.array(avenantSchema).max(30),
  signature: z2.object({
    lieu: text(100),
    date: optional(isoDate()),
    signataires: z2.array(signataireSchema).max(6)
  }),
  copil: z2.array(z2.object({ date: isoDate(), objet: text(300) })).max(50),
  bilans: z2.array(z2.object({ annee: year(), dateReception: optional(isoDate()), financier: z2.boolean() })).max(40),
  clausesParticulieres: longText()
});
var workflowEventSchema = z2.object({
  date: isoDate(),
  type: z2.enum(["avance", "retour", "suspension", "reprise", "abandon"]),
  etape: z2.enum(STEPS).nullable(),
  motif: text(1e3),
  auteur: text(200)
});
var workflowSchema = z2.object({
  etape: z2.enum(STEPS).nullable(),
  dates: z2.partialRecord(z2.enum(STEPS), isoDate()),
  statut: z2.enum(DOSSIER_STATUSES),
  evenements: z2.array(workflowEventSchema).max(500)
});
var dossierSchema = z2.object({
  formatVersion: z2.literal(DOSSIER_FORMAT_VERSION),
  id: requiredText(64),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  collectivite: collectiviteSchema,
  etat: etatSchema,
  diagnostic: diagnosticSchema,
  actions: z2.array(actionSchema).max(200),
  contrat: contratSchema,
  workflow: workflowSchema
});

// shared/dossier/new-dossier-factory.ts
function fieldsFromReferentiel(entry) {
  const { departement: departement2, region } = entry;
  return {
    nom: entry.nom,
    type: entry.type,
    official: {
      codeInsee: entry.codeInsee,
      siren: entry.siren,
      departement: { code: departement2.code, nom: departement2.nom },
      region: { code: region.code, nom: region.nom },
      arrondissement: entry.arrondissement,
      population: entry.population
    },
    prefecture: departement2.nom ? `Pr\xE9fecture ${departement2.charniere}${departement2.nom}` : ""
  };
}
var emptyPerson = { civilite: "", prenom: "", nom: "" };
function emptyDossier(fields, id, now) {
  const timestamp = now.toISOString();
  const representantTitre = fields.type === "commune" ? "Maire" : "Pr\xE9sident";
  return {
    formatVersion: DOSSIER_FORMAT_VERSION,
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    collectivite: {
      type: fields.type,
      nom: fields.nom,
      source: fields.official ? "officiel" : "saisie-libre",
      codeInsee: fields.official?.codeInsee ?? "",
      siren: fields.official?.siren ?? "",
      departement: fields.official?.departement ?? { code: "", nom: "" },
      arrondissement: fields.official?.arrondissement ?? "",
      region: fields.official?.region ?? { code: "", nom: "" },
      population: fields.official?.population ?? null,
      representant: { ...emptyPerson, titre: representantTitre },
      deliberation: { numero: "", date: "" },
      eluReferent: { ...emptyPerson, fonction: "" },
      chefDeProjet: { ...emptyPerson, email: "", telephone: "" },
      adresse: { ligne1: "", ligne2: "", codePostal: "", commune: "" },
      contact: { email: "", telephone: "" }
    },
    etat: {
      prefecture: {
        departementCode: fields.official?.departement.code ?? "",
        nom: fields.prefecture ?? "",
        adresse: ""
      },
      sousPrefecture: { nom: "", adresse: "" },
      signataire: { ...emptyPerson, qualite: "prefet" },
      referent: { ...emptyPerson, service: "", email: "", telephone: "" },
      programme: "104",
      action: "12"
    },
    diagnostic: { synthese: "", publics: [], axes: [] },
    actions: [],
    contrat: {
      numero: "",
      anneeDebut: null,
      duree: null,
      montantsAnnuels: [],
      versements: [],
      avenants: [],
      signature: { lieu: "", date: "", signataires: [] },
      copil: [],
      bilans: [],
      clausesParticulieres: ""
    },
    workflow: { etape: null, dates: {}, statut: "actif", evenements: [] }
  };
}

// shared/dossier/representative.ts
function deNom(nom) {
  return /^[aeiouyàâäéèêëîïôöùûüh]/i.test(nom) ? `d\u2019${nom}` : `de ${nom}`;
}
function representativeQuality(collectivite) {
  const feminine = collectivite.representant.civilite === "Madame";
  const president = feminine ? "Pr\xE9sidente" : "Pr\xE9sident";
  switch (collectivite.type) {
    case "commune":
      return `Maire ${deNom(collectivite.nom)}`;
    case "departement":
      return `${president} du conseil d\xE9partemental`;
    case "region":
      return `${president} du conseil r\xE9gional`;
    default:
      return `${president} ${deNom(collectivite.nom)}`;
  }
}

// shared/dossier/funding.ts
var zero = () => ({ coutTotal: 0, ctaiDemande: 0, ctaiAccorde: 0, cofinancement: 0 });
function cofinancement(budget2) {
  return budget2.cofinanceurs.reduce((sum, cofinanceur) => sum + cofinanceur.montant, 0);
}
function fundingGap(budget2) {
  return budget2.coutTotal - budget2.ctaiDemande - cofinancement(budget2);
}
function add(totals, budget2) {
  totals.coutTotal += budget2.coutTotal;
  totals.ctaiDemande += budget2.ctaiDemande;
  totals.ctaiAccorde += budget2.ctaiAccorde ?? 0;
  totals.cofinancement += cofinancement(budget2);
}
function fundedActions(dossier2) {
  return dossier2.actions.filter((action) => action.statut !== "ecartee");
}
function totalsByYear(dossier2) {
  const byYear = /* @__PURE__ */ new Map();
  for (const action of fundedActions(dossier2)) {
    for (const budget2 of action.budgets) {
      const totals = byYear.get(budget2.annee) ?? zero();
      add(totals, budget2);
      byYear.set(budget2.annee, totals);
    }
  }
  return new Map([...byYear.entries()].sort(([a], [b]) => a - b));
}
function amountGranted(dossier2, annee) {
  return fundedActions(dossier2).flatMap((action) => action.budgets).filter((budget2) => annee === void 0 || budget2.annee === annee).reduce((sum, budget2) => sum + (budget2.ctaiAccorde ?? 0), 0);
}
function amountPaid(dossier2, annee) {
  return dossier2.contrat.versements.filter((versement) => annee === void 0 || versement.annee === annee).reduce((sum, versement) => sum + (versement.montantVerse ?? 0), 0);
}
function fundingProblems(dossier2, formatAmount) {
  const problems = [];
  dossier2.actions.forEach((action, actionIndex) => {
    if (action.statut === "ecartee") return;
    action.budgets.forEach((budget2, budgetIndex) => {
      const path2 = ["actions", actionIndex, "budgets", budgetIndex];
      if (budget2.ctaiDemande > budget2.coutTotal) {
        problems.push({
          code: "ctai-above-total",
          path: [...path2, "ctaiDemande"],
          message: `\xAB ${action.intitule} \xBB, ${budget2.annee} : le montant CTAI demand\xE9 (${formatAmount(budget2.ctaiDemande)}) d\xE9passe le co\xFBt total (${formatAmount(budget2.coutTotal)}).`
        });
      }
      if (budget2.ctaiAccorde !== null && budget2.ctaiAccorde > budget2.coutTotal) {
        problems.push({
          code: "ctai-above-total",
          path: [...path2, "ctaiAccorde"],
          message: `\xAB ${action.intitule} \xBB, ${budget2.annee} : le montant CTAI accord\xE9 (${formatAmount(budget2.ctaiAccorde)}) d\xE9passe le co\xFBt total (${formatAmount(budget2.coutTotal)}).`
        });
      }
      const gap = fundingGap(budget2);
      if (gap !== 0) {
        problems.push({
          code: "funding-gap",
          path: [...path2, "cofinanceurs"],
          gap,
          message: gap > 0 ? `\xAB ${action.intitule} \xBB, ${budget2.annee} : ${formatAmount(gap)} du co\xFBt total ne sont couverts ni par le CTAI ni par un cofinanceur.` : `\xAB ${action.intitule} \xBB, ${budget2.annee} : le CTAI et les cofinanceurs d\xE9passent le co\xFBt total de ${formatAmount(-gap)}.`
        });
      }
    });
  });
  const years = new Set(dossier2.contrat.versements.map((versement) => versement.annee));
  for (const annee of [...years].sort()) {
    const granted = amountGranted(dossier2, annee);
    const paid = amountPaid(dossier2, annee);
    if (paid > granted) {
      problems.push({
        code: "payments-above-granted",
        path: ["contrat", "versements"],
        message: `${annee} : les versements (${formatAmount(paid)}) d\xE9passent le montant accord\xE9 (${formatAmount(granted)}).`
      });
    }
  }
  return problems;
}

// shared/format/money.ts
var NARROW_NBSP = "\u202F";
var NBSP = "\xA0";
function formatEuros(cents2) {
  const negative = cents2 < 0;
  const absolute = Math.abs(Math.round(cents2));
  const euros = Math.floor(absolute / 100).toString();
  const rest = (absolute % 100).toString().padStart(2, "0");
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  return `${negative ? "-" : ""}${grouped},${rest}${NBSP}\u20AC`;
}

// shared/dossier/workflow.ts
function missingForStep(dossier2, step) {
  const reasons = [];
  const { collectivite, etat, diagnostic } = dossier2;
  switch (step) {
    case "lettre-intention":
      if (!collectivite.representant.nom)
        reasons.push("Indiquez le repr\xE9sentant de la collectivit\xE9 (onglet Collectivit\xE9).");
      break;
    case "echange":
      if (!etat.referent.nom) reasons.push("Indiquez l\u2019agent r\xE9f\xE9rent de l\u2019\xC9tat (onglet \xC9tat).");
      break;
    case "diagnostic":
      if (diagnostic.publics.length === 0)
        reasons.push("Ajoutez au moins une ann\xE9e de chiffres sur le public au diagnostic.");
      if (!diagnostic.axes.some((axe) => axe.constats.trim()))
        reasons.push("D\xE9crivez les constats d\u2019au moins un axe du diagnostic.");
      break;
    case "proposition": {
      const actions = fundedActions(dossier2);
      if (actions.length === 0) reasons.push("Ajoutez au moins une action.");
      if (!actions.some((action) => action.axes.includes(COMPULSORY_AXE)))
        reasons.push(
          `Le contrat doit comporter au moins une action de l\u2019axe \xAB ${AXE_LABELS[COMPULSORY_AXE]} \xBB, obligatoire.`
        );
      if (actions.some((action) => action.budgets.length === 0))
        reasons.push("Chaque action doit avoir un budget pour au moins une ann\xE9e.");
      for (const problem of fundingProblems(dossier2, formatEuros)) {
        if (problem.code === "ctai-above-total") reasons.push(problem.message);
      }
      break;
    }
    case "signature":
      reasons.push(...missingForSignature(dossier2));
      break;
    case "suivi":
      if (dossier2.contrat.montantsAnnuels.length === 0)
        reasons.push("Indiquez les montants annuels du contrat (onglet Contrat) avant d\u2019en commencer le suivi.");
      break;
    case "cloture":
      reasons.push(...missingForClosure(dossier2));
      break;
  }
  return reasons;
}
function missingForSignature(dossier2) {
  const { signature } = dossier2.contrat;
  const reasons = [];
  if (!signature.lieu.trim()) reasons.push("Indiquez le lieu de signature du contrat.");
  if (!signature.date) reasons.push("Indiquez la date de signature du contrat.");
  if (!signature.signataires.some((s) => s.partie === "etat")) reasons.push("Indiquez le signataire pour l\u2019\xC9tat.");
  if (!signature.signataires.some((s) => s.partie === "collectivite"))
    reasons.push("Indiquez le signataire pour la collectivit\xE9.");
  return reasons;
}
function missingForClosure(dossier2) {
  const years = dossier2.contrat.montantsAnnuels.map((montant) => montant.annee);
  return years.filter(
    (annee) => !dossier2.contrat.bilans.some((bilan) => bilan.annee === annee && bilan.dateReception && bilan.financier)
  ).map((annee) => `Enregistrez la r\xE9ception du bilan et du bilan financier ${annee} avant de clore le dossier.`);
}
function withEvent(dossier2, event, changes) {
  return {
    ...dossier2,
    workflow: { ...dossier2.workflow, ...changes, evenements: [...dossier2.workflow.evenements, event] }
  };
}
function refuseIfInactive(dossier2) {
  if (dossier2.workflow.statut === "suspendu")
    return ["Le dossier est suspendu : reprenez-le avant de changer d\u2019\xE9tape."];
  if (dossier2.workflow.statut === "abandonne")
    return ["Le dossier est abandonn\xE9 : aucune \xE9tape ne peut plus \xEAtre franchie."];
  return [];
}
function advance(dossier2, target, date, auteur) {
  const inactive = refuseIfInactive(dossier2);
  if (inactive.length) return { ok: false, reasons: inactive };
  const current = stepIndex(dossier2.workflow.etape);
  const wanted = stepIndex(target);
  if (wanted !== current + 1) {
    const expected = STEPS[current + 1];
    return {
      ok: false,
      reasons: [
        expected ? `Les \xE9tapes se franchissent dans l\u2019ordre : la prochaine est \xAB ${STEP_LABELS[expected]} \xBB.` : "Le dossier est clos : il n\u2019y a plus d\u2019\xE9tape \xE0 franchir."
      ]
    };
  }
  const previousDate = dossier2.workflow.etape ? dossier2.workflow.dates[dossier2.workflow.etape] : void 0;
  const reasons = missingForStep(dossier2, target);
  if (previousDate && date < previousDate)
    reasons.push(`La date ne peut pas pr\xE9c\xE9der celle de l\u2019\xE9tape pr\xE9c\xE9dente (${previousDate}).`);
  if (reasons.length) return { ok: false, reasons };
  return {
    ok: true,
    dossier: withEvent(
      dossier2,
      { date, type: "avance", etape: target, motif: "", auteur },
      { etape: target, dates: { ...dossier2.workflow.dates, [target]: date } }
    )
  };
}
function suspend(dossier2, date, motif, auteur) {
  if (dossier2.workflow.statut !== "actif") return { ok: false, reasons: ["Seul un dossier actif peut \xEAtre suspendu."] };
  if (!motif.trim()) return { ok: false, reasons: ["Indiquez le motif de la suspension."] };
  return {
    ok: true,
    dossier: withEvent(
      dossier2,
      { date, type: "suspension", etape: dossier2.workflow.etape, motif: motif.trim(), auteur },
      { statut: "suspendu" }
    )
  };
}
function abandon(dossier2, date, motif, auteur) {
  if (dossier2.workflow.statut === "abandonne") return { ok: false, reasons: ["Le dossier est d\xE9j\xE0 abandonn\xE9."] };
  if (!motif.trim()) return { ok: false, reasons: ["Indiquez le motif de l\u2019abandon."] };
  return {
    ok: true,
    dossier: withEvent(
      dossier2,
      { date, type: "abandon", etape: dossier2.workflow.etape, motif: motif.trim(), auteur },
      { statut: "abandonne" }
    )
  };
}

// shared/demo/demo-texts.ts
var PRENOMS_F = [
  "Claire",
  "Nadia",
  "Sophie",
  "Fatou",
  "Isabelle",
  "Am\xE9lie",
  "H\xE9l\xE8ne",
  "Yasmina",
  "Camille",
  "Louise"
];
var PRENOMS_M = [
  "Thomas",
  "Karim",
  "Julien",
  "Olivier",
  "Mamadou",
  "Laurent",
  "Antoine",
  "\xC9ric",
  "Nicolas",
  "Hugo"
];
var NOMS = [
  "Martin",
  "Bernard",
  "Lef\xE8vre",
  "Benali",
  "Moreau",
  "Diallo",
  "Girard",
  "Nguyen",
  "Roux",
  "Fontaine",
  "Mercier",
  "Traor\xE9",
  "Lambert",
  "Garnier",
  "Rousseau"
];
var OPERATEURS = [
  { nom: "Association Accueil et Partage", formeJuridique: "Association loi 1901" },
  { nom: "Forum R\xE9fugi\xE9s", formeJuridique: "Association loi 1901" },
  { nom: "Centre communal d\u2019action sociale", formeJuridique: "\xC9tablissement public administratif" },
  { nom: "Mission locale", formeJuridique: "Association loi 1901" },
  { nom: "Habitat et Humanisme", formeJuridique: "Association loi 1901" },
  { nom: "Langues en partage", formeJuridique: "Association loi 1901" },
  { nom: "Restaurant solidaire Le Partage", formeJuridique: "Soci\xE9t\xE9 coop\xE9rative d\u2019int\xE9r\xEAt collectif" },
  { nom: "Maison des familles", formeJuridique: "Association loi 1901" },
  { nom: "Emma\xFCs Connect", formeJuridique: "Association loi 1901" },
  { nom: "Coallia", formeJuridique: "Association loi 1901" }
];
var ACTIONS_BY_AXE = {
  "emploi-formation": [
    "Parcours vers l\u2019emploi des r\xE9fugi\xE9s",
    "Restaurant solidaire d\u2019insertion",
    "Accompagnement \xE0 la cr\xE9ation d\u2019activit\xE9"
  ],
  logement: ["Acc\xE8s au logement autonome", "Interm\xE9diation locative", "Colocations solidaires pour jeunes r\xE9fugi\xE9s"],
  "acces-aux-droits": ["Permanences d\u2019acc\xE8s aux droits", "Guichet unique d\u2019accueil des primo-arrivants"],
  francais: ["Ateliers sociolinguistiques", "Cours de fran\xE7ais \xE0 vis\xE9e professionnelle"],
  sante: ["M\xE9diation culturelle en sant\xE9", "Parcours de soins coordonn\xE9s"],
  "sante-mentale": ["Art-th\xE9rapie collective pour femmes r\xE9fugi\xE9es", "Consultations de psychotraumatisme"],
  "inclusion-numerique": ["Ateliers num\xE9riques et d\xE9marches en ligne", "Pr\xEAt d\u2019ordinateurs et accompagnement"],
  mobilite: ["Auto-\xE9cole solidaire", "Apprentissage du v\xE9lo et des transports en commun"],
  "liens-societe-accueil": ["Espaces d\u2019\xE9changes interculturels", "Parrainage citoyen"],
  parentalite: ["Ateliers de parentalit\xE9", "Places r\xE9serv\xE9es en cr\xE8che"],
  "egalite-femmes-hommes": ["Ateliers sur l\u2019\xE9galit\xE9 femmes-hommes", "Groupes de parole de femmes"],
  "culture-sport-loisirs": ["Acc\xE8s aux \xE9quipements sportifs", "Sorties culturelles accompagn\xE9es"]
};
var COFINANCEURS = [
  "Collectivit\xE9 signataire",
  "Caisse d\u2019allocations familiales",
  "Conseil d\xE9partemental",
  "Conseil r\xE9gional",
  "Agence r\xE9gionale de sant\xE9",
  "Fonds social europ\xE9en +"
];
var CONSTATS = [
  "Les m\xE9nages r\xE9fugi\xE9s restent longtemps en h\xE9bergement faute de logement adapt\xE9.",
  "L\u2019offre de cours de fran\xE7ais ne couvre pas les niveaux d\xE9butants.",
  "Les femmes r\xE9fugi\xE9es acc\xE8dent peu aux dispositifs d\u2019insertion professionnelle.",
  "Les d\xE9marches en ligne excluent une partie du public.",
  "Les besoins en sant\xE9 mentale sont peu rep\xE9r\xE9s."
];

// shared/demo/random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error("Liste vide.");
      return items[int(0, items.length - 1)];
    },
    chance: (probability) => next() < probability,
    digits: (count2) => Array.from({ length: count2 }, () => int(0, 9)).join("")
  };
}

// shared/demo/generate-demo.ts
var ORDER = [null, ...STEPS];
function addMonths(date, months, days = 0) {
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function uuid(random) {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
function person(random) {
  const woman = random.chance(0.5);
  return {
    civilite: woman ? "Madame" : "Monsieur",
    prenom: random.pick(woman ? PRENOMS_F : PRENOMS_M),
    nom: random.pick(NOMS)
  };
}
function phone(random) {
  return `0${random.int(1, 5)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`;
}
function mail(prenom, nom, domain) {
  const clean = (text3) => text3.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  return `${clean(prenom)}.${clean(nom)}@${domain}`;
}
function budget(random, annee, withGap) {
  const coutTotal = random.int(8, 90) * 1e5;
  const ctaiDemande = Math.round(coutTotal * random.int(40, 80) / 100 / 1e4) * 1e4;
  let rest = coutTotal - ctaiDemande - (withGap ? random.int(1, 5) * 5e4 : 0);
  const names = [...COFINANCEURS].sort(() => random.next() - 0.5).slice(0, random.int(1, 3));
  const cofinanceurs = names.map((nom, index) => {
    const montant = index === names.length - 1 ? rest : Math.round(rest / 2 / 100) * 100;
    rest -= montant;
    return { nom, montant };
  });
  return { annee, coutTotal, ctaiDemande, ctaiAccorde: null, cofinanceurs: cofinanceurs.filter((c) => c.montant > 0) };
}
function makeAction(random, index, axe, years, withGap) {
  const operateur = random.pick(OPERATEURS);
  const second = random.chance(0.3) ? random.pick(AXES.filter((other) => other !== axe)) : null;
  const dateDebut = `${years[0]}-0${random.int(1, 9)}-01`;
  return {
    id: `action-${index + 1}`,
    intitule: `${random.pick(ACTIONS_BY_AXE[axe])}${index >= AXES.length ? ` (${Math.floor(index / AXES.length) + 1})` : ""}`,
    axes: second ? [axe, second] : [axe],
    porteur: {
      nom: operateur.nom,
      formeJuridique: operateur.formeJuridique,
      siret: random.chance(0.7) ? random.digits(14) : "",
      rna: random.chance(0.5) ? `W${random.digits(9)}` : ""
    },
    publicCible: random.pick([
      "B\xE9n\xE9ficiaires de la protection internationale",
      "Primo-arrivants en situation r\xE9guli\xE8re",
      "Femmes r\xE9fugi\xE9es",
      "Jeunes r\xE9fugi\xE9s de 18 \xE0 25 ans",
      "Familles r\xE9fugi\xE9es avec enfants"
    ]),
    beneficiaires: random.int(10, 250),
    objectifs: "Favoriser l\u2019autonomie des personnes accompagn\xE9es et leur acc\xE8s au droit commun.",
    description: `Action men\xE9e par ${operateur.nom} aupr\xE8s du public cible, en lien avec les services de la collectivit\xE9.`,
    dateDebut,
    dateFin: `${years[years.length - 1]}-12-31`,
    budgets: years.map((annee) => budget(random, annee, withGap)),
    indicateurs: [
      { id: "ind-1", libelle: "Nombre de personnes accompagn\xE9es", cible: String(random.int(20, 200)), realise: [] },
      { id: "ind-2", libelle: "Part de sorties positives", cible: `${random.int(30, 70)} %`, realise: [] }
    ],
    statut: "proposee"
  };
}
function demoDossier(entry, random, index, options) {
  const target = ORDER[index % ORDER.length] ?? null;
  const startYear = random.int(2021, 2025);
  const created = `${startYear - 1}-${String(random.int(1, 9)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  let dossier2 = emptyDossier(fieldsFromReferentiel(entry), uuid(random), /* @__PURE__ */ new Date(`${created}T09:00:00Z`));
  const domain = `${entry.nom.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "")}.fr`;
  const representant = person(random);
  const titre = entry.type === "commune" ? "Maire" : representant.civilite === "Madame" ? "Pr\xE9sidente" : "Pr\xE9sident";
  const chef = person(random);
  const referent = person(random);
  const signataire = person(random);
  const sousPrefet = random.chance(0.3);
  dossier2 = {
    ...dossier2,
    collectivite: {
      ...dossier2.collectivite,
      representant: { ...representant, titre },
      deliberation: { numero: `${startYear - 1}-${random.int(10, 250)}`, date: addMonths(created, 1) },
      eluReferent: { ...person(random), fonction: "Adjoint\xB7e charg\xE9\xB7e de la solidarit\xE9" },
      chefDeProjet: { ...chef, email: mail(chef.prenom, chef.nom, domain), telephone: phone(random) },
      adresse: {
        ligne1: `${random.int(1, 40)} place de la Mairie`,
        ligne2: "",
        codePostal: `${entry.departement.code.padEnd(2, "0").slice(0, 2)}${random.digits(3)}`,
        commune: entry.chefLieu || entry.nom
      },
      contact: { email: `contact@${domain}`, telephone: phone(random) }
    },
    etat: {
      ...dossier2.etat,
      prefecture: { ...dossier2.etat.prefecture, adresse: `${random.int(1, 20)} rue de la Pr\xE9fecture` },
      sousPrefecture: sousPrefet ? { nom: `Sous-pr\xE9fecture de ${entry.arrondissement || entry.departement.nom}`, adresse: "" } : { nom: "", adresse: "" },
      signataire: { ...signataire, qualite: sousPrefet ? "sous-prefet" : "prefet" },
      referent: {
        ...referent,
        service: "Bureau de l\u2019int\xE9gration et de l\u2019accueil des \xE9trangers",
        email: mail(referent.prenom, referent.nom, "interieur.gouv.fr"),
        telephone: phone(random)
      }
    }
  };
  const years = Array.from({ length: options.years ?? 3 }, (_, i) => startYear + i);
  const axesDiagnostic = [
    COMPULSORY_AXE,
    ...[...AXES].filter((a) => a !== COMPULSORY_AXE).sort(() => random.next() - 0.5).slice(0, random.int(3, 7))
  ];
  dossier2.diagnostic = {
    synthese: `Le territoire accueille chaque ann\xE9e plusieurs centaines de primo-arrivants, dont une part croissante de b\xE9n\xE9ficiaires de la protection internationale.`,
    publics: [startYear - 2, startYear - 1].map((annee) => {
      const titresDeSejour = random.int(80, 1500);
      return {
        annee,
        titresDeSejour,
        bpi: Math.round(titresDeSejour * random.int(20, 45) / 100),
        femmes: Math.round(titresDeSejour * random.int(35, 55) / 100),
        enfants: Math.round(titresDeSejour * random.int(15, 35) / 100),
        source: "Pr\xE9fecture, AGDREF"
      };
    }),
    axes: axesDiagnostic.map((axe) => ({
      axe,
      constats: random.pick(CONSTATS),
      offreExistante: "Dispositifs de droit commun et associations locales.",
      manques: "Accompagnement renforc\xE9 et coordination des acteurs.",
      priorite: random.pick(["haute", "moyenne", "basse"])
    }))
  };
  const actionCount = options.actions ?? random.int(1, 8);
  const axesForActions = [COMPULSORY_AXE, ...AXES.filter((a) => a !== COMPULSORY_AXE)];
  dossier2.actions = Array.from(
    { length: actionCount },
    (_, i) => makeAction(
      random,
      i,
      i < axesForActions.length ? axesForActions[i] : random.pick(AXES),
      years,
      random.chance(0.1)
    )
  );
  const reached = ORDER.indexOf(target);
  let date = addMonths(created, 1);
  const auteur = `${referent.prenom} ${referent.nom}`;
  for (let step = 1; step <= reached; step++) {
    const next = ORDER[step];
    if (next === "signature") dossier2 = withSignature(dossier2, date, startYear, random);
    if (next === "suivi") dossier2 = withFollowUp(dossier2, startYear, random);
    if (next === "cloture") dossier2 = withAllReports(dossier2);
    const result = advance(dossier2, next, date, auteur);
    if (!result.ok) throw new Error(`D\xE9mo : \xE9tape ${next} refus\xE9e : ${result.reasons.join(" ")}`);
    dossier2 = result.dossier;
    date = addMonths(date, random.int(1, 3), random.int(0, 20));
  }
  if (target === "cloture")
    dossier2.actions = dossier2.actions.map((action) => ({
      ...action,
      statut: action.statut === "ecartee" ? "ecartee" : "terminee"
    }));
  if (index % 17 === 5)
    dossier2 = unwrap(suspend(dossier2, date, "Changement d\u2019\xE9quipe municipale : reprise apr\xE8s les \xE9lections.", auteur));
  if (index % 23 === 11) dossier2 = unwrap(abandon(dossier2, date, "La collectivit\xE9 a renonc\xE9 \xE0 la d\xE9marche.", auteur));
  dossier2.updatedAt = `${date}T17:00:00.000Z`;
  return dossier2;
}
function unwrap(result) {
  if (!result.ok) throw new Error(result.reasons.join(" "));
  return result.dossier;
}
function withSignature(dossier2, date, startYear, random) {
  const actions = dossier2.actions.map((action, i) => {
    const ecartee = i > 0 && random.chance(0.1);
    return {
      ...action,
      statut: ecartee ? "ecartee" : "retenue",
      budgets: action.budgets.map((b) => ({ ...b, ctaiAccorde: ecartee ? 0 : b.ctaiDemande }))
    };
  });
  const years = [...new Set(actions.flatMap((a) => a.budgets.map((b) => b.annee)))].sort();
  const { collectivite, etat } = dossier2;
  const etatSignataire = `${etat.signataire.prenom} ${etat.signataire.nom}`;
  return {
    ...dossier2,
    actions,
    contrat: {
      ...dossier2.contrat,
      numero: `CTAI-${collectivite.departement.code || "00"}-${startYear}-${String(random.int(1, 9)).padStart(2, "0")}`,
      anneeDebut: startYear,
      duree: years.length,
      montantsAnnuels: years.map((annee) => ({
        annee,
        montant: actions.flatMap((a) => a.budgets).filter((b) => b.annee === annee).reduce((sum, b) => sum + (b.ctaiAccorde ?? 0), 0)
      })),
      signature: {
        lieu: collectivite.adresse.commune,
        date,
        signataires: [
          {
            partie: "etat",
            nom: etatSignataire,
            qualite: etat.signataire.qualite === "prefet" ? etat.prefecture.nom.replace(
              /^Préfecture/,
              etat.signataire.civilite === "Madame" ? "Pr\xE9f\xE8te" : "Pr\xE9fet"
            ) : `${etat.signataire.civilite === "Madame" ? "Sous-pr\xE9f\xE8te" : "Sous-pr\xE9fet"}, pour le pr\xE9fet et par d\xE9l\xE9gation`
          },
          {
            partie: "collectivite",
            nom: `${collectivite.representant.prenom} ${collectivite.representant.nom}`,
            qualite: representativeQuality(collectivite)
          }
        ]
      }
    }
  };
}
function withAllReports(dossier2) {
  const bilans = dossier2.contrat.montantsAnnuels.map(({ annee }) => ({
    annee,
    dateReception: `${annee + 1}-05-30`,
    financier: true
  }));
  return { ...dossier2, contrat: { ...dossier2.contrat, bilans } };
}
function withFollowUp(dossier2, startYear, random) {
  const montant = dossier2.contrat.montantsAnnuels.find((m) => m.annee === startYear)?.montant ?? 0;
  const advanceAmount = Math.round(montant * 0.5 / 100) * 100;
  return {
    ...dossier2,
    actions: dossier2.actions.map(
      (action) => action.statut === "retenue" ? { ...action, statut: "en-cours" } : action
    ),
    contrat: {
      ...dossier2.contrat,
      versements: [
        {
          id: "versement-1",
          annee: startYear,
          nature: "avance",
          datePrevue: `${startYear}-03-31`,
          montantPrevu: advanceAmount,
          dateVersement: `${startYear}-04-${String(random.int(1, 28)).padStart(2, "0")}`,
          montantVerse: advanceAmount
        },
        {
          id: "versement-2",
          annee: startYear,
          nature: "solde",
          datePrevue: `${startYear + 1}-06-30`,
          montantPrevu: montant - advanceAmount,
          dateVersement: "",
          montantVerse: null
        }
      ],
      avenants: [
        {
          id: "avenant-1",
          annee: startYear + 1,
          numero: "1",
          date: `${startYear + 1}-02-15`,
          montants: dossier2.actions.filter((a) => a.statut !== "ecartee").map((a) => ({
            actionId: a.id,
            montant: a.budgets.find((b) => b.annee === startYear + 1)?.ctaiAccorde ?? 0
          }))
        }
      ],
      copil: [
        { date: `${startYear}-10-${String(random.int(1, 28)).padStart(2, "0")}`, objet: "Comit\xE9 de pilotage annuel" }
      ],
      bilans: [{ annee: startYear, dateReception: `${startYear + 1}-05-30`, financier: true }]
    }
  };
}
function pickEntries(entries, count2, random) {
  const byType = /* @__PURE__ */ new Map();
  for (const type of COLLECTIVITE_TYPES) {
    const candidates = entries.filter(
      (e) => e.type === type && (type !== "commune" || (e.population ?? 0) > 15e3) && e.departement.code
    );
    byType.set(type, candidates.length ? candidates : entries.filter((e) => e.type === type));
  }
  const used = /* @__PURE__ */ new Set();
  return Array.from({ length: count2 }, (_, i) => {
    const type = COLLECTIVITE_TYPES[i % COLLECTIVITE_TYPES.length];
    const candidates = byType.get(type);
    let entry = random.pick(candidates);
    for (let tries = 0; used.has(entry) && tries < 20; tries++) entry = random.pick(candidates);
    used.add(entry);
    return entry;
  });
}
function generateDemoDossiers(entries, options) {
  const random = seededRandom(options.seed);
  return pickEntries(entries, options.count, random).map((entry, index) => demoDossier(entry, random, index, options));
}

// shared/format/amount-words.ts
var UNITS = [
  "z\xE9ro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf"
];
var TENS = [
  "",
  "dix",
  "vingt",
  "trente",
  "quarante",
  "cinquante",
  "soixante",
  "soixante",
  "quatre-vingt",
  "quatre-vingt"
];
function belowHundred(n, final) {
  if (n < 20) return UNITS[n];
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  if (ten === 7 || ten === 9) {
    const rest = 10 + unit;
    return ten === 7 && unit === 1 ? "soixante et onze" : `${TENS[ten]}-${UNITS[rest]}`;
  }
  if (unit === 0) return ten === 8 && final ? "quatre-vingts" : TENS[ten];
  if (unit === 1 && ten !== 8) return `${TENS[ten]} et un`;
  return `${TENS[ten]}-${UNITS[unit]}`;
}
function belowThousand(n, final) {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest, final);
  const head = hundreds === 1 ? "cent" : `${UNITS[hundreds]} cent${rest === 0 && final ? "s" : ""}`;
  return rest === 0 ? head : `${head} ${belowHundred(rest, final)}`;
}
function nombreEnLettres(n) {
  if (!Number.isInteger(n) || n < 0 || n > 999999999) throw new RangeError(`Nombre hors limites : ${n}`);
  if (n === 0) return "z\xE9ro";
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor(n % 1e6 / 1e3);
  const rest = n % 1e3;
  const parts = [];
  if (millions) parts.push(`${belowThousand(millions, true)} million${millions > 1 ? "s" : ""}`);
  if (thousands) parts.push(thousands === 1 ? "mille" : `${belowThousand(thousands, false)} mille`);
  if (rest) parts.push(belowThousand(rest, true));
  return parts.join(" ");
}
function montantEnLettres(cents2) {
  if (!Number.isInteger(cents2) || cents2 < 0) throw new RangeError(`Montant invalide : ${cents2}`);
  const euros = Math.floor(cents2 / 100);
  const centimes = cents2 % 100;
  const roundMillions = euros >= 1e6 && euros % 1e6 === 0;
  const euroWord = euros <= 1 ? "euro" : "euros";
  const eurosPart = `${nombreEnLettres(euros)} ${roundMillions ? "d\u2019euros" : euroWord}`;
  if (centimes === 0) return eurosPart;
  const centimesPart = `${nombreEnLettres(centimes)} centime${centimes > 1 ? "s" : ""}`;
  return euros === 0 ? centimesPart : `${eurosPart} et ${centimesPart}`;
}

// shared/format/dates.ts
var MONTHS = [
  "janvier",
  "f\xE9vrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "ao\xFBt",
  "septembre",
  "octobre",
  "novembre",
  "d\xE9cembre"
];
function dateEnLettres(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year2, month, day] = match;
  const dayNumber = Number(day);
  return `${dayNumber === 1 ? "1er" : dayNumber} ${MONTHS[Number(month) - 1] ?? month} ${year2}`;
}
var DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });

// shared/format/typography.ts
function typographie(text3) {
  return text3.replace(
    /[ \u00a0\u202f]*([;!?])/g,
    (match, sign, offset) => offset === 0 ? sign : `${NARROW_NBSP}${sign}`
  ).replace(/(\S)[ \u00a0\u202f]*:(?!\/\/)/g, `$1${NBSP}:`).replace(/«[ \u00a0\u202f]*/g, `\xAB${NBSP}`).replace(/[ \u00a0\u202f]*»/g, `${NBSP}\xBB`);
}

// shared/documents/document-model.ts
var text2 = (value, style = {}) => ({ text: value, ...style });
var paragraph = (value, options = {}) => ({
  type: "paragraph",
  runs: typeof value === "string" ? [text2(value)] : value,
  align: options.align ?? "justify",
  ...options.keepWithNext ? { keepWithNext: true } : {},
  ...options.indent ? { indent: true } : {}
});
var heading = (level, value) => ({ type: "heading", level, text: value });
function documentText(model) {
  const lines = [];
  for (const block of model.blocks) {
    switch (block.type) {
      case "heading":
        lines.push(block.text);
        break;
      case "paragraph":
        lines.push(block.runs.map((run) => run.text).join(""));
        break;
      case "list":
        for (const item of block.items) lines.push(item.map((run) => run.text).join(""));
        break;
      case "table":
        for (const row of [block.header, ...block.rows, ...block.footer ? [block.footer] : []]) lines.push(...row);
        break;
      case "signatures":
        for (const column of block.columns) lines.push(...column.lines, column.name);
        break;
      case "pageBreak":
        break;
    }
  }
  return lines;
}

// shared/documents/missing-data.ts
function need(condition, path2, tab, message) {
  return condition ? [] : [{ path: path2, tab, message }];
}
function parties(dossier2) {
  const { collectivite, etat } = dossier2;
  return [
    ...need(
      !!collectivite.representant.nom,
      "collectivite.representant.nom",
      "collectivite",
      "Le nom du repr\xE9sentant de la collectivit\xE9."
    ),
    ...need(
      !!collectivite.representant.civilite,
      "collectivite.representant.civilite",
      "collectivite",
      "La civilit\xE9 du repr\xE9sentant de la collectivit\xE9."
    ),
    ...need(!!etat.signataire.nom, "etat.signataire.nom", "etat", "Le nom du signataire pour l\u2019\xC9tat."),
    ...need(!!etat.signataire.civilite, "etat.signataire.civilite", "etat", "La civilit\xE9 du signataire pour l\u2019\xC9tat."),
    ...need(
      !!(etat.prefecture.departementCode || collectivite.departement.code),
      "etat.prefecture.departementCode",
      "etat",
      "Le d\xE9partement de la pr\xE9fecture."
    ),
    ...need(
      etat.signataire.qualite !== "sous-prefet" || !!etat.sousPrefecture.nom,
      "etat.sousPrefecture.nom",
      "etat",
      "La sous-pr\xE9fecture, puisque le sous-pr\xE9fet signe."
    )
  ];
}
function missingForLetter(dossier2) {
  const { collectivite } = dossier2;
  return [
    ...parties(dossier2).filter((missing) => missing.path !== "etat.signataire.nom"),
    ...need(
      !!collectivite.adresse.commune,
      "collectivite.adresse.commune",
      "collectivite",
      "La commune de l\u2019adresse de la collectivit\xE9 (lieu de la lettre)."
    )
  ];
}
function missingForContract(dossier2) {
  const { collectivite, contrat } = dossier2;
  return [
    ...parties(dossier2),
    ...need(
      !!collectivite.deliberation.numero,
      "collectivite.deliberation.numero",
      "collectivite",
      "Le num\xE9ro de la d\xE9lib\xE9ration autorisant la signature."
    ),
    ...need(
      !!collectivite.deliberation.date,
      "collectivite.deliberation.date",
      "collectivite",
      "La date de la d\xE9lib\xE9ration autorisant la signature."
    ),
    ...need(contrat.anneeDebut !== null, "contrat.anneeDebut", "contrat", "La premi\xE8re ann\xE9e du contrat."),
    ...need(contrat.duree !== null, "contrat.duree", "contrat", "La dur\xE9e du contrat."),
    ...need(fundedActions(dossier2).length > 0, "actions", "actions", "Au moins une action non \xE9cart\xE9e.")
  ];
}
function missingForAmendment(dossier2, annee) {
  return [
    ...missingForContract(dossier2),
    ...need(!!dossier2.contrat.numero, "contrat.numero", "contrat", "Le num\xE9ro du contrat que l\u2019avenant modifie."),
    ...need(
      fundedActions(dossier2).some((action) => action.budgets.some((budget2) => budget2.annee === annee)),
      "actions",
      "actions",
      `Au moins une action financ\xE9e en ${annee}.`
    )
  ];
}

// shared/format/civility.ts
var FEMININE = {
  Pr\u00E9fet: "Pr\xE9f\xE8te",
  "Sous-pr\xE9fet": "Sous-pr\xE9f\xE8te",
  Pr\u00E9sident: "Pr\xE9sidente",
  Maire: "Maire"
};
function fonctionAccordee(civilite2, fonction) {
  return civilite2 === "Madame" ? FEMININE[fonction] ?? fonction : fonction;
}
function appellation(civilite2, fonction) {
  if (civilite2 === "Madame") return `Madame la ${fonctionAccordee("Madame", fonction)}`;
  if (civilite2 === "Monsieur") return `Monsieur le ${fonction}`;
  return `Madame, Monsieur le ${fonction}`;
}

// shared/referentiel/departements.ts
var DEPARTEMENTS = {
  "01": ["Ain", "de l\u2019"],
  "02": ["Aisne", "de l\u2019"],
  "03": ["Allier", "de l\u2019"],
  "04": ["Alpes-de-Haute-Provence", "des "],
  "05": ["Hautes-Alpes", "des "],
  "06": ["Alpes-Maritimes", "des "],
  "07": ["Ard\xE8che", "de l\u2019"],
  "08": ["Ardennes", "des "],
  "09": ["Ari\xE8ge", "de l\u2019"],
  "10": ["Aube", "de l\u2019"],
  "11": ["Aude", "de l\u2019"],
  "12": ["Aveyron", "de l\u2019"],
  "13": ["Bouches-du-Rh\xF4ne", "des "],
  "14": ["Calvados", "du "],
  "15": ["Cantal", "du "],
  "16": ["Charente", "de la "],
  "17": ["Charente-Maritime", "de la "],
  "18": ["Cher", "du "],
  "19": ["Corr\xE8ze", "de la "],
  "21": ["C\xF4te-d\u2019Or", "de la "],
  "22": ["C\xF4tes-d\u2019Armor", "des "],
  "23": ["Creuse", "de la "],
  "24": ["Dordogne", "de la "],
  "25": ["Doubs", "du "],
  "26": ["Dr\xF4me", "de la "],
  "27": ["Eure", "de l\u2019"],
  "28": ["Eure-et-Loir", "d\u2019"],
  "29": ["Finist\xE8re", "du "],
  "2A": ["Corse-du-Sud", "de la "],
  "2B": ["Haute-Corse", "de la "],
  "30": ["Gard", "du "],
  "31": ["Haute-Garonne", "de la "],
  "32": ["Gers", "du "],
  "33": ["Gironde", "de la "],
  "34": ["H\xE9rault", "de l\u2019"],
  "35": ["Ille-et-Vilaine", "d\u2019"],
  "36": ["Indre", "de l\u2019"],
  "37": ["Indre-et-Loire", "d\u2019"],
  "38": ["Is\xE8re", "de l\u2019"],
  "39": ["Jura", "du "],
  "40": ["Landes", "des "],
  "41": ["Loir-et-Cher", "du "],
  "42": ["Loire", "de la "],
  "43": ["Haute-Loire", "de la "],
  "44": ["Loire-Atlantique", "de la "],
  "45": ["Loiret", "du "],
  "46": ["Lot", "du "],
  "47": ["Lot-et-Garonne", "du "],
  "48": ["Loz\xE8re", "de la "],
  "49": ["Maine-et-Loire", "de "],
  "50": ["Manche", "de la "],
  "51": ["Marne", "de la "],
  "52": ["Haute-Marne", "de la "],
  "53": ["Mayenne", "de la "],
  "54": ["Meurthe-et-Moselle", "de "],
  "55": ["Meuse", "de la "],
  "56": ["Morbihan", "du "],
  "57": ["Moselle", "de la "],
  "58": ["Ni\xE8vre", "de la "],
  "59": ["Nord", "du "],
  "60": ["Oise", "de l\u2019"],
  "61": ["Orne", "de l\u2019"],
  "62": ["Pas-de-Calais", "du "],
  "63": ["Puy-de-D\xF4me", "du "],
  "64": ["Pyr\xE9n\xE9es-Atlantiques", "des "],
  "65": ["Hautes-Pyr\xE9n\xE9es", "des "],
  "66": ["Pyr\xE9n\xE9es-Orientales", "des "],
  "67": ["Bas-Rhin", "du "],
  "68": ["Haut-Rhin", "du "],
  "69": ["Rh\xF4ne", "du "],
  "70": ["Haute-Sa\xF4ne", "de la "],
  "71": ["Sa\xF4ne-et-Loire", "de "],
  "72": ["Sarthe", "de la "],
  "73": ["Savoie", "de la "],
  "74": ["Haute-Savoie", "de la "],
  "75": ["Paris", "de "],
  "76": ["Seine-Maritime", "de la "],
  "77": ["Seine-et-Marne", "de "],
  "78": ["Yvelines", "des "],
  "79": ["Deux-S\xE8vres", "des "],
  "80": ["Somme", "de la "],
  "81": ["Tarn", "du "],
  "82": ["Tarn-et-Garonne", "du "],
  "83": ["Var", "du "],
  "84": ["Vaucluse", "du "],
  "85": ["Vend\xE9e", "de la "],
  "86": ["Vienne", "de la "],
  "87": ["Haute-Vienne", "de la "],
  "88": ["Vosges", "des "],
  "89": ["Yonne", "de l\u2019"],
  "90": ["Territoire de Belfort", "du "],
  "91": ["Essonne", "de l\u2019"],
  "92": ["Hauts-de-Seine", "des "],
  "93": ["Seine-Saint-Denis", "de la "],
  "94": ["Val-de-Marne", "du "],
  "95": ["Val-d\u2019Oise", "du "],
  "971": ["Guadeloupe", "de la "],
  "972": ["Martinique", "de la "],
  "973": ["Guyane", "de la "],
  "974": ["La R\xE9union", "de "],
  "976": ["Mayotte", "de "],
  "975": ["Saint-Pierre-et-Miquelon", "de "],
  "977": ["Saint-Barth\xE9lemy", "de "],
  "978": ["Saint-Martin", "de "],
  "984": ["Terres australes et antarctiques fran\xE7aises", "de "],
  "986": ["Wallis et Futuna", "de "],
  "987": ["Polyn\xE9sie fran\xE7aise", "de "],
  "988": ["Nouvelle-Cal\xE9donie", "de "],
  "989": ["\xCEle de Clipperton", "de "]
};
function deDepartement(code, nom) {
  const known = DEPARTEMENTS[code];
  return known ? known[1] + known[0] : `de ${nom}`;
}

// shared/documents/parties.ts
function fullName(person2) {
  return `${person2.prenom} ${person2.nom}`.trim();
}
function collectiviteDesignation(dossier2) {
  const { collectivite } = dossier2;
  switch (collectivite.type) {
    case "commune":
      return `la commune ${deNom(collectivite.nom)}`;
    case "departement":
      return `le D\xE9partement ${deDepartement(collectivite.departement.code, collectivite.nom)}`;
    case "region":
      return `la R\xE9gion ${collectivite.nom}`;
    default:
      return /^(la|le|les|l’|l')\s?/i.test(collectivite.nom) ? collectivite.nom : `la ${collectivite.nom}`;
  }
}
function capitalize(text3) {
  return text3.charAt(0).toUpperCase() + text3.slice(1);
}
function lowerFirst(text3) {
  return text3.charAt(0).toLowerCase() + text3.slice(1);
}
function departement(dossier2) {
  const code = dossier2.etat.prefecture.departementCode || dossier2.collectivite.departement.code;
  return { code, nom: dossier2.collectivite.departement.nom };
}
function prefetTitle(dossier2, civilite2 = dossier2.etat.signataire.civilite) {
  const { code, nom } = departement(dossier2);
  return `${fonctionAccordee(civilite2, "Pr\xE9fet")} ${deDepartement(code, nom)}`;
}
function prefetAppellation(dossier2) {
  const { code, nom } = departement(dossier2);
  return `${appellation(dossier2.etat.signataire.civilite, "Pr\xE9fet")} ${deDepartement(code, nom)}`;
}
function etatParty(dossier2) {
  const { signataire, sousPrefecture } = dossier2.etat;
  if (signataire.qualite === "sous-prefet") {
    const title = fonctionAccordee(signataire.civilite, "Sous-pr\xE9fet");
    const where = sousPrefecture.nom.replace(/^Sous-préfecture\s+/i, "");
    return `l\u2019\xC9tat, repr\xE9sent\xE9 par ${fullName(signataire)}, ${lowerFirst(title)}${where ? ` ${where}` : ""}, pour le pr\xE9fet et par d\xE9l\xE9gation`;
  }
  return `l\u2019\xC9tat, repr\xE9sent\xE9 par ${fullName(signataire)}, ${lowerFirst(prefetTitle(dossier2))}`;
}
function representantRole(dossier2) {
  const { representant, type } = dossier2.collectivite;
  const feminine = representant.civilite === "Madame";
  if (type === "commune") return `${feminine ? "sa" : "son"} maire`;
  return feminine ? "sa pr\xE9sidente" : "son pr\xE9sident";
}
function collectiviteParty(dossier2) {
  const { representant, deliberation } = dossier2.collectivite;
  const habilite = representant.civilite === "Madame" ? "habilit\xE9e" : "habilit\xE9";
  const authorised = deliberation.numero ? `, d\xFBment ${habilite} par d\xE9lib\xE9ration n\xB0 ${deliberation.numero}${deliberation.date ? ` du ${dateEnLettres(deliberation.date)}` : ""}` : "";
  return `${collectiviteDesignation(dossier2)}, repr\xE9sent\xE9e par ${representantRole(dossier2)}, ${fullName(representant)}${authorised}`;
}

// shared/documents/templates.ts
function renderTemplate(template, fields) {
  const unknownFields = [];
  const text3 = template.replace(/\{([a-zA-Zéèêàç_.]+)\}/g, (_, name) => {
    if (Object.hasOwn(fields, name)) return fields[name];
    unknownFields.push(name);
    return "";
  });
  return { text: text3, unknownFields };
}
var CONTRACT_ARTICLES = [
  {
    id: "objet",
    title: "Objet",
    template: "Le pr\xE9sent contrat a pour objet de d\xE9finir les modalit\xE9s du partenariat entre l\u2019\xC9tat et {collectivite} pour l\u2019accueil et l\u2019int\xE9gration des \xE9trangers primo-arrivants en situation r\xE9guli\xE8re, en particulier des b\xE9n\xE9ficiaires de la protection internationale, sur le territoire {territoire}. Il fixe les actions retenues, leur financement et les modalit\xE9s de leur suivi."
  },
  {
    id: "duree",
    title: "Dur\xE9e",
    template: "Le pr\xE9sent contrat est conclu pour une dur\xE9e de {duree}, du 1er janvier {anneeDebut} au 31 d\xE9cembre {anneeFin}."
  },
  {
    id: "public",
    title: "Public concern\xE9",
    template: "Les actions s\u2019adressent aux \xE9trangers primo-arrivants titulaires d\u2019un premier titre de s\xE9jour depuis moins de cinq ans et signataires du contrat d\u2019int\xE9gration r\xE9publicaine, et en priorit\xE9 aux b\xE9n\xE9ficiaires de la protection internationale."
  },
  {
    id: "axes",
    title: "Axes et actions",
    template: "Le contrat s\u2019organise autour des axes et des actions ci-dessous, d\xE9crits dans les fiches actions annex\xE9es. Les actions relatives au logement et \xE0 l\u2019h\xE9bergement en font obligatoirement partie."
  },
  {
    id: "etat",
    title: "Engagements de l\u2019\xC9tat",
    template: "L\u2019\xC9tat s\u2019engage \xE0 apporter son concours financier aux actions retenues, dans les conditions pr\xE9vues \xE0 l\u2019article relatif au montant, \xE0 mobiliser ses services et op\xE9rateurs et \xE0 participer aux instances de gouvernance du contrat."
  },
  {
    id: "collectivite",
    title: "Engagements de la collectivit\xE9",
    template: "{collectiviteMajuscule} s\u2019engage \xE0 mettre en \u0153uvre les actions retenues, directement ou par les porteurs d\xE9sign\xE9s, \xE0 assurer la coordination des acteurs du territoire, \xE0 cofinancer les actions et \xE0 rendre compte de leur r\xE9alisation."
  },
  {
    id: "montant",
    title: "Montant et modalit\xE9s de versement",
    template: "Sous r\xE9serve de la disponibilit\xE9 des cr\xE9dits du programme {programme} de la loi de finances, l\u2019\xC9tat apporte au titre du pr\xE9sent contrat les montants suivants. Chaque ann\xE9e, un avenant financier fixe le montant d\xE9finitif. Le versement intervient pour moiti\xE9 \xE0 titre d\u2019avance \xE0 la signature du contrat ou de l\u2019avenant, et pour le solde sur pr\xE9sentation du bilan de l\u2019ann\xE9e."
  },
  {
    id: "bilans",
    title: "Bilans et compte rendu financier",
    template: "{collectiviteMajuscule} transmet chaque ann\xE9e un bilan qualitatif et quantitatif de chaque action, renseignant les indicateurs annex\xE9s, ainsi qu\u2019un compte rendu financier dans les six mois suivant la fin de l\u2019exercice."
  },
  {
    id: "gouvernance",
    title: "Gouvernance",
    template: "Un comit\xE9 de pilotage, copr\xE9sid\xE9 par le repr\xE9sentant de l\u2019\xC9tat et le repr\xE9sentant de la collectivit\xE9, se r\xE9unit au moins une fois par an. Un comit\xE9 technique associant les services et les porteurs d\u2019actions en pr\xE9pare les travaux."
  },
  {
    id: "suivi",
    title: "Suivi et \xE9valuation",
    template: "Les parties suivent ensemble la r\xE9alisation des actions au moyen des indicateurs annex\xE9s au pr\xE9sent contrat. Une \xE9valuation est conduite au terme du contrat."
  },
  {
    id: "communication",
    title: "Communication",
    template: "Toute communication relative aux actions financ\xE9es mentionne le soutien de l\u2019\xC9tat au titre du contrat territorial d\u2019accueil et d\u2019int\xE9gration."
  },
  {
    id: "avenants",
    title: "Modification du contrat",
    template: "Toute modification du pr\xE9sent contrat fait l\u2019objet d\u2019un avenant sign\xE9 par les parties."
  },
  {
    id: "resiliation",
    title: "R\xE9siliation et reversement",
    template: "En cas de non-respect de ses engagements par l\u2019une des parties, le contrat peut \xEAtre r\xE9sili\xE9 par l\u2019autre partie apr\xE8s mise en demeure rest\xE9e sans effet pendant un mois. Les sommes vers\xE9es et non employ\xE9es conform\xE9ment \xE0 leur objet font l\u2019objet d\u2019un reversement."
  },
  {
    id: "litiges",
    title: "Litiges",
    template: "Les litiges relatifs \xE0 l\u2019ex\xE9cution du pr\xE9sent contrat qui n\u2019auraient pu \xEAtre r\xE9gl\xE9s \xE0 l\u2019amiable rel\xE8vent de la comp\xE9tence du tribunal administratif territorialement comp\xE9tent."
  }
];

// shared/documents/build-contract.ts
function yearlyStateAmounts(dossier2) {
  if (dossier2.contrat.montantsAnnuels.length)
    return [...dossier2.contrat.montantsAnnuels].sort((a, b) => a.annee - b.annee);
  return [...totalsByYear(dossier2).entries()].map(([annee, totals]) => ({
    annee,
    montant: totals.ctaiAccorde || totals.ctaiDemande
  }));
}
function signatureBlocks(dossier2) {
  const { etat, collectivite, contrat } = dossier2;
  const etatSignature = contrat.signature.signataires.find((s) => s.partie === "etat");
  const collectiviteSignature = contrat.signature.signataires.find((s) => s.partie === "collectivite");
  const etatLines = etat.signataire.qualite === "sous-prefet" ? [
    "Pour l\u2019\xC9tat,",
    "Pour le pr\xE9fet et par d\xE9l\xE9gation,",
    etatSignature?.qualite ?? etat.sousPrefecture.nom.replace(/^Sous-préfecture/, "Le sous-pr\xE9fet")
  ] : ["Pour l\u2019\xC9tat,", etatSignature?.qualite ?? capitalize(prefetTitle(dossier2))];
  return {
    type: "signatures",
    columns: [
      { lines: etatLines, name: etatSignature?.nom ?? fullName(etat.signataire) },
      {
        lines: [
          `Pour ${collectiviteDesignation(dossier2)},`,
          collectiviteSignature?.qualite ?? representativeQuality(collectivite)
        ],
        name: collectiviteSignature?.nom ?? fullName(collectivite.representant)
      }
    ]
  };
}
function madeAt(dossier2, copies = "en deux exemplaires originaux") {
  const { lieu, date } = dossier2.contrat.signature;
  return paragraph(`Fait \xE0 ${lieu || "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"}, le ${date ? dateEnLettres(date) : "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"}, ${copies}.`, {
    keepWithNext: true,
    align: "left"
  });
}
function actionSheet(action, index) {
  const t = typographie;
  const rows = action.budgets.map((b) => [
    String(b.annee),
    formatEuros(b.coutTotal),
    formatEuros(b.ctaiDemande),
    b.ctaiAccorde === null ? "\u2014" : formatEuros(b.ctaiAccorde),
    b.cofinanceurs.map((c) => `${c.nom} (${formatEuros(c.montant)})`).join(", ") || "\u2014"
  ]);
  return [
    heading(3, t(`Fiche action n\xB0 ${index + 1} : ${action.intitule}`)),
    paragraph([text2("Axes : ", { bold: true }), text2(action.axes.map((axe) => AXE_LABELS[axe]).join(", "))], {
      align: "left"
    }),
    paragraph(
      [
        text2("Porteur : ", { bold: true }),
        text2(
          `${action.porteur.nom}${action.porteur.formeJuridique ? `, ${action.porteur.formeJuridique}` : ""}${action.porteur.siret ? `, SIRET ${action.porteur.siret}` : ""}${action.porteur.rna ? `, RNA ${action.porteur.rna}` : ""}`
        )
      ],
      { align: "left" }
    ),
    paragraph(
      [
        text2("Public : ", { bold: true }),
        text2(
          t(
            `${action.publicCible || "non pr\xE9cis\xE9"} \u2014 ${action.beneficiaires.toLocaleString("fr-FR")} b\xE9n\xE9ficiaires vis\xE9s`
          )
        )
      ],
      { align: "left" }
    ),
    ...action.dateDebut || action.dateFin ? [
      paragraph(
        [
          text2("P\xE9riode : ", { bold: true }),
          text2(
            `${action.dateDebut ? `du ${dateEnLettres(action.dateDebut)}` : ""} ${action.dateFin ? `au ${dateEnLettres(action.dateFin)}` : ""}`.trim()
          )
        ],
        { align: "left" }
      )
    ] : [],
    ...action.objectifs ? [paragraph([text2("Objectifs : ", { bold: true }), text2(t(action.objectifs))])] : [],
    ...action.description ? [paragraph([text2("Description : ", { bold: true }), text2(t(action.description))])] : [],
    {
      type: "table",
      widths: [1, 2, 2, 2, 4],
      header: ["Ann\xE9e", "Co\xFBt total", "CTAI demand\xE9", "CTAI accord\xE9", "Cofinanceurs"],
      rows,
      numeric: [false, true, true, true, false]
    }
  ];
}
function financialTable(actions) {
  const years = [...new Set(actions.flatMap((a) => a.budgets.map((b) => b.annee)))].sort();
  const rows = actions.flatMap(
    (action) => action.budgets.slice().sort((a, b) => a.annee - b.annee).map((b) => [
      action.intitule,
      String(b.annee),
      formatEuros(b.coutTotal),
      formatEuros(b.ctaiAccorde ?? b.ctaiDemande),
      formatEuros(cofinancement(b))
    ])
  );
  const all = actions.flatMap((a) => a.budgets);
  const sum = (pick) => formatEuros(all.reduce((total, b) => total + pick(b), 0));
  return {
    type: "table",
    widths: [5, 1.2, 2, 2, 2],
    header: ["Action", "Ann\xE9e", "Co\xFBt total", "CTAI", "Cofinancements"],
    rows,
    footer: [
      `Total ${years[0] ?? ""}\u2013${years[years.length - 1] ?? ""}`,
      "",
      sum((b) => b.coutTotal),
      sum((b) => b.ctaiAccorde ?? b.ctaiDemande),
      sum(cofinancement)
    ],
    numeric: [false, false, true, true, true]
  };
}
function buildContract(dossier2, options) {
  const missing = missingForContract(dossier2);
  if (missing.length) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat, diagnostic, etat } = dossier2;
  const actions = fundedActions(dossier2);
  const anneeDebut = contrat.anneeDebut;
  const duree = contrat.duree;
  const amounts = yearlyStateAmounts(dossier2);
  const designation = collectiviteDesignation(dossier2);
  const fields = {
    collectivite: designation,
    collectiviteMajuscule: capitalize(designation),
    territoire: `de ${collectivite.nom}`,
    duree: `${nombreEnLettres(duree)} an${duree > 1 ? "s" : ""}`,
    anneeDebut: String(anneeDebut),
    anneeFin: String(anneeDebut + duree - 1),
    programme: etat.programme || "104"
  };
  const unknownFields = [];
  const articles = [];
  CONTRACT_ARTICLES.forEach((article, index) => {
    const rendered = renderTemplate(options.articles?.[article.id] ?? article.template, fields);
    unknownFields.push(...rendered.unknownFields);
    articles.push(heading(2, `Article ${index + 1} \u2014 ${article.title}`), paragraph(t(rendered.text)));
    if (article.id === "axes") {
      for (const axe of AXES.filter((a) => actions.some((action) => action.axes[0] === a))) {
        articles.push(paragraph([text2(AXE_LABELS[axe], { bold: true })], { keepWithNext: true, align: "left" }), {
          type: "list",
          items: actions.filter((action) => action.axes[0] === axe).map((action) => [text2(t(`${action.intitule} (porteur : ${action.porteur.nom})`))])
        });
      }
    }
    if (article.id === "montant") {
      articles.push({
        type: "list",
        items: amounts.map(({ annee, montant }) => [
          text2(`pour ${annee}, la somme de `),
          text2(`${montantEnLettres(montant)} (${formatEuros(montant)})`, { bold: true })
        ])
      });
      const total = amounts.reduce((sum, a) => sum + a.montant, 0);
      articles.push(
        paragraph(
          t(`soit, pour la dur\xE9e du contrat, la somme totale de ${montantEnLettres(total)} (${formatEuros(total)}).`)
        )
      );
    }
  });
  if (contrat.clausesParticulieres.trim()) {
    articles.push(
      heading(2, `Article ${CONTRACT_ARTICLES.length + 1} \u2014 Clauses particuli\xE8res`),
      paragraph(t(contrat.clausesParticulieres))
    );
  }
  if (unknownFields.length) return { ok: false, missing: [], unknownFields: [...new Set(unknownFields)] };
  const latest = [...diagnostic.publics].sort((a, b) => a.annee - b.annee);
  const blocks2 = [
    heading(1, "Contrat territorial d\u2019accueil et d\u2019int\xE9gration"),
    paragraph([text2(t(`${capitalize(designation)} \u2014 ${anneeDebut}-${anneeDebut + duree - 1}`), { bold: true })], {
      align: "center"
    }),
    ...contrat.numero ? [paragraph(`Contrat n\xB0 ${contrat.numero}`, { align: "center" })] : [],
    paragraph([text2("Entre", { bold: true })], { align: "left", keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(dossier2))}, ci-apr\xE8s d\xE9nomm\xE9 \xAB l\u2019\xC9tat \xBB,`)),
    paragraph([text2("et", { bold: true })], { align: "left", keepWithNext: true }),
    paragraph(t(`${capitalize(collectiviteParty(dossier2))}, ci-apr\xE8s d\xE9nomm\xE9e \xAB la collectivit\xE9 \xBB.`)),
    heading(2, "Visas"),
    {
      type: "list",
      items: [
        "Vu le code g\xE9n\xE9ral des collectivit\xE9s territoriales ;",
        "Vu la loi n\xB0 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations ;",
        `Vu la loi de finances pour ${anneeDebut} ;`,
        "Vu l\u2019instruction relative aux contrats territoriaux d\u2019accueil et d\u2019int\xE9gration des r\xE9fugi\xE9s et des \xE9trangers primo-arrivants ;",
        `Vu la d\xE9lib\xE9ration n\xB0 ${collectivite.deliberation.numero} du ${dateEnLettres(collectivite.deliberation.date)} autorisant la signature du pr\xE9sent contrat ;`
      ].map((line) => [text2(t(line))])
    },
    heading(2, "Pr\xE9ambule"),
    paragraph(
      t(
        diagnostic.synthese || `L\u2019\xC9tat et ${designation} ont conduit ensemble un diagnostic partag\xE9 des besoins des personnes accueillies sur le territoire et de l\u2019offre existante.`
      )
    ),
    ...latest.length ? [
      paragraph(
        t(
          `Le diagnostic partag\xE9, annex\xE9 au pr\xE9sent contrat, fait \xE9tat de ${latest.map((p) => `${p.titresDeSejour.toLocaleString("fr-FR")} premiers titres de s\xE9jour en ${p.annee}, dont ${p.bpi.toLocaleString("fr-FR")} b\xE9n\xE9ficiaires de la protection internationale`).join(" ; ")}.`
        )
      )
    ] : [],
    paragraph("Il est convenu ce qui suit.", { align: "left" }),
    ...articles,
    madeAt(dossier2),
    signatureBlocks(dossier2),
    { type: "pageBreak" },
    heading(2, "Annexe 1 \u2014 Diagnostic partag\xE9"),
    ...latest.length ? [
      {
        type: "table",
        widths: [1, 2, 2, 1.5, 1.5, 3],
        header: ["Ann\xE9e", "Titres de s\xE9jour", "Protection internationale", "Femmes", "Enfants", "Source"],
        rows: latest.map((p) => [
          String(p.annee),
          p.titresDeSejour.toLocaleString("fr-FR"),
          p.bpi.toLocaleString("fr-FR"),
          p.femmes.toLocaleString("fr-FR"),
          p.enfants.toLocaleString("fr-FR"),
          p.source
        ]),
        numeric: [false, true, true, true, true, false]
      }
    ] : [],
    ...diagnostic.axes.flatMap((axe) => [
      heading(3, AXE_LABELS[axe.axe]),
      ...axe.constats ? [paragraph([text2("Constats : ", { bold: true }), text2(t(axe.constats))])] : [],
      ...axe.offreExistante ? [paragraph([text2("Offre existante : ", { bold: true }), text2(t(axe.offreExistante))])] : [],
      ...axe.manques ? [paragraph([text2("Manques : ", { bold: true }), text2(t(axe.manques))])] : []
    ]),
    { type: "pageBreak" },
    heading(2, "Annexe 2 \u2014 Fiches actions"),
    ...actions.flatMap(actionSheet),
    { type: "pageBreak" },
    heading(2, "Annexe 3 \u2014 Tableau financier pluriannuel"),
    financialTable(actions),
    heading(2, "Annexe 4 \u2014 Indicateurs"),
    {
      type: "table",
      widths: [4, 4, 2],
      header: ["Action", "Indicateur", "Cible"],
      rows: actions.flatMap(
        (action) => action.indicateurs.map((indicateur) => [action.intitule, indicateur.libelle, indicateur.cible || "\u2014"])
      )
    }
  ];
  const model = {
    meta: {
      title: `Contrat territorial d\u2019accueil et d\u2019int\xE9gration \u2014 ${collectivite.nom}`,
      subject: `Contrat territorial d\u2019accueil et d\u2019int\xE9gration ${anneeDebut}-${anneeDebut + duree - 1}`,
      author: options.author,
      keywords: ["CTAI", "contrat", collectivite.nom],
      createdAt: options.createdAt
    },
    letterhead: { kind: "etat", authority: prefetTitle(dossier2, "Monsieur") },
    footer: `CTAI ${collectivite.nom}${contrat.numero ? ` \u2014 n\xB0 ${contrat.numero}` : ""}`,
    blocks: blocks2
  };
  return { ok: true, model };
}

// shared/documents/build-amendment.ts
function buildAmendment(dossier2, annee, options) {
  const missing = missingForAmendment(dossier2, annee);
  if (missing.length) return { ok: false, missing };
  const t = typographie;
  const { collectivite, contrat } = dossier2;
  const avenant = contrat.avenants.find((a) => a.annee === annee);
  const numero = avenant?.numero || String(annee - (contrat.anneeDebut ?? annee) + 1);
  const lines = fundedActions(dossier2).map((action) => {
    const budget2 = action.budgets.find((b) => b.annee === annee);
    const fixed = avenant?.montants.find((m) => m.actionId === action.id)?.montant;
    return budget2 ? { action, montant: fixed ?? budget2.ctaiAccorde ?? budget2.ctaiDemande } : null;
  }).filter((line) => line !== null);
  const total = lines.reduce((sum, line) => sum + line.montant, 0);
  const versements = contrat.versements.filter((v) => v.annee === annee);
  const schedule = versements.length > 0 ? {
    type: "table",
    widths: [2, 3, 3],
    header: ["Versement", "Date pr\xE9vue", "Montant"],
    rows: versements.map((v) => [
      v.nature === "avance" ? "Avance" : "Solde",
      v.datePrevue ? dateEnLettres(v.datePrevue) : "\xE0 la signature",
      formatEuros(v.montantPrevu)
    ]),
    numeric: [false, false, true]
  } : paragraph(
    t(
      `Le versement intervient pour moiti\xE9, soit ${formatEuros(Math.round(total / 2))}, \xE0 la signature du pr\xE9sent avenant, et pour le solde, soit ${formatEuros(total - Math.round(total / 2))}, sur pr\xE9sentation du bilan de l\u2019ann\xE9e ${annee}.`
    )
  );
  const title = `Avenant financier n\xB0 ${numero} pour l\u2019ann\xE9e ${annee}`;
  const blocks2 = [
    heading(1, title),
    paragraph(t(`au contrat territorial d\u2019accueil et d\u2019int\xE9gration n\xB0 ${contrat.numero} de ${collectivite.nom}`), {
      align: "center"
    }),
    paragraph([text2("Entre", { bold: true })], { align: "left", keepWithNext: true }),
    paragraph(t(`${capitalize(etatParty(dossier2))}, ci-apr\xE8s d\xE9nomm\xE9 \xAB l\u2019\xC9tat \xBB,`)),
    paragraph([text2("et", { bold: true })], { align: "left", keepWithNext: true }),
    paragraph(t(`${capitalize(collectiviteParty(dossier2))}, ci-apr\xE8s d\xE9nomm\xE9e \xAB la collectivit\xE9 \xBB.`)),
    paragraph(
      t(
        `Vu le contrat territorial d\u2019accueil et d\u2019int\xE9gration n\xB0 ${contrat.numero}${contrat.signature.date ? ` sign\xE9 le ${dateEnLettres(contrat.signature.date)}` : ""} ;`
      )
    ),
    paragraph(t(`Vu la loi de finances pour ${annee} ;`)),
    paragraph("Il est convenu ce qui suit.", { align: "left" }),
    heading(2, "Article 1 \u2014 Objet"),
    paragraph(
      t(
        `Le pr\xE9sent avenant fixe, pour l\u2019ann\xE9e ${annee}, le montant de la participation de l\u2019\xC9tat aux actions du contrat et les modalit\xE9s de son versement.`
      )
    ),
    heading(2, "Article 2 \u2014 Montant"),
    paragraph([
      text2(
        t(
          `Sous r\xE9serve de la disponibilit\xE9 des cr\xE9dits, l\u2019\xC9tat apporte \xE0 ${collectiviteDesignation(dossier2)} pour l\u2019ann\xE9e ${annee} la somme de `
        )
      ),
      text2(`${montantEnLettres(total)} (${formatEuros(total)})`, { bold: true }),
      text2(", r\xE9partie entre les actions comme suit :")
    ]),
    {
      type: "table",
      widths: [6, 2],
      header: ["Action", `Montant ${annee}`],
      rows: lines.map((line) => [line.action.intitule, formatEuros(line.montant)]),
      footer: ["Total", formatEuros(total)],
      numeric: [false, true]
    },
    heading(2, "Article 3 \u2014 Modalit\xE9s de versement"),
    schedule,
    heading(2, "Article 4 \u2014 Autres stipulations"),
    paragraph("Les autres stipulations du contrat demeurent inchang\xE9es."),
    madeAt({
      ...dossier2,
      contrat: {
        ...contrat,
        signature: { ...contrat.signature, lieu: contrat.signature.lieu, date: avenant?.date ?? "" }
      }
    }),
    signatureBlocks(dossier2)
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `${title} \u2014 ${collectivite.nom}`,
        subject: `Avenant financier ${annee} au CTAI n\xB0 ${contrat.numero}`,
        author: options.author,
        keywords: ["CTAI", "avenant", String(annee), collectivite.nom],
        createdAt: options.createdAt
      },
      letterhead: { kind: "etat", authority: prefetTitle(dossier2, "Monsieur") },
      footer: `CTAI ${collectivite.nom} \u2014 avenant ${annee}`,
      blocks: blocks2
    }
  };
}

// shared/documents/build-letter.ts
var LETTER_SUBJECT = "Engagement dans la d\xE9marche de contrat territorial d\u2019accueil et d\u2019int\xE9gration";
function buildLetter(dossier2, options) {
  const missing = missingForLetter(dossier2);
  if (missing.length) return { ok: false, missing };
  const { collectivite, etat, diagnostic } = dossier2;
  const t = typographie;
  const addressee = prefetAppellation(dossier2);
  const salutation = addressee.replace(/ (de|du|des|d’).*$/, "");
  const latest = [...diagnostic.publics].sort((a, b) => b.annee - a.annee)[0];
  const axes = [
    .../* @__PURE__ */ new Set([COMPULSORY_AXE, ...diagnostic.axes.map((axe) => axe.axe), ...dossier2.actions.flatMap((a) => a.axes)])
  ];
  const referents = [
    collectivite.eluReferent.nom ? `${fullName(collectivite.eluReferent)}${collectivite.eluReferent.fonction ? `, ${collectivite.eluReferent.fonction}` : ""}, \xE9lu r\xE9f\xE9rent` : "",
    collectivite.chefDeProjet.nom ? `${fullName(collectivite.chefDeProjet)}, chef de projet${collectivite.chefDeProjet.email ? ` (${collectivite.chefDeProjet.email}${collectivite.chefDeProjet.telephone ? `, ${collectivite.chefDeProjet.telephone}` : ""})` : ""}` : ""
  ].filter(Boolean);
  const blocks2 = [
    paragraph(t(`${collectivite.adresse.commune}, le ${dateEnLettres(options.date)}`), { align: "right" }),
    paragraph([text2(`\xE0 ${addressee}`, { bold: true })], { align: "right" }),
    ...etat.sousPrefecture.nom ? [paragraph(`sous couvert de la ${lowerFirst(etat.sousPrefecture.nom)}`, { align: "right" })] : [],
    paragraph([text2("Objet\xA0: ", { bold: true }), text2(t(LETTER_SUBJECT))], { align: "left" }),
    paragraph(`${salutation},`, { align: "left" }),
    paragraph(
      t(
        `J\u2019ai l\u2019honneur de vous faire part de la volont\xE9 de ${collectiviteDesignation(dossier2)} de s\u2019engager, aux c\xF4t\xE9s de l\u2019\xC9tat, dans la d\xE9marche de contrat territorial d\u2019accueil et d\u2019int\xE9gration des r\xE9fugi\xE9s et des \xE9trangers primo-arrivants.`
      )
    ),
    paragraph(
      t(
        `Notre territoire${collectivite.population ? `, qui compte ${collectivite.population.toLocaleString("fr-FR")} habitants,` : ""} accueille chaque ann\xE9e des personnes nouvellement admises au s\xE9jour${latest ? ` : ${latest.titresDeSejour.toLocaleString("fr-FR")} premiers titres de s\xE9jour en ${latest.annee}, dont ${latest.bpi.toLocaleString("fr-FR")} b\xE9n\xE9ficiaires de la protection internationale` : ""}. Nous souhaitons am\xE9liorer leur accueil et leur acc\xE8s au droit commun.`
      )
    ),
    paragraph(
      t(
        "Nous proposons de construire avec vos services un diagnostic partag\xE9 des besoins et de l\u2019offre existante, pr\xE9alable \xE0 la d\xE9finition des actions du contrat."
      )
    ),
    paragraph(t("Les axes que nous envisageons de travailler sont les suivants :"), {
      keepWithNext: true,
      align: "left"
    }),
    { type: "list", items: axes.map((axe) => [text2(AXE_LABELS[axe])]) },
    ...referents.length ? [paragraph(t(`Pour suivre la d\xE9marche, nous d\xE9signons : ${referents.join(" ; ")}.`))] : [],
    paragraph(
      t(
        `${capitalize(collectiviteDesignation(dossier2))} est pr\xEAte \xE0 cofinancer les actions qui seront retenues, \xE0 c\xF4t\xE9 des financements de l\u2019\xC9tat.`
      )
    ),
    paragraph(t(`Je vous prie d\u2019agr\xE9er, ${salutation}, l\u2019expression de ma haute consid\xE9ration.`)),
    {
      type: "signatures",
      columns: [
        {
          lines: [representativeQuality(collectivite)],
          name: fullName(collectivite.representant)
        }
      ]
    }
  ];
  return {
    ok: true,
    model: {
      meta: {
        title: `Lettre d\u2019intention \u2014 ${collectivite.nom}`,
        subject: LETTER_SUBJECT,
        author: options.author,
        keywords: ["CTAI", "lettre d\u2019intention", collectivite.nom],
        createdAt: /* @__PURE__ */ new Date(`${options.date}T12:00:00Z`)
      },
      letterhead: {
        kind: "collectivite",
        lines: [
          collectivite.nom,
          collectivite.adresse.ligne1,
          collectivite.adresse.ligne2,
          `${collectivite.adresse.codePostal} ${collectivite.adresse.commune}`.trim(),
          collectivite.contact.telephone,
          collectivite.contact.email
        ].filter(Boolean)
      },
      footer: `${collectivite.nom} \u2014 Lettre d\u2019intention CTAI`,
      blocks: blocks2
    }
  };
}

// shared/documents/render-docx.ts
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType
} from "docx";
var FONT = "Arial";
var ALIGN = {
  left: AlignmentType.LEFT,
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT
};
var HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
var TEXT_WIDTH = 9638;
function runs(list) {
  return list.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }));
}
function letterhead(mark) {
  if (mark.kind === "etat") {
    return [
      new Paragraph({
        children: [new TextRun({ text: mark.authority.toUpperCase(), bold: true, font: "Marianne", size: 20 })]
      }),
      ...["Libert\xE9", "\xC9galit\xE9", "Fraternit\xE9"].map(
        (word) => new Paragraph({ children: [new TextRun({ text: word, italics: true, font: "Marianne", size: 16 })] })
      )
    ];
  }
  return mark.lines.map(
    (line, index) => new Paragraph({ children: [new TextRun({ text: line, bold: index === 0, size: index === 0 ? 22 : 18 })] })
  );
}
function cell(value, options) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...options.shaded ? { shading: { fill: "E3E3FD" } } : {},
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: value, bold: options.bold, size: 18 })]
      })
    ]
  });
}
function table(block) {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => Math.floor(w / total * TEXT_WIDTH));
  const row = (values, style) => new TableRow({
    tableHeader: style.header,
    cantSplit: true,
    children: values.map(
      (value, i) => cell(value, {
        bold: style.bold || style.header,
        numeric: !style.header && block.numeric?.[i],
        width: widths[i],
        shaded: style.header
      })
    )
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(block.header, { header: true }),
      ...block.rows.map((r) => row(r, {})),
      ...block.footer ? [row(block.footer, { bold: true })] : []
    ]
  });
}
function signatures(block) {
  const width = Math.floor(TEXT_WIDTH / block.columns.length);
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: block.columns.map(() => width),
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: true,
        children: block.columns.map(
          (column) => new TableCell({
            width: { size: width, type: WidthType.DXA },
            children: [
              ...column.lines.map(
                (line) => new Paragraph({ keepNext: true, children: [new TextRun({ text: line })] })
              ),
              new Paragraph({
                spacing: { before: 1200 },
                children: [new TextRun({ text: column.name, bold: true })]
              })
            ]
          })
        )
      })
    ]
  });
}
function blocks(list) {
  return list.flatMap((block) => {
    switch (block.type) {
      case "heading":
        return [
          new Paragraph({
            heading: HEADINGS[block.level],
            keepNext: true,
            keepLines: true,
            children: [new TextRun({ text: block.text })]
          })
        ];
      case "paragraph":
        return [
          new Paragraph({
            alignment: ALIGN[block.align ?? "justify"],
            keepNext: block.keepWithNext,
            widowControl: true,
            spacing: { after: 120 },
            children: runs(block.runs)
          })
        ];
      case "list":
        return block.items.map(
          (item) => new Paragraph({ numbering: { reference: "puces", level: 0 }, widowControl: true, children: runs(item) })
        );
      case "table":
        return [table(block), new Paragraph({ children: [] })];
      case "signatures":
        return [signatures(block)];
      case "pageBreak":
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}
function docxDocument(model) {
  const pageNumber = [
    new TextRun({ text: `${model.footer} \u2014 Page `, size: 16 }),
    new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
    new TextRun({ text: " sur ", size: 16 }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
  ];
  return new Document({
    creator: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords.join(", "),
    description: model.meta.subject,
    styles: {
      default: { document: { run: { font: FONT, size: 21, language: { value: "fr-FR" } } } },
      paragraphStyles: [
        {
          id: "Heading1",
          name: "Heading 1",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 32, bold: true, color: "000091" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } }
        },
        {
          id: "Heading2",
          name: "Heading 2",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 24, bold: true, color: "000091" },
          paragraph: { spacing: { before: 240, after: 120 } }
        },
        {
          id: "Heading3",
          name: "Heading 3",
          basedOn: "Normal",
          next: "Normal",
          run: { size: 22, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } }
        }
      ]
    },
    numbering: {
      config: [
        {
          reference: "puces",
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: "\u2013",
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } }
            }
          ]
        }
      ]
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } }
        },
        headers: { default: new Header({ children: letterhead(model.letterhead) }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumber })] })
        },
        children: blocks(model.blocks)
      }
    ]
  });
}
function renderDocx(model) {
  return Packer.pack(docxDocument(model), "uint8array");
}

// shared/documents/render-pdf.ts
import { PDFDocument, PDFName as PDFName2 } from "pdf-lib";

// shared/documents/pdf-metadata.ts
import { PDFHexString, PDFName, PDFString as PDFString2 } from "pdf-lib";

// shared/documents/pdf-font-embedding.ts
import { PDFString } from "pdf-lib";
var hex4 = (value) => value.toString(16).padStart(4, "0");
function fnv1a(text3, seed = 2166136261) {
  let hash = seed >>> 0;
  for (let i = 0; i < text3.length; i++) {
    hash ^= text3.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
function utf16Hex(codePoints) {
  return String.fromCodePoint(...codePoints).split("").map((unit) => hex4(unit.charCodeAt(0))).join("");
}
var EmbeddedFont = class {
  constructor(font, context, index) {
    this.font = font;
    this.ref = context.nextRef();
    this.name = `F${index + 1}`;
    this.subset = font.font.createSubset();
  }
  font;
  ref;
  name;
  subset;
  /** Subset glyph id for each glyph id of the font. */
  ids = /* @__PURE__ */ new Map();
  widths = /* @__PURE__ */ new Map();
  unicode = /* @__PURE__ */ new Map();
  subsetId(glyph, width, codePoints) {
    let id = this.ids.get(glyph);
    if (id === void 0) {
      id = this.subset.includeGlyph(glyph);
      this.ids.set(glyph, id);
      this.widths.set(id, width);
    }
    if (!this.unicode.has(id) && codePoints.length) this.unicode.set(id, codePoints);
    return id;
  }
  /**
   * The operators drawing a shaped text with its left end at (x, y) points, at a size: TJ
   * arrays whose adjustments apply the layout's advances (kerning) where they differ from the
   * glyph widths, and a new text position for each glyph the layout moved (Arabic marks).
   */
  show(shaped, x, y, size) {
    const scale = 1e3 / this.font.unitsPerEm;
    const toPoints = size / this.font.unitsPerEm;
    const parts = [];
    let cursor = 0;
    let array = [];
    let arrayStart = 0;
    const flush = () => {
      if (array.length) parts.push(`1 0 0 1 ${num(x + arrayStart * toPoints)} ${num(y)} Tm [${array.join("")}] TJ`);
      array = [];
    };
    shaped.ids.forEach((glyph, index) => {
      const id = hex4(this.subsetId(glyph, shaped.widths[index], shaped.codePoints[index]));
      const advance2 = shaped.advances[index];
      const xOffset = shaped.xOffsets[index];
      const yOffset = shaped.yOffsets[index];
      if (xOffset !== 0 || yOffset !== 0) {
        flush();
        parts.push(`1 0 0 1 ${num(x + (cursor + xOffset) * toPoints)} ${num(y + yOffset * toPoints)} Tm <${id}> Tj`);
        cursor += advance2;
        arrayStart = cursor;
        return;
      }
      if (!array.length) arrayStart = cursor;
      array.push(`<${id}>`);
      const adjust = (shaped.widths[index] - advance2) * scale;
      if (Math.abs(adjust) > 0.01) array.push(num(adjust));
      cursor += advance2;
    });
    flush();
    return `/${this.name} ${num(size)} Tf ${parts.join(" ")}`;
  }
  async write(context) {
    const bytes = await new Promise((resolve) => {
      const chunks = [];
      this.subset.encodeStream().on("data", (chunk) => chunks.push(chunk)).on("end", () => {
        const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
        const merged = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          merged.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(merged);
      });
    });
    const font = this.font.font;
    const scale = 1e3 / font.unitsPerEm;
    const glyphs = [...this.ids.keys()].sort((a, b) => a - b).join(",");
    const baseName = `${subsetTag(`${font.postscriptName ?? ""}|${glyphs}`)}+${(font.postscriptName ?? "Font").replace(/[^A-Za-z0-9-]/g, "")}`;
    const descriptor = context.obj({
      Type: "FontDescriptor",
      FontName: baseName,
      // Symbolic (its own glyph set), italic when slanted.
      Flags: 4 | (font.italicAngle !== 0 ? 64 : 0),
      FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent * scale,
      Descent: font.descent * scale,
      CapHeight: (font.capHeight || font.ascent) * scale,
      StemV: 80,
      FontFile2: context.register(context.flateStream(bytes, { Length1: bytes.length }))
    });
    const ids = [...this.widths.keys()].sort((a, b) => a - b);
    const widths = ids.flatMap((id) => [id, [Math.round(this.widths.get(id) * scale * 1e3) / 1e3]]);
    const cidFont = context.obj({
      Type: "Font",
      Subtype: "CIDFontType2",
      BaseFont: baseName,
      CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
      FontDescriptor: context.register(descriptor),
      CIDToGIDMap: "Identity",
      W: widths
    });
    const toUnicode = context.register(context.flateStream(this.toUnicode()));
    context.assign(
      this.ref,
      context.obj({
        Type: "Font",
        Subtype: "Type0",
        BaseFont: baseName,
        Encoding: "Identity-H",
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: toUnicode
      })
    );
  }
  toUnicode() {
    const entries = [...this.unicode.entries()].sort((a, b) => a[0] - b[0]);
    const chunks = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      chunks.push(
        `${chunk.length} beginbfchar
${chunk.map(([id, cps]) => `<${hex4(id)}> <${utf16Hex(cps)}>`).join("\n")}
endbfchar`
      );
    }
    return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <ffff>
endcodespacerange
${chunks.join("\n")}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  }
};
function subsetTag(seed) {
  let hash = fnv1a(seed);
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + hash % 26);
    hash = Math.floor(hash / 26);
  }
  return tag;
}
function num(value) {
  const rounded = Math.round(value * 1e3) / 1e3;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
var DocumentFonts = class {
  constructor(context) {
    this.context = context;
  }
  context;
  embedded = /* @__PURE__ */ new Map();
  /** The operators drawing a shaped text (see EmbeddedFont.show), and the font's resource name. */
  show(font, shaped, x, y, size) {
    let embedded = this.embedded.get(font);
    if (!embedded) {
      embedded = new EmbeddedFont(font, this.context, this.embedded.size);
      this.embedded.set(font, embedded);
    }
    return { ops: embedded.show(shaped, x, y, size), resource: embedded.name };
  }
  /** Font resources: name to font dictionary. */
  resources() {
    return new Map([...this.embedded.values()].map((font) => [font.name, font.ref]));
  }
  async write() {
    await Promise.all([...this.embedded.values()].map((font) => font.write(this.context)));
  }
};

// shared/documents/pdf-metadata.ts
function escapeXml(text3) {
  return text3.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function fileId(model) {
  const seed = [model.meta.title, model.meta.createdAt.toISOString(), ...documentText(model)].join("\n");
  const hex = [2166136261, 19088743, 2309737967, 3735928559].map((start) => fnv1a(seed, start).toString(16).padStart(8, "0")).join("");
  return PDFHexString.of(hex);
}
function addMetadata(pdf, model, iccProfile) {
  pdf.setTitle(model.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(model.meta.author);
  pdf.setSubject(model.meta.subject);
  pdf.setKeywords(model.meta.keywords);
  pdf.setLanguage("fr-FR");
  pdf.setCreator("Contrats CTAI");
  pdf.setProducer("Contrats CTAI (pdf-lib)");
  pdf.setCreationDate(model.meta.createdAt);
  pdf.setModificationDate(model.meta.createdAt);
  const id = fileId(model);
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  const date = model.meta.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(model.meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(model.meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(model.meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:CreatorTool>Contrats CTAI</xmp:CreatorTool>
<pdf:Producer>Contrats CTAI (pdf-lib)</pdf:Producer>
<pdf:Keywords>${escapeXml(model.meta.keywords.join(" "))}</pdf:Keywords>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const metadata = pdf.context.stream(new TextEncoder().encode(xmp), { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(metadata));
  if (iccProfile) {
    const profile = pdf.context.register(pdf.context.flateStream(iccProfile, { N: 3 }));
    const intent = pdf.context.obj({
      Type: "OutputIntent",
      S: "GTS_PDFA1",
      OutputConditionIdentifier: PDFString2.of("sRGB IEC61966-2.1"),
      Info: PDFString2.of("sRGB IEC61966-2.1"),
      DestOutputProfile: profile
    });
    pdf.catalog.set(PDFName.of("OutputIntents"), pdf.context.obj([intent]));
  }
}

// shared/documents/pdf-lines.ts
import bidiFactory from "bidi-js";
var UnprintableCharacterError = class extends Error {
  constructor(character) {
    super(
      `Le caract\xE8re \xAB ${character} \xBB (U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}) ne peut pas \xEAtre imprim\xE9 par les polices des documents : retirez-le du texte, puis produisez le document \xE0 nouveau.`
    );
    this.character = character;
  }
  character;
};
var bidi = null;
var RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a/;
function styleOf(run) {
  if (run.bold && run.italic) return "boldItalic";
  if (run.bold) return "bold";
  if (run.italic) return "italic";
  return "regular";
}
function piecesOf(fonts2, size) {
  return (text3, style, levels, offset) => fonts2.parts(text3, style, levels, offset).map((part) => {
    if (!part.font || !part.shaped) throw new UnprintableCharacterError(String.fromCodePoint(part.text.codePointAt(0)));
    return {
      text: part.text,
      font: part.font,
      shaped: part.shaped,
      level: part.level,
      width: part.shaped.width * size / part.font.unitsPerEm
    };
  });
}
function measure(part, size) {
  const shaped = part.font.shape(part.text);
  return { ...part, shaped, width: shaped.width * size / part.font.unitsPerEm };
}
function splitLong(word, max, size) {
  if (word.width <= max) return [word];
  const words = [];
  let pieces = [];
  let used = 0;
  const push = () => {
    words.push({ pieces, width: used, gapLevel: words.length ? word.gapLevel : word.gapLevel });
    pieces = [];
    used = 0;
  };
  for (const piece of word.pieces) {
    let buffer = "";
    for (const char of piece.text) {
      const next = piece.font.width(buffer + char, size);
      if (used + next > max && (buffer || pieces.length)) {
        if (buffer) {
          const part = measure({ text: buffer, font: piece.font, level: piece.level }, size);
          pieces.push(part);
          used += part.width;
        }
        push();
        buffer = char;
      } else buffer += char;
    }
    if (buffer) {
      const part = measure({ text: buffer, font: piece.font, level: piece.level }, size);
      pieces.push(part);
      used += part.width;
    }
  }
  if (pieces.length) push();
  return words;
}
function reorder(items) {
  const levelOf = (item) => item.kind === "gap" ? item.level : item.piece.level;
  const highest = Math.max(...items.map(levelOf));
  if (highest === 0) return items;
  const result = [...items];
  for (let level = highest; level >= 1; level--) {
    let start = -1;
    for (let i = 0; i <= result.length; i++) {
      const inside = i < result.length && levelOf(result[i]) >= level;
      if (inside && start < 0) start = i;
      if (!inside && start >= 0) {
        result.splice(start, i - start, ...result.slice(start, i).reverse());
        start = -1;
      }
    }
  }
  return result;
}
function breakLines(runs2, fonts2, size, max) {
  const shape = piecesOf(fonts2, size);
  const space = fonts2.primary("regular").width(" ", size);
  const lines = [];
  const segments = [[]];
  for (const run of runs2) {
    run.text.split("\n").forEach((part, index) => {
      if (index > 0) segments.push([]);
      if (part) segments[segments.length - 1].push({ text: part, style: styleOf(run) });
    });
  }
  for (const segment of segments) {
    const full = segment.map((part) => part.text).join("");
    const levels = RIGHT_TO_LEFT.test(full) ? (bidi ??= bidiFactory()).getEmbeddingLevels(full, "ltr").levels : null;
    const words = [];
    let current = null;
    let offset = 0;
    for (const part of segment) {
      for (const token of part.text.split(/( +)/)) {
        if (token === "") continue;
        if (token.startsWith(" ")) {
          if (current) words.push(current);
          current = null;
        } else {
          current ??= { pieces: [], width: 0, gapLevel: levels && offset > 0 ? levels[offset - 1] : 0 };
          for (const piece of shape(token, part.style, levels, offset)) {
            current.pieces.push(piece);
            current.width += piece.width;
          }
        }
        offset += token.length;
      }
    }
    if (current) words.push(current);
    let items = [];
    let width = 0;
    let gaps = 0;
    const close = (hard) => {
      lines.push({ items: reorder(items), width, gaps, hard });
      items = [];
      width = 0;
      gaps = 0;
    };
    for (const word of words.flatMap((w) => splitLong(w, max, size))) {
      if (items.length && width + space + word.width > max) close(false);
      if (items.length) {
        items.push({ kind: "gap", level: word.gapLevel });
        width += space;
        gaps++;
      }
      for (const piece of word.pieces) items.push({ kind: "piece", piece });
      width += word.width;
    }
    close(true);
  }
  return lines;
}

// shared/documents/pdf-shaping.ts
import fontkit from "@pdf-lib/fontkit";
var MARK = /^\p{M}$/u;
var isMark = (codePoint) => codePoint >= 768 && MARK.test(String.fromCodePoint(codePoint));
var ShapingFont = class {
  constructor(font) {
    this.font = font;
    this.unitsPerEm = font.unitsPerEm;
  }
  font;
  unitsPerEm;
  shapes = /* @__PURE__ */ new Map();
  coverage = /* @__PURE__ */ new Map();
  covers(codePoint) {
    let covered = this.coverage.get(codePoint);
    if (covered === void 0) {
      covered = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, covered);
    }
    return covered;
  }
  shape(text3) {
    let shaped = this.shapes.get(text3);
    if (!shaped) {
      const run = this.font.layout(text3);
      const shapedRun = {
        ids: [],
        advances: [],
        widths: [],
        xOffsets: [],
        yOffsets: [],
        codePoints: [],
        width: 0
      };
      run.glyphs.forEach((glyph, index) => {
        const position = run.positions[index];
        shapedRun.ids.push(glyph.id);
        shapedRun.advances.push(position.xAdvance);
        shapedRun.widths.push(glyph.advanceWidth);
        shapedRun.xOffsets.push(position.xOffset);
        shapedRun.yOffsets.push(position.yOffset);
        shapedRun.codePoints.push(glyph.codePoints);
        shapedRun.width += position.xAdvance;
      });
      shaped = shapedRun;
      this.shapes.set(text3, shaped);
    }
    return shaped;
  }
  /** Width of a text at a size, in points. */
  width(text3, size) {
    return this.shape(text3).width * size / this.unitsPerEm;
  }
};
var parsed = /* @__PURE__ */ new WeakMap();
function shapingFont(bytes) {
  let font = parsed.get(bytes);
  if (!font) {
    font = new ShapingFont(fontkit.create(bytes));
    parsed.set(bytes, font);
  }
  return font;
}
var FontSet = class {
  constructor(files) {
    this.files = files;
    for (const family of FONT_FAMILIES)
      for (const style of FONT_STYLES)
        if (!files[family.files[style]]) throw new Error(`Police manquante : ${family.files[style]}`);
  }
  files;
  loaded = /* @__PURE__ */ new Map();
  choice = new Map(
    FONT_STYLES.map((style) => [style, /* @__PURE__ */ new Map()])
  );
  font(file) {
    let font = this.loaded.get(file);
    if (!font) {
      font = shapingFont(this.files[file]);
      this.loaded.set(file, font);
    }
    return font;
  }
  split = new Map(FONT_STYLES.map((style) => [style, /* @__PURE__ */ new Map()]));
  /**
   * A word cut into parts, one per change of font (the first font with the glyphs, a combining
   * mark staying with its letter's font when that font has it) or of bidi level (levels: one
   * per UTF-16 unit of the text the word starts at offset in; null when all left to right).
   * Words with no level are cut once and kept. Null parts hold a character no font has.
   */
  parts(word, style, levels = null, offset = 0) {
    const cache = levels ? null : this.split.get(style);
    const known = cache?.get(word);
    if (known) return known;
    const parts = [];
    let current = null;
    let index = 0;
    const flush = () => {
      if (current) parts.push({ ...current, shaped: current.font?.shape(current.text) ?? null });
    };
    for (const char of word) {
      const codePoint = char.codePointAt(0);
      const level = levels ? levels[offset + index] : 0;
      index += char.length;
      if (current?.font && current.level === level && isMark(codePoint) && current.font.covers(codePoint)) {
        current.text += char;
        continue;
      }
      const font = this.fontFor(codePoint, style);
      if (current && current.font === font && current.level === level) current.text += char;
      else {
        flush();
        current = { text: char, font, level };
      }
    }
    flush();
    cache?.set(word, parts);
    return parts;
  }
  /** The main font of a style (spaces, bullets, page numbers). */
  primary(style) {
    return this.font(FONT_FAMILIES[0].files[style]);
  }
  /** The first font of the style that has a glyph for the character, or null if none has. */
  fontFor(codePoint, style) {
    const choices = this.choice.get(style);
    let found = choices.get(codePoint);
    if (found === void 0) {
      found = null;
      for (const family of FONT_FAMILIES) {
        const font = this.font(family.files[style]);
        if (font.covers(codePoint)) {
          found = font;
          break;
        }
      }
      choices.set(codePoint, found);
    }
    return found;
  }
};
var sets = /* @__PURE__ */ new WeakMap();
function fontSet(files) {
  let set = sets.get(files);
  if (!set) {
    set = new FontSet(files);
    sets.set(files, set);
  }
  return set;
}

// shared/documents/text-normalization.ts
function normalizeText(value) {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(/[\f\u2029]/g, "\n\n").replace(/[\v\u2028\u0085]/g, "\n").replace(/\t/g, " ").replace(/[\u0000-\u0009\u000e-\u001f\u007f-\u009f]/g, "").replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, "").replace(/ *\n */g, "\n").replace(/\n{3,}/g, "\n\n");
}
function normalizeLine(value) {
  return normalizeText(value).replace(/\n+/g, " ").trim();
}
function normalizeLines(value) {
  return normalizeText(value).replace(/\n\n/g, "\n").replace(/^\n+|\n+$/g, "");
}
function paragraphsOf(runs2) {
  const paragraphs = [[]];
  for (const run of runs2) {
    normalizeText(run.text).split("\n\n").forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1].push({ ...run, text: part });
    });
  }
  return paragraphs.map((list) => trimEdges(list)).filter((list) => list.some((run) => run.text.trim() !== ""));
}
function trimEdges(runs2) {
  const copy = runs2.map((run) => ({ ...run }));
  if (copy[0]) copy[0].text = copy[0].text.replace(/^\n+/, "");
  const last = copy[copy.length - 1];
  if (last) last.text = last.text.replace(/\n+$/, "");
  return copy.filter((run) => run.text !== "");
}
function normalizeBlock(block) {
  switch (block.type) {
    case "heading":
      return [{ ...block, text: normalizeLine(block.text) }];
    case "paragraph": {
      const paragraphs = paragraphsOf(block.runs);
      return paragraphs.map((runs2, index) => {
        const { keepWithNext, ...rest } = block;
        return index === paragraphs.length - 1 && keepWithNext ? { ...rest, runs: runs2, keepWithNext } : { ...rest, runs: runs2 };
      });
    }
    case "list":
      return [
        {
          ...block,
          items: block.items.map((item) => trimEdges(item.map((run) => ({ ...run, text: normalizeLines(run.text) }))))
        }
      ];
    case "table":
      return [
        {
          ...block,
          header: block.header.map(normalizeLine),
          rows: block.rows.map((row) => row.map(normalizeLines)),
          ...block.footer ? { footer: block.footer.map(normalizeLines) } : {}
        }
      ];
    case "signatures":
      return [
        {
          ...block,
          columns: block.columns.map((column) => ({
            lines: column.lines.map(normalizeLine),
            name: normalizeLine(column.name)
          }))
        }
      ];
    case "pageBreak":
      return [block];
  }
}
function normalizeModel(model) {
  return {
    meta: {
      ...model.meta,
      title: normalizeLine(model.meta.title),
      subject: normalizeLine(model.meta.subject),
      author: normalizeLine(model.meta.author),
      keywords: model.meta.keywords.map(normalizeLine)
    },
    letterhead: model.letterhead.kind === "etat" ? { kind: "etat", authority: normalizeLine(model.letterhead.authority) } : { kind: "collectivite", lines: model.letterhead.lines.map(normalizeLine) },
    footer: normalizeLine(model.footer),
    blocks: model.blocks.flatMap(normalizeBlock)
  };
}

// shared/documents/render-pdf.ts
var PAGE = { width: 595.28, height: 841.89 };
var MARGIN = { left: 56.7, right: 56.7, top: 56.7, bottom: 56.7 };
var HEADER_HEIGHT = 70;
var FOOTER_HEIGHT = 24;
var TEXT_WIDTH2 = PAGE.width - MARGIN.left - MARGIN.right;
var BODY = 10.5;
var LEADING = 1.35;
var BLUE = [0, 0, 145 / 255];
var BLACK = [0.1, 0.1, 0.1];
var GREY = [0.35, 0.35, 0.35];
var HEADING_SIZE = { 1: 16, 2: 12, 3: 11 };
var rgb = (color) => color.map(num).join(" ");
var Canvas = class {
  constructor(documentFonts) {
    this.documentFonts = documentFonts;
  }
  documentFonts;
  ops = [];
  fonts = /* @__PURE__ */ new Set();
  rect(x, y, width, height, style) {
    const parts = [`${num(x)} ${num(y)} ${num(width)} ${num(height)} re`];
    if (style.fill) parts.unshift(`${rgb(style.fill)} rg`);
    if (style.stroke) parts.unshift(`${rgb(style.stroke)} RG ${num(style.line ?? 1)} w`);
    parts.push(style.fill && style.stroke ? "B" : style.fill ? "f" : "S");
    this.ops.push(parts.join(" "));
  }
  /** A line of text with its left end at x and its baseline at y; gaps stretched by extra points. */
  line(line, x, y, size, color, extra = 0, space = 0) {
    const shows = [];
    let cursor = x;
    for (const item of line.items) {
      if (item.kind === "gap") {
        cursor += space + extra;
        continue;
      }
      const { ops, resource } = this.documentFonts.show(item.piece.font, item.piece.shaped, cursor, y, size);
      this.fonts.add(resource);
      shows.push(ops);
      cursor += item.piece.width;
    }
    if (shows.length) this.ops.push(`BT ${rgb(color)} rg ${shows.join(" ")} ET`);
  }
};
function letterhead2(model, fonts2) {
  const mark = model.letterhead;
  const layout = (scale) => {
    const lines = [];
    let y = 0;
    const add2 = (text3, run, size, color, leading, max) => {
      for (const line of breakLines([{ text: text3, ...run }], fonts2, size * scale, max)) {
        y += leading * scale;
        lines.push({ line, size: size * scale, color, y });
      }
    };
    if (mark.kind === "etat") {
      y = 6.5;
      mark.authority.toUpperCase().split("\n").forEach((text3) => add2(text3, { bold: true }, 9.5, BLACK, 11.5, 150));
      y += 2.5;
      for (const word of ["Libert\xE9", "\xC9galit\xE9", "Fraternit\xE9"]) add2(word, { italic: true }, 7.5, BLACK, 9, 150);
    } else {
      y = -3.5;
      mark.lines.forEach(
        (text3, index) => index === 0 ? add2(text3, { bold: true }, 11, BLUE, 13.5, TEXT_WIDTH2) : add2(text3, {}, 8.5, BLACK, 10.5, TEXT_WIDTH2)
      );
    }
    return { lines, height: y + 3 };
  };
  let result = layout(1);
  for (const scale of [0.9, 0.8, 0.7]) if (result.height > HEADER_HEIGHT - 6) result = layout(scale);
  return { ...result, band: mark.kind === "etat" };
}
var Layout = class {
  constructor(fonts2, documentFonts, model) {
    this.fonts = fonts2;
    this.documentFonts = documentFonts;
    this.mark = letterhead2(model, fonts2);
    this.top = PAGE.height - MARGIN.top - Math.max(HEADER_HEIGHT, this.mark.height + 6);
    this.newPage();
  }
  fonts;
  documentFonts;
  canvases = [];
  canvas;
  /** The vertical position where the next line goes, from the bottom of the page. */
  y = 0;
  top;
  mark;
  get bottom() {
    return MARGIN.bottom + FOOTER_HEIGHT;
  }
  get space() {
    return this.fonts.primary("regular").width(" ", 1);
  }
  room() {
    return this.y - this.bottom;
  }
  newPage() {
    this.canvas = new Canvas(this.documentFonts);
    this.canvases.push(this.canvas);
    this.drawLetterhead();
    this.y = this.top;
  }
  ensure(height) {
    if (height > this.room() && this.y < this.top) this.newPage();
  }
  gap(height) {
    this.y -= height;
  }
  drawLetterhead() {
    const top = PAGE.height - MARGIN.top;
    if (this.mark.band) {
      const band = 8;
      this.canvas.rect(MARGIN.left, top - 4, band, 4, { fill: BLUE });
      this.canvas.rect(MARGIN.left + band, top - 4, band, 4, { fill: [1, 1, 1], stroke: [0.85, 0.85, 0.85], line: 0.3 });
      this.canvas.rect(MARGIN.left + 2 * band, top - 4, band, 4, { fill: [225 / 255, 0, 15 / 255] });
    }
    for (const { line, size, color, y } of this.mark.lines)
      this.canvas.line(line, MARGIN.left, top - y, size, color, 0, this.space * size);
  }
  /** Draws a line whose top is at this.y. */
  drawLine(line, x, size, width, justify, color = BLACK) {
    const extra = justify && line.gaps > 0 ? (width - line.width) / line.gaps : 0;
    this.canvas.line(line, x, this.y - size, size, color, extra, this.space * size);
  }
  /** Lines of text, moving to a new page without leaving an orphan or a widow line. */
  lines(lines, options) {
    const height = options.size * LEADING;
    const x = options.x ?? MARGIN.left;
    const width = options.width ?? TEXT_WIDTH2;
    const total = lines.length * height + (options.reserve ?? 0);
    if (options.keepTogether || lines.length <= 3) this.ensure(total);
    else this.ensure(2 * height);
    lines.forEach((line, index) => {
      const left = lines.length - index;
      if (left === 2 && this.room() < 2 * height && this.room() >= height && index >= 2) this.newPage();
      if (this.room() < height) this.newPage();
      const lineX = options.align === "right" ? x + width - line.width : options.align === "center" ? x + (width - line.width) / 2 : x;
      this.drawLine(line, lineX, options.size, width, options.align === "justify" && !line.hard, options.color);
      this.y -= height;
    });
  }
};
function paragraphHeight(lines, size) {
  return lines * size * LEADING;
}
function leadHeight(block, fonts2) {
  if (!block) return 0;
  switch (block.type) {
    case "paragraph": {
      const lines = breakLines(block.runs, fonts2, BODY, TEXT_WIDTH2).length;
      return paragraphHeight(lines <= 3 ? lines : 2, BODY);
    }
    case "list":
      return paragraphHeight(1, BODY);
    case "table":
      return 2 * (BODY * LEADING + 8);
    case "signatures":
      return 120;
    default:
      return 0;
  }
}
function drawTable(layout, block) {
  const size = 9;
  const padding = 4;
  const lineHeight = size * LEADING;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => w / total * TEXT_WIDTH2);
  const rowLines = (values, bold) => values.map((value, i) => breakLines([{ text: value, bold }], layout.fonts, size, widths[i] - 2 * padding));
  const rowHeight = (cells) => Math.max(1, ...cells.map((c) => c.length)) * lineHeight + 2 * padding;
  const header = rowLines(block.header, true);
  const drawRow = (cells, style) => {
    const height = rowHeight(cells);
    let x = MARGIN.left;
    const top = layout.y;
    cells.forEach((lines, i) => {
      layout.canvas.rect(x, top - height, widths[i], height, {
        stroke: [0.6, 0.6, 0.6],
        line: 0.5,
        ...style.header ? { fill: [227 / 255, 227 / 255, 253 / 255] } : {}
      });
      let y = top - padding;
      for (const line of lines) {
        const numeric = !style.header && block.numeric?.[i];
        const lineX = numeric ? x + widths[i] - padding - line.width : x + padding;
        layout.y = y;
        layout.drawLine(line, lineX, size, widths[i] - 2 * padding, false);
        y -= lineHeight;
      }
      x += widths[i];
    });
    layout.y = top - height;
  };
  const rows = [
    ...block.rows.map((r) => rowLines(r, false)),
    ...block.footer ? [rowLines(block.footer, true)] : []
  ];
  const firstRow = rows[0] ? Math.min(rowHeight(rows[0]), 3 * lineHeight + 2 * padding) : 0;
  layout.ensure(rowHeight(header) + firstRow);
  drawRow(header, { header: true });
  const pageRoom = layout.top - layout.bottom - rowHeight(header);
  for (let cells of rows) {
    while (rowHeight(cells) > layout.room()) {
      const fit = Math.floor((layout.room() - 2 * padding) / lineHeight);
      if (rowHeight(cells) <= pageRoom || fit < 2) {
        layout.newPage();
        drawRow(header, { header: true });
        continue;
      }
      drawRow(
        cells.map((lines) => lines.slice(0, fit)),
        {}
      );
      cells = cells.map((lines) => lines.slice(fit));
      layout.newPage();
      drawRow(header, { header: true });
    }
    drawRow(cells, {});
  }
  layout.gap(8);
}
function drawBlocks(layout, blocks2) {
  const fonts2 = layout.fonts;
  blocks2.forEach((block, index) => {
    const next = blocks2[index + 1];
    switch (block.type) {
      case "heading": {
        const size = HEADING_SIZE[block.level];
        const lines = breakLines([{ text: block.text, bold: true }], fonts2, size, TEXT_WIDTH2);
        layout.gap(block.level === 1 ? 6 : 10);
        layout.lines(lines, {
          size,
          align: block.level === 1 ? "center" : "left",
          color: block.level === 3 ? BLACK : BLUE,
          keepTogether: true,
          reserve: leadHeight(next, fonts2) + 4
        });
        layout.gap(4);
        break;
      }
      case "paragraph": {
        const lines = breakLines(block.runs, fonts2, BODY, TEXT_WIDTH2);
        layout.lines(lines, {
          size: BODY,
          align: block.align ?? "justify",
          reserve: block.keepWithNext ? leadHeight(next, fonts2) : 0,
          keepTogether: block.keepWithNext
        });
        layout.gap(5);
        break;
      }
      case "list": {
        const indent = 16;
        const [bullet] = breakLines([{ text: "\u2013" }], fonts2, BODY, TEXT_WIDTH2);
        for (const item of block.items) {
          const lines = breakLines(item, fonts2, BODY, TEXT_WIDTH2 - indent);
          layout.ensure(paragraphHeight(Math.min(2, lines.length), BODY));
          layout.drawLine(bullet, MARGIN.left + 4, BODY, indent, false);
          layout.lines(lines, { size: BODY, x: MARGIN.left + indent, width: TEXT_WIDTH2 - indent, align: "justify" });
          layout.gap(2);
        }
        layout.gap(4);
        break;
      }
      case "table":
        drawTable(layout, block);
        break;
      case "signatures": {
        const width = TEXT_WIDTH2 / block.columns.length;
        const height = Math.max(...block.columns.map((c) => c.lines.length)) * BODY * LEADING + 70;
        layout.ensure(height);
        const top = layout.y;
        block.columns.forEach((column, i) => {
          layout.y = top;
          const x = MARGIN.left + i * width;
          for (const line of column.lines)
            layout.lines(breakLines([{ text: line }], fonts2, BODY, width - 10), {
              size: BODY,
              x,
              width: width - 10,
              align: "left",
              keepTogether: true
            });
          layout.y = layout.y - 50;
          layout.lines(breakLines([{ text: column.name, bold: true }], fonts2, BODY, width - 10), {
            size: BODY,
            x,
            width: width - 10,
            align: "left"
          });
        });
        layout.y = top - height;
        break;
      }
      case "pageBreak":
        layout.newPage();
        break;
    }
  });
}
function drawFooter(layout, canvas, footer, page, count2) {
  const text3 = `${footer ? `${footer} \u2014 ` : ""}Page\xA0${page}\xA0sur\xA0${count2}`;
  let size = 8;
  let lines = breakLines([{ text: text3 }], layout.fonts, size, TEXT_WIDTH2);
  for (const smaller of [7.5, 7, 6.5]) {
    if (lines.length === 1) break;
    size = smaller;
    lines = breakLines([{ text: text3 }], layout.fonts, size, TEXT_WIDTH2);
  }
  let y = MARGIN.bottom - 4;
  const space = layout.space * size;
  for (const line of lines) {
    canvas.line(line, MARGIN.left + (TEXT_WIDTH2 - line.width) / 2, y, size, GREY, 0, space);
    y -= size * 1.2;
  }
}
async function renderPdf(source, fontBytes) {
  const model = normalizeModel(source);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const documentFonts = new DocumentFonts(pdf.context);
  const layout = new Layout(fontSet(fontBytes.files), documentFonts, model);
  drawBlocks(layout, model.blocks);
  const count2 = layout.canvases.length;
  layout.canvases.forEach((canvas, index) => drawFooter(layout, canvas, model.footer, index + 1, count2));
  for (const canvas of layout.canvases) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const stream = pdf.context.flateStream(canvas.ops.join("\n"));
    page.node.addContentStream(pdf.context.register(stream));
  }
  const resources = documentFonts.resources();
  pdf.getPages().forEach((page, index) => {
    for (const name of layout.canvases[index].fonts) page.node.setFontDictionary(PDFName2.of(name), resources.get(name));
  });
  await documentFonts.write();
  addMetadata(pdf, model, fontBytes.iccProfile);
  return pdf.save({ useObjectStreams: false });
}

// shared/documents/generate.ts
function buildDocument(request) {
  const createdAt = /* @__PURE__ */ new Date(`${request.date}T12:00:00Z`);
  switch (request.kind) {
    case "letter":
      return buildLetter(request.dossier, { date: request.date, author: request.author });
    case "contract":
      return buildContract(request.dossier, {
        author: request.author,
        createdAt,
        ...request.articles ? { articles: request.articles } : {}
      });
    case "amendment":
      return buildAmendment(request.dossier, request.year ?? createdAt.getUTCFullYear(), {
        author: request.author,
        createdAt
      });
  }
}
function renderDocument(model, format, fonts2) {
  return format === "docx" ? renderDocx(model) : renderPdf(model, fonts2);
}

// scratch-bench.ts
var dossier = generateDemoDossiers(loadReferentiel().entries, { count: 8, seed: 11, actions: 40, years: 3 }).find((d) => d.workflow.etape === "suivi");
var fonts = loadPdfFonts();
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  const built = buildDocument({ kind: "contract", dossier, author: "B", date: "2026-03-01" });
  if (!built.ok) throw new Error();
  const b = await renderDocument(built.model, "pdf", fonts);
  console.log(i, Math.round(performance.now() - t), b.length);
}
