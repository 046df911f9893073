// Romanian (ro). Plurals come from Intl.PluralRules: from 20 a count takes "de" ("20 de puncte").
// Data text (KPI names, areas, activities) stays in English.
import type { Catalogue } from '../catalogue.js';
import type { CommonStrings } from '../common.strings.js';
import { listOf } from '../format.js';
import { countsOf, pluralsOf, type PluralForms } from '../plural.js';

const locale = 'ro';
const plural = pluralsOf(locale);
const n = countsOf(locale);
const list = (items: string[]) => listOf(items, locale);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const notVerified = (why: string) => `Neverificat: ${why}`;
const counted = (count: number, forms: PluralForms) => `${n(count)} ${plural(count, forms)}`;
const activityForms = { one: 'activitate', few: 'activități', other: 'de activități' };
const vacancyForms = { one: 'post vacant deschis', few: 'posturi vacante deschise', other: 'de posturi vacante deschise' };

const common: CommonStrings = {
  locale,
  source: 'Sursa',
  sampleData: 'Date de exemplu',
  missingAttribute: (tag, attribute) => `<${tag}> are nevoie de atributul ${attribute}.`,
  stale: (since) => `neactualizat: fluxul de date nu poate fi accesat, copie din ${since}`,
  figure: {
    about: (figure) => `aproximativ ${figure}`,
    perHour: (money) => `${money} pe oră`,
    pence: (number) => `${number} p`,
    ordinal: (_rank, number) => `locul ${number}`,
    kilotonnes: (number) => `${number} kt CO₂e`,
    inPeriod: (period) => `în ${period}`,
    reportedIn: (year) => `raportat în ${year}`,
    quarter: (year, quarter) => `trimestrul ${quarter} ${year}`,
  },
  whyNotComparable: {
    'different-definitions': 'Aceste cifre provin din surse diferite sau măsoară lucruri diferite, deci nu pot fi comparate.',
    'undated-period': 'Cel puțin una dintre aceste cifre este datată doar după anul publicării documentului, deci nu se poate stabili o schimbare în timp.',
    approximate: 'Cel puțin una dintre aceste cifre este aproximativă, deci nu se poate da o schimbare exactă.',
    'different-periods': 'Aceste cifre se referă la perioade diferite, deci nu pot fi comparate.',
  },
};

const notFoundMeasure = (id: string) => `Nu există niciun indicator numit „${id}” în fluxul de date.`;
const opensInNewTab = ' (se deschide într-o filă nouă)';

const ro: Catalogue = {
  locale,
  dir: 'ltr',
  name: 'Română',
  review: { reviewed: false, note: 'Written by the project; no native speaker has reviewed it yet.' },
  'luton-kpi': {
    ...common,
    failed: 'Această cifră nu a putut fi încărcată.',
    notFound: notFoundMeasure,
    loading: (id) => `Se încarcă ${id}…`,
    noData: (title) => `Încă nu s-au publicat cifre pentru „${title}”.`,
    plannedSource: 'Sursă planificată',
    trend: {
      improving: 'În îmbunătățire',
      worsening: 'În înrăutățire',
      'no-change': 'Nicio schimbare',
      'not-enough-data': 'Date insuficiente pentru o tendință',
      'not-comparable': 'Nicio tendință: cifrele nu pot fi comparate',
    },
    provisional: 'provizoriu',
    estimate: 'estimare',
    points: (size, count) => `${size} ${plural(count, { one: 'punct procentual', few: 'puncte procentuale', other: 'de puncte procentuale' })}`,
    change: (direction, difference, since) =>
      direction === 'unchanged' ? `neschimbat față de ${since}` : `în ${direction === 'up' ? 'creștere' : 'scădere'} cu ${difference} față de ${since}`,
    gap: (difference, side, area, theirs) => `cu ${difference} ${side === 'above' ? 'peste' : 'sub'} ${area} (${theirs})`,
    sameAs: (area, theirs) => `la fel ca ${area} (${theirs})`,
    theirFigure: (area, figure, when) => `${area}: ${figure} ${when}`,
    noFigure: (area) => `nicio cifră pentru ${area}`,
    noComparableFigure: (area, when) => `nicio cifră pentru ${area} comparabilă cu cea a orașului Luton ${when}`,
    notComparable: (previous, when, why) => `${previous} ${when}: ${lowerFirst(why)}`,
    movedFrom: (direction, previous, period) =>
      direction === 'flat' ? `la fel ca ${previous} în ${period}` : `în ${direction === 'up' ? 'creștere' : 'scădere'} de la ${previous} în ${period}`,
    sentence: ({ title, value, when, movement, meaning, notComparable, gap, flags }) =>
      `${title}: ${value} ${when}${movement ? `, ${movement}` : ''}: ${meaning.toLowerCase()}.${notComparable ? ` ${capitalise(notComparable)}` : ''}${
        gap ? ` ${capitalise(gap)}.` : ''
      }${flags.length ? ` (${flags.join(', ')})` : ''}`,
    seriesAlt: (title, points) => `Graficul liniar al indicatorului ${title} pe perioade: ${points.join(', ')}.`,
  },
  'luton-comparator-bars': {
    ...common,
    failed: 'Această cifră nu a putut fi încărcată.',
    notFound: notFoundMeasure,
    loading: (id) => `Se încarcă ${id}…`,
    caption: (title, period) => `${title}: Luton și alte zone, ${period}`,
    lutonFigure: (figure, when) => `${figure} ${when}`,
    area: (name, figure) => `${name} (${figure})`,
    summary: (luton, higherThan, lowerThan, sameAs) =>
      [
        `Luton: ${luton}.`,
        higherThan.length ? `Mai mult decât ${list(higherThan)}.` : '',
        lowerThan.length ? `Mai puțin decât ${list(lowerThan)}.` : '',
        sameAs.length ? `La fel ca ${list(sameAs)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    noComparison: (title) => `Încă nu s-au publicat cifre pentru Luton pentru „${title}”, deci nu există nimic de comparat.`,
    noComparator: (luton, when) =>
      `Luton: ${luton} ${when}. Nicio altă zonă nu are în surse o cifră care să poată fi pusă alături, deci nu există cu ce să fie comparată.`,
    plannedSource: (source) => `sursă planificată: ${source}`,
    noFigureFor: (period, areas) => `Nicio cifră pentru ${period}: ${list(areas)}.`,
    showTable: 'Afișează cifrele sub formă de tabel',
    tableArea: 'Zona',
    tableValue: 'Valoarea',
    tablePeriod: 'Perioada',
    chartAlt: (title, period, areas) => `Grafic cu bare pentru ${title}, ${period}, de la cea mai mare valoare: ${areas.join(', ')}.`,
  },
  'luton-action-tracker': {
    ...common,
    failed: 'Această listă nu a putut fi încărcată.',
    notFound: (id) => `Nu există nicio activitate „${id}” în fluxul de date.`,
    loading: 'Se încarcă activitățile Planului de implementare…',
    heading: 'Strategia pentru ocuparea forței de muncă și competențe: progresul Planului de implementare',
    cited: 'Planul de implementare al Strategiei pentru ocuparea forței de muncă și competențe din Luton; stadiul raportat de responsabilii de implementare',
    filtersLabel: 'Filtrează activitățile',
    filter: { priority: 'Prioritate', owner: 'Responsabil', partner: 'Partener', status: 'Stadiu', year: 'Anul planului', all: 'Toate' },
    planYear: (year) => `Anul ${n(year)}`,
    priority: (number, title) => `${n(number)}. ${title}`,
    status: {
      complete: 'Finalizată',
      'on-track': 'Conform planului',
      'in-progress': 'În desfășurare',
      'at-risk': 'În pericol',
      delayed: 'Întârziată',
      'not-started': 'Neîncepută',
      'not-reported': 'Neraportată',
    },
    count: (shown, total) => `Se afișează ${n(shown)} din ${counted(total, activityForms)}.`,
    noMatch: 'Nicio activitate nu corespunde acestor filtre.',
    activities: (shown, total) =>
      total === undefined || total === shown ? counted(shown, activityForms) : `${n(shown)} din ${counted(total, activityForms)}`,
    statusCount: (count, status) => `${status.toLowerCase()} – ${n(count)}`,
    statusSummary: (lead, counts) => `${lead} (${counts.join(', ')}).`,
    progress: (done, total) => `${n(done)} din ${n(total)} finalizate`,
    timeframe: 'Interval de timp',
    owners: 'Responsabili de implementare',
    partners: 'Parteneri de implementare',
    noPartners: 'Niciunul menționat',
    outputs: 'Rezultate',
    measureOfSuccess: 'Indicator de succes',
    lastUpdate: 'Ultima actualizare',
    reported: (date, evidence) => `${date}: ${evidence}`,
    reporter: (name) => `(${name})`,
    noReport: 'Nu s-a raportat niciun progres.',
    yearOneNote: (start) => `Anii planului sunt numărați din ${start}, un început presupus: planul nu precizează când începe Anul 1.`,
  },
  'luton-vacancy-feed': {
    ...common,
    failed: 'Această listă nu a putut fi încărcată.',
    notFound: (id) => `Nu există niciun post vacant „${id}” în fluxul de date.`,
    loading: 'Se încarcă posturile vacante…',
    heading: 'Posturi vacante',
    sampleBanner: 'Date de exemplu: aceste posturi sunt inventate pentru demonstrație.',
    filtersLabel: 'Filtrează posturile',
    sector: 'Sector',
    allSectors: 'Toate sectoarele',
    contract: 'Contract',
    allContracts: 'Toate contractele',
    employmentType: {
      FULL_TIME: 'Normă întreagă',
      PART_TIME: 'Normă parțială',
      CONTRACTOR: 'Colaborare',
      TEMPORARY: 'Temporar',
      INTERN: 'Stagiu',
      VOLUNTEER: 'Voluntariat',
      PER_DIEM: 'Plată pe zi',
      APPRENTICESHIP: 'Ucenicie',
      OTHER: 'Altele',
    },
    paysLivingWage: 'Plătește cel puțin Real Living Wage',
    noMatch: 'Niciun post vacant deschis nu corespunde.',
    count: (shown, open) => `Se afișează ${n(shown)} din ${counted(open, vacancyForms)}.`,
    newest: (shown, open) => `Cele mai noi ${n(shown)} din ${counted(open, vacancyForms)}.`,
    showMore: 'Afișează mai multe posturi',
    opensInNewTab,
    payNotStated: 'Salariul nu este precizat',
    range: (min, max) => `între ${min} și ${max}`,
    per: { HOUR: 'pe oră', DAY: 'pe zi', WEEK: 'pe săptămână', MONTH: 'pe lună', YEAR: 'pe an' },
    closes: (date) => `Se închide la ${date}`,
    noClosingDate: 'Nu este precizată o dată de închidere',
    wageNote: {
      missing: 'Marcajul Real Living Wage: nu este afișat, deoarece datele nu conțin nicio rată.',
      rate: (money, announced) => `${money} pe oră, anunțată de Living Wage Foundation la ${announced}`,
      outOfDate: (rate, months) => `Marcajul Real Living Wage: nu este afișat, deoarece cea mai nouă rată din date (${rate}) este mai veche de ${months} luni și trebuie actualizată.`,
      current: (rate, hours) =>
        `Marcajul Real Living Wage: salariu de cel puțin rata în vigoare la data publicării postului (cea mai nouă: ${rate}); salariile anuale și săptămânale sunt comparate la ${hours} ore pe săptămână.`,
      source: (cited, sample) => ` Sursa: ${cited}${sample ? ', valoare de exemplu' : ''}.`,
    },
  },
  'luton-pledge-badge': {
    ...common,
    failed: 'Acest angajament nu a putut fi încărcat.',
    notFound: (org) => `Niciun angajament Luton 2040 nu este înregistrat pentru „${org}”.`,
    heading: 'Angajamentul Luton 2040',
    label: (organisation) => `Angajamentul Luton 2040 al organizației ${organisation}`,
    verdict: {
      verified: 'Verificat de registrul angajamentelor Luton 2040',
      unsigned: notVerified('înregistrarea nu este semnată de registru'),
      'invalid-signature': notVerified('semnătura nu corespunde (înregistrarea poate să fi fost modificată)'),
      expired: notVerified('angajamentul a depășit data de revizuire'),
      revoked: notVerified('registrul a retras acest angajament'),
      'no-key': notVerified('nu este configurată nicio cheie a registrului pentru verificare'),
      'future-dated': notVerified('înregistrarea are o dată ulterioară zilei de azi'),
      outdated: notVerified('confirmarea acestei înregistrări de către registru a expirat (între timp este posibil să fi fost retrasă)'),
      'bad-key': notVerified('cheia registrului setată pe această pagină nu este validă (o setare a paginii de corectat)'),
    },
    unreadable: (owner, asked) =>
      owner
        ? `Înregistrarea din registru pentru „${owner}” nu a putut fi citită.`
        : `Registrul conține o înregistrare care nu a putut fi citită, deci nu se poate spune dacă „${asked}” are un angajament.`,
    commitments: 'Angajamente',
    partnershipPledges: 'Angajamentele de parteneriat ale Strategiei pentru ocuparea forței de muncă și competențe',
    dates: (madeOn, reviewOn) => `Făcut la ${madeOn}${reviewOn ? `; revizuire la ${reviewOn}` : ''}.`,
    registryEntry: 'Înregistrarea din registru',
    opensInNewTab,
    website: 'Site-ul organizației',
    commitmentSummary: (commitments, priorities) => `Angajamente: ${n(commitments)}; priorități Luton 2040 acoperite: ${n(priorities)}.`,
  },
  email: {
    locale,
    sampleBanner: 'Date de exemplu: inventate pentru demonstrație',
    figuresAsOf: (date) => `Cifre așa cum au fost publicate la ${date}.`,
    seeItLive: 'Vezi în timp real',
  },
};

export default ro;
