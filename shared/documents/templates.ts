// Article texts are templates with named fields ({collectivite}, {duree}…). The préfecture can
// adapt them; an unknown field is reported, never printed as it is.
export interface TemplateResult {
  text: string;
  unknownFields: string[];
}

export function renderTemplate(template: string, fields: Readonly<Record<string, string>>): TemplateResult {
  const unknownFields: string[] = [];
  const text = template.replace(/\{([a-zA-Zéèêàç_.]+)\}/g, (_, name: string) => {
    if (Object.hasOwn(fields, name)) return fields[name]!;
    unknownFields.push(name);
    return '';
  });
  return { text, unknownFields };
}

export const CONTRACT_ARTICLES: readonly { id: string; title: string; template: string }[] = [
  {
    id: 'objet',
    title: 'Objet',
    template:
      'Le présent contrat a pour objet de définir les modalités du partenariat entre l’État et {collectivite} pour l’accueil et l’intégration des étrangers primo-arrivants en situation régulière, en particulier des bénéficiaires de la protection internationale, sur le territoire {territoire}. Il fixe les actions retenues, leur financement et les modalités de leur suivi.',
  },
  {
    id: 'duree',
    title: 'Durée',
    template:
      'Le présent contrat est conclu pour une durée de {duree}, du 1er janvier {anneeDebut} au 31 décembre {anneeFin}.',
  },
  {
    id: 'public',
    title: 'Public concerné',
    template:
      'Les actions s’adressent aux étrangers primo-arrivants titulaires d’un premier titre de séjour depuis moins de cinq ans et signataires du contrat d’intégration républicaine, et en priorité aux bénéficiaires de la protection internationale et aux bénéficiaires de la protection temporaire.',
  },
  {
    id: 'axes',
    title: 'Axes et actions',
    template:
      'Le contrat s’organise autour des axes et des actions ci-dessous, décrits dans les fiches actions annexées. Les actions relatives au logement et à l’hébergement en font obligatoirement partie.',
  },
  {
    id: 'etat',
    title: 'Engagements de l’État',
    template:
      'L’État s’engage à apporter son concours financier aux actions retenues, dans les conditions prévues à l’article relatif au montant, à mobiliser ses services et opérateurs et à participer aux instances de gouvernance du contrat.',
  },
  {
    id: 'collectivite',
    title: 'Engagements de la collectivité',
    template:
      '{collectiviteMajuscule} s’engage à mettre en œuvre les actions retenues, directement ou par les porteurs désignés, à assurer la coordination des acteurs du territoire, à cofinancer les actions et à rendre compte de leur réalisation.',
  },
  {
    id: 'montant',
    title: 'Montant et modalités de versement',
    template:
      'Sous réserve de la disponibilité des crédits du programme {programme} de la loi de finances, l’État apporte au titre du présent contrat {montantsApportes}. {modalitesAnnuelles}',
  },
  {
    // Programme 104 « Intégration et accès à la nationalité française » (projet annuel de
    // performances, mission Immigration, asile et intégration): action 12 for newly arrived
    // foreigners, 15 for refugees, as chosen in the État tab. Ordonnateur: the préfet (décret
    // n° 2012-1246, art. 10 and 11); comptable assignataire: the DRFiP (same décret, art. 13 and 18).
    id: 'imputation',
    title: 'Imputation budgétaire',
    template:
      'Les crédits sont imputés sur le programme {programme} « Intégration et accès à la nationalité française », action {actionBudgetaire} « {actionLibelle} ». L’ordonnateur de la dépense est {ordonnateur}. Le comptable assignataire est {comptable}.',
  },
  {
    // The payee is identified by its SIREN and paid on the account of its public accountant
    // (CGCT, art. L. 1611-4 and décret n° 2012-1246 on the payment to the creditor's account).
    id: 'paiement',
    title: 'Coordonnées de paiement',
    template:
      'Les sommes dues sont versées {aCollectivite} ({identificationCollectivite}), sur le compte {coordonneesBancaires}.',
  },
  {
    id: 'bilans',
    title: 'Bilans et compte rendu financier',
    template:
      '{collectiviteMajuscule} transmet chaque année un bilan qualitatif et quantitatif de chaque action, renseignant les indicateurs annexés, ainsi qu’un compte rendu financier dans les six mois suivant la fin de l’exercice.',
  },
  {
    // Checks on documents and on site of the use of public funds: CGCT, art. L. 1611-4; loi
    // n° 2000-321 du 12 avril 2000, art. 10.
    id: 'controles',
    title: 'Contrôles',
    template:
      '{collectiviteMajuscule} tient à la disposition des services de l’État les pièces justificatives des dépenses et tout document permettant de vérifier l’emploi des sommes versées, et accepte le contrôle sur pièces et sur place, par les services de l’État ou par toute personne qu’ils mandatent, de la réalisation des actions et de l’utilisation des crédits.',
  },
  {
    // Loi n° 2000-321 du 12 avril 2000, art. 10-1 (loi n° 2021-1109 du 24 août 2021), and décret
    // n° 2021-1947 du 31 décembre 2021 approving the contrat d’engagement républicain.
    id: 'engagementRepublicain',
    title: 'Contrat d’engagement républicain',
    template:
      'Lorsqu’une action financée est portée par une association ou une fondation, {collectivite} s’assure que ce porteur a souscrit le contrat d’engagement républicain prévu à l’article 10-1 de la loi n° 2000-321 du 12 avril 2000 et approuvé par le décret n° 2021-1947 du 31 décembre 2021, et le rappelle dans la convention conclue avec lui.',
  },
  {
    id: 'gouvernance',
    title: 'Gouvernance',
    template:
      'Un comité de pilotage, coprésidé par le représentant de l’État et le représentant de la collectivité, se réunit au moins une fois par an. Un comité technique associant les services et les porteurs d’actions en prépare les travaux.',
  },
  {
    id: 'suivi',
    title: 'Suivi et évaluation',
    template:
      'Les parties suivent ensemble la réalisation des actions au moyen des indicateurs annexés au présent contrat. Une évaluation est conduite au terme du contrat.',
  },
  {
    id: 'communication',
    title: 'Communication',
    template:
      'Toute communication relative aux actions financées mentionne le soutien de l’État au titre du contrat territorial d’accueil et d’intégration.',
  },
  {
    id: 'avenants',
    title: 'Modification du contrat',
    template: 'Toute modification du présent contrat fait l’objet d’un avenant signé par les parties.',
  },
  {
    id: 'resiliation',
    title: 'Résiliation et reversement',
    template:
      'En cas de non-respect de ses engagements par l’une des parties, le contrat peut être résilié par l’autre partie après mise en demeure restée sans effet pendant un mois. Les sommes versées et non employées conformément à leur objet font l’objet d’un reversement.',
  },
  {
    id: 'litiges',
    title: 'Litiges',
    template:
      'Les litiges relatifs à l’exécution du présent contrat qui n’auraient pu être réglés à l’amiable relèvent de la compétence du tribunal administratif territorialement compétent.',
  },
  {
    id: 'entreeEnVigueur',
    title: 'Entrée en vigueur',
    template: 'Le présent contrat entre en vigueur à la date de sa signature par la dernière des parties.',
  },
  {
    id: 'annexes',
    title: 'Annexes',
    template:
      'Les annexes font partie intégrante du présent contrat : le diagnostic partagé (annexe 1), les fiches actions (annexe 2), le tableau financier pluriannuel (annexe 3) et les indicateurs (annexe 4).',
  },
];

/**
 * The visas of the contract, in the order printed, each adaptable like an article. A visa whose
 * field is empty for the dossier (no arrêté de délégation when the préfet signs) is left out,
 * unless the field is optional (OPTIONAL_FIELDS). The finance law is never left out: the contract
 * is refused while it is not known (finance-laws.ts).
 */
export const CONTRACT_VISAS: readonly { id: string; title: string; template: string }[] = [
  {
    id: 'visaCgct',
    title: 'Code général des collectivités territoriales',
    template: 'Vu le code général des collectivités territoriales ;',
  },
  {
    // Art. 9-1 defines the subsidy, art. 10 the convention and the compte rendu financier, art. 10-1 the contrat d’engagement républicain.
    id: 'visaLoi2000',
    title: 'Loi n° 2000-321',
    template:
      'Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment ses articles 9-1, 10 et 10-1 ;',
  },
  {
    id: 'visaLolf',
    title: 'Loi organique relative aux lois de finances',
    template: 'Vu la loi organique n° 2001-692 du 1er août 2001 relative aux lois de finances ;',
  },
  {
    // The year's finance law, by number and date, never later than the signature (finance-laws.ts).
    id: 'visaLoiDeFinances',
    title: 'Loi de finances de l’année',
    template: 'Vu {loiDeFinances} ;',
  },
  {
    id: 'visaDecret2004',
    title: 'Décret n° 2004-374 (pouvoirs des préfets)',
    template:
      'Vu le décret n° 2004-374 du 29 avril 2004 relatif aux pouvoirs des préfets, à l’organisation et à l’action des services de l’État dans les régions et départements ;',
  },
  {
    id: 'visaDecret2012',
    title: 'Décret n° 2012-1246 (gestion budgétaire et comptable publique)',
    template: 'Vu le décret n° 2012-1246 du 7 novembre 2012 relatif à la gestion budgétaire et comptable publique ;',
  },
  {
    id: 'visaDecret2021',
    title: 'Décret n° 2021-1947 (contrat d’engagement républicain)',
    template:
      'Vu le décret n° 2021-1947 du 31 décembre 2021 pris pour l’application de l’article 10-1 de la loi n° 2000-321 du 12 avril 2000 et approuvant le contrat d’engagement républicain des associations et fondations bénéficiant de subventions publiques ou d’un agrément de l’État ;',
  },
  {
    // The content of the compte rendu financier (domain.md).
    id: 'visaArrete2006',
    title: 'Arrêté du 11 octobre 2006 (compte rendu financier)',
    template:
      'Vu l’arrêté du 11 octobre 2006 relatif au compte rendu financier prévu par l’article 10 de la loi n° 2000-321 du 12 avril 2000 ;',
  },
  {
    // The national instruction by its date and NOR (national-instruction.ts: the instruction of
    // 17 January 2019; its date and NOR are entered in Paramètres, the NOR left out while unknown).
    id: 'visaInstruction',
    title: 'Instruction nationale',
    template: 'Vu l’instruction du Gouvernement du {instructionDate}{instructionNor} {instructionObjet} ;',
  },
  {
    id: 'visaDelegation',
    title: 'Arrêté de délégation de signature',
    template:
      'Vu l’arrêté préfectoral n° {delegationNumero} du {delegationDate} portant délégation de signature à {delegataire} ;',
  },
  {
    id: 'visaDeliberation',
    title: 'Délibération de la collectivité',
    template:
      'Vu la délibération n° {deliberationNumero} du {deliberationDate} autorisant la signature du présent contrat ;',
  },
];

/** Fields that may be empty without leaving their visa out (the NOR, while it is not known). */
export const OPTIONAL_FIELDS: ReadonlySet<string> = new Set(['instructionNor']);

/** Every adaptable text of the contract (Paramètres), visas first. */
export const CONTRACT_TEMPLATES = [...CONTRACT_VISAS, ...CONTRACT_ARTICLES];

/** The fields article templates may use, with what they hold and an example for previews. */
export const TEMPLATE_FIELDS: readonly { name: string; description: string; example: string }[] = [
  { name: 'collectivite', description: 'la collectivité, avec son article', example: 'la commune de Grenoble' },
  { name: 'collectiviteMajuscule', description: 'la même, en début de phrase', example: 'La commune de Grenoble' },
  { name: 'deCollectivite', description: 'la collectivité après « de »', example: 'de la commune de Grenoble' },
  { name: 'aCollectivite', description: 'la collectivité après « à »', example: 'à la commune de Grenoble' },
  { name: 'territoire', description: 'le territoire, après « le territoire »', example: 'de Grenoble' },
  { name: 'duree', description: 'la durée en lettres', example: 'trois ans' },
  { name: 'anneeDebut', description: 'la première année', example: '2026' },
  { name: 'anneeFin', description: 'la dernière année', example: '2028' },
  { name: 'programme', description: 'le programme budgétaire', example: '104' },
  { name: 'tauxAvance', description: 'la part versée en avance', example: '50 %' },
  {
    name: 'montantsApportes',
    description: '« les montants suivants », ou « le montant suivant » pour un contrat d’un an',
    example: 'les montants suivants',
  },
  {
    name: 'modalitesAnnuelles',
    description: 'qui fixe le montant de chaque année et quand il est versé (un contrat d’un an n’a pas d’avenant)',
    example:
      'Le montant de la première année est fixé par le présent contrat ; celui de chaque année suivante est fixé par un avenant financier. Chaque année, 50 % du montant est versé à titre d’avance à la signature du contrat ou de l’avenant de l’année, et le solde à réception du bilan de l’année.',
  },
  { name: 'actionBudgetaire', description: 'l’action du programme', example: '12' },
  {
    name: 'actionLibelle',
    description: 'l’intitulé de l’action du programme',
    example: 'Actions d’accompagnement des étrangers en situation régulière',
  },
  { name: 'ordonnateur', description: 'l’ordonnateur de la dépense', example: 'le préfet de l’Isère' },
  {
    name: 'comptable',
    description: 'le comptable assignataire',
    example: 'le directeur régional des finances publiques d’Auvergne-Rhône-Alpes',
  },
  { name: 'siren', description: 'le SIREN de la collectivité', example: 'SIREN 213801855' },
  {
    name: 'adresseCollectivite',
    description: 'l’adresse de la collectivité',
    example: '11 boulevard Jean Pain, 38000 Grenoble',
  },
  {
    name: 'identificationCollectivite',
    description: 'le SIREN et l’adresse de la collectivité',
    example: 'SIREN 213801855, 11 boulevard Jean Pain, 38000 Grenoble',
  },
  {
    name: 'coordonneesBancaires',
    description: 'l’IBAN et le BIC de la collectivité',
    example: 'IBAN FR76 3000 1000 6400 0000 0000 C12, BIC BDFEFRPPCCT',
  },
  {
    name: 'loiDeFinances',
    description: 'la loi de finances de l’année',
    example: 'la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024',
  },
  { name: 'instructionDate', description: 'la date de l’instruction nationale', example: '17 janvier 2019' },
  {
    name: 'instructionNor',
    description: 'le NOR de l’instruction nationale, entre parenthèses (vide s’il n’est pas saisi)',
    example: ' (NOR : INTV1900000J)',
  },
  {
    name: 'instructionObjet',
    description: 'l’objet de l’instruction nationale',
    example:
      'relative aux orientations pour l’année 2019 de la politique d’accueil et d’intégration des étrangers en France',
  },
  { name: 'delegationNumero', description: 'le numéro de l’arrêté de délégation', example: '2026-SG-12' },
  { name: 'delegationDate', description: 'la date de l’arrêté de délégation', example: '2 janvier 2026' },
  {
    name: 'delegataire',
    description: 'le sous-préfet délégataire',
    example: 'Madame Anne Martin, sous-préfète de Vienne',
  },
  { name: 'deliberationNumero', description: 'le numéro de la délibération', example: '2026-117' },
  { name: 'deliberationDate', description: 'la date de la délibération', example: '25 mars 2026' },
];

export function previewTemplate(template: string): TemplateResult {
  return renderTemplate(template, Object.fromEntries(TEMPLATE_FIELDS.map((field) => [field.name, field.example])));
}
