// Countries as news text names them: English names and demonyms, French names and adjective forms.
// Used to read "the Malian army", "Mali's military", "l'armée malienne" as a mention of the national
// armed forces (or government) that the knowledge base lists for that country.

export interface Country {
  /** ISO 3166-1 alpha-2, as in the knowledge base's `country`. */
  code: string;
  /** English and French names ("Mali", "Côte d'Ivoire"). */
  names: string[];
  /** English demonyms used as adjectives ("Malian"). */
  demonyms: string[];
  /** French adjective, masculine and feminine singular ("malien", "malienne"). */
  french: [string, string];
}

type Row = [
  code: string,
  names: string,
  demonyms: string,
  frenchMasculine: string,
  frenchFeminine?: string,
];

/** Compact table: names and demonyms separated by "|". A missing feminine is the masculine + "e". */
const ROWS: Row[] = [
  ['ML', 'Mali', 'Malian', 'malien', 'malienne'],
  ['BF', 'Burkina Faso|Burkina', 'Burkinabe|Burkinabè|Burkinese', 'burkinabè', 'burkinabè'],
  ['NE', 'Niger', 'Nigerien', 'nigérien', 'nigérienne'],
  ['NG', 'Nigeria', 'Nigerian', 'nigérian'],
  ['TD', 'Chad|Tchad', 'Chadian', 'tchadien', 'tchadienne'],
  ['MR', 'Mauritania|Mauritanie', 'Mauritanian', 'mauritanien', 'mauritanienne'],
  ['SN', 'Senegal|Sénégal', 'Senegalese', 'sénégalais'],
  ['CI', "Ivory Coast|Côte d'Ivoire", 'Ivorian', 'ivoirien', 'ivoirienne'],
  ['GH', 'Ghana', 'Ghanaian', 'ghanéen', 'ghanéenne'],
  ['BJ', 'Benin|Bénin', 'Beninese', 'béninois'],
  ['TG', 'Togo', 'Togolese', 'togolais'],
  ['GN', 'Guinea|Guinée', 'Guinean', 'guinéen', 'guinéenne'],
  ['CM', 'Cameroon|Cameroun', 'Cameroonian', 'camerounais'],
  ['DZ', 'Algeria|Algérie', 'Algerian', 'algérien', 'algérienne'],
  ['MA', 'Morocco|Maroc', 'Moroccan', 'marocain'],
  ['TN', 'Tunisia|Tunisie', 'Tunisian', 'tunisien', 'tunisienne'],
  ['LY', 'Libya|Libye', 'Libyan', 'libyen', 'libyenne'],
  ['EG', 'Egypt|Égypte', 'Egyptian', 'égyptien', 'égyptienne'],
  ['SD', 'Sudan|Soudan', 'Sudanese', 'soudanais'],
  ['SS', 'South Sudan|Soudan du Sud', 'South Sudanese', 'sud-soudanais'],
  ['ET', 'Ethiopia|Éthiopie', 'Ethiopian', 'éthiopien', 'éthiopienne'],
  ['ER', 'Eritrea|Érythrée', 'Eritrean', 'érythréen', 'érythréenne'],
  ['SO', 'Somalia|Somalie', 'Somali', 'somalien', 'somalienne'],
  ['KE', 'Kenya', 'Kenyan', 'kényan', 'kényane'],
  ['UG', 'Uganda|Ouganda', 'Ugandan', 'ougandais'],
  ['RW', 'Rwanda', 'Rwandan', 'rwandais'],
  ['CD', 'Democratic Republic of the Congo|DR Congo|DRC|RDC', 'Congolese', 'congolais'],
  ['CF', 'Central African Republic|Centrafrique', 'Central African', 'centrafricain'],
  ['MZ', 'Mozambique', 'Mozambican', 'mozambicain'],
  ['ZA', 'South Africa|Afrique du Sud', 'South African', 'sud-africain'],
  ['IL', 'Israel|Israël', 'Israeli', 'israélien', 'israélienne'],
  ['PS', 'Palestine', 'Palestinian', 'palestinien', 'palestinienne'],
  ['LB', 'Lebanon|Liban', 'Lebanese', 'libanais'],
  ['SY', 'Syria|Syrie', 'Syrian', 'syrien', 'syrienne'],
  ['IQ', 'Iraq|Irak', 'Iraqi', 'irakien', 'irakienne'],
  ['IR', 'Iran', 'Iranian', 'iranien', 'iranienne'],
  ['TR', 'Turkey|Türkiye|Turquie', 'Turkish', 'turc', 'turque'],
  ['SA', 'Saudi Arabia|Arabie saoudite', 'Saudi', 'saoudien', 'saoudienne'],
  ['YE', 'Yemen|Yémen', 'Yemeni', 'yéménite', 'yéménite'],
  ['JO', 'Jordan|Jordanie', 'Jordanian', 'jordanien', 'jordanienne'],
  ['AE', 'United Arab Emirates|UAE', 'Emirati', 'émirien', 'émirienne'],
  ['QA', 'Qatar', 'Qatari', 'qatarien', 'qatarienne'],
  ['AF', 'Afghanistan', 'Afghan', 'afghan'],
  ['PK', 'Pakistan', 'Pakistani', 'pakistanais'],
  ['IN', 'India|Inde', 'Indian', 'indien', 'indienne'],
  ['CN', 'China|Chine', 'Chinese', 'chinois'],
  ['RU', 'Russia|Russie', 'Russian', 'russe', 'russe'],
  ['UA', 'Ukraine', 'Ukrainian', 'ukrainien', 'ukrainienne'],
  ['BY', 'Belarus|Biélorussie', 'Belarusian', 'biélorusse', 'biélorusse'],
  [
    'US',
    'United States|United States of America|US|USA|America|États-Unis',
    'American|US',
    'américain',
  ],
  [
    'GB',
    'United Kingdom|UK|Britain|Great Britain|Royaume-Uni',
    'British|UK',
    'britannique',
    'britannique',
  ],
  ['FR', 'France', 'French', 'français', 'française'],
  ['DE', 'Germany|Allemagne', 'German', 'allemand'],
  ['IT', 'Italy|Italie', 'Italian', 'italien', 'italienne'],
  ['ES', 'Spain|Espagne', 'Spanish', 'espagnol'],
  ['PL', 'Poland|Pologne', 'Polish', 'polonais'],
  ['JP', 'Japan|Japon', 'Japanese', 'japonais'],
  ['KR', 'South Korea|Corée du Sud', 'South Korean', 'sud-coréen', 'sud-coréenne'],
  ['KP', 'North Korea|Corée du Nord', 'North Korean', 'nord-coréen', 'nord-coréenne'],
  ['MM', 'Myanmar|Burma|Birmanie', 'Burmese|Myanmar', 'birman'],
  ['CO', 'Colombia|Colombie', 'Colombian', 'colombien', 'colombienne'],
  ['MX', 'Mexico|Mexique', 'Mexican', 'mexicain'],
  ['VE', 'Venezuela', 'Venezuelan', 'vénézuélien', 'vénézuélienne'],
  ['BR', 'Brazil|Brésil', 'Brazilian', 'brésilien', 'brésilienne'],
  ['CA', 'Canada', 'Canadian', 'canadien', 'canadienne'],
  ['AU', 'Australia|Australie', 'Australian', 'australien', 'australienne'],
  ['PH', 'Philippines', 'Philippine|Filipino', 'philippin'],
  ['ID', 'Indonesia|Indonésie', 'Indonesian', 'indonésien', 'indonésienne'],
  ['AZ', 'Azerbaijan|Azerbaïdjan', 'Azerbaijani', 'azerbaïdjanais'],
  ['AM', 'Armenia|Arménie', 'Armenian', 'arménien', 'arménienne'],
  ['HT', 'Haiti|Haïti', 'Haitian', 'haïtien', 'haïtienne'],
];

export const COUNTRIES: readonly Country[] = ROWS.map(
  ([code, names, demonyms, masculine, feminine]) => ({
    code,
    names: names.split('|'),
    demonyms: demonyms.split('|'),
    french: [masculine, feminine ?? `${masculine}e`],
  }),
);

/** Every country name and demonym, for telling "Malian Army" (national) from "Arakan Army". */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => [...c.names, ...c.demonyms]).map((w) => w.toLowerCase()),
);
