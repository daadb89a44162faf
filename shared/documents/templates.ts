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
      'Les actions s’adressent aux étrangers primo-arrivants titulaires d’un premier titre de séjour depuis moins de cinq ans et signataires du contrat d’intégration républicaine, et en priorité aux bénéficiaires de la protection internationale.',
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
      'Sous réserve de la disponibilité des crédits du programme {programme} de la loi de finances, l’État apporte au titre du présent contrat les montants suivants. Le montant de la première année est fixé par le présent contrat ; celui de chaque année suivante est fixé par un avenant financier. Chaque année, {tauxAvance} du montant sont versés à titre d’avance à la signature du contrat ou de l’avenant de l’année, et le solde à réception du bilan de l’année.',
  },
  {
    id: 'bilans',
    title: 'Bilans et compte rendu financier',
    template:
      '{collectiviteMajuscule} transmet chaque année un bilan qualitatif et quantitatif de chaque action, renseignant les indicateurs annexés, ainsi qu’un compte rendu financier dans les six mois suivant la fin de l’exercice.',
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
];

/** The fields article templates may use, with what they hold and an example for previews. */
export const TEMPLATE_FIELDS: readonly { name: string; description: string; example: string }[] = [
  { name: 'collectivite', description: 'la collectivité, avec son article', example: 'la commune de Grenoble' },
  { name: 'collectiviteMajuscule', description: 'la même, en début de phrase', example: 'La commune de Grenoble' },
  { name: 'territoire', description: 'le territoire', example: 'de Grenoble' },
  { name: 'duree', description: 'la durée en lettres', example: 'trois ans' },
  { name: 'anneeDebut', description: 'la première année', example: '2026' },
  { name: 'anneeFin', description: 'la dernière année', example: '2028' },
  { name: 'programme', description: 'le programme budgétaire', example: '104' },
  { name: 'tauxAvance', description: 'la part versée en avance', example: '50 %' },
];

export function previewTemplate(template: string): TemplateResult {
  return renderTemplate(template, Object.fromEntries(TEMPLATE_FIELDS.map((field) => [field.name, field.example])));
}
