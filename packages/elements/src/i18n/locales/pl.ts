// Polish (pl). Sentences are built so that a number never has to agree with a case the template
// cannot know ("wzrost o 4 punkty procentowe od 2016"); plurals come from Intl.PluralRules.
// Data text (KPI names, areas, activities) stays in English.
import type { Catalogue } from '../catalogue.js';
import type { CommonStrings } from '../common.strings.js';
import { listOf } from '../format.js';
import { countsOf, pluralsOf } from '../plural.js';

const locale = 'pl';
const plural = pluralsOf(locale);
const n = countsOf(locale);
const list = (items: string[]) => listOf(items, locale);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const notVerified = (why: string) => `Niepotwierdzone: ${why}`;
/** "z 12 otwartych ofert", "z 1 otwartej oferty": the count after "z" takes the genitive. */
const ofOpen = (open: number) => `z ${n(open)} ${open === 1 ? 'otwartej oferty' : 'otwartych ofert'}`;

const common: CommonStrings = {
  locale,
  source: 'Źródło',
  sampleData: 'Dane przykładowe',
  missingAttribute: (tag, attribute) => `Element <${tag}> wymaga atrybutu ${attribute}.`,
  stale: (since) => `nieaktualne: brak dostępu do źródła danych, kopia z ${since}`,
  figure: {
    about: (figure) => `około ${figure}`,
    perHour: (money) => `${money} za godzinę`,
    pence: (number) => `${number} p`,
    ordinal: (_rank, number) => `${number}.`,
    kilotonnes: (number) => `${number} kt CO₂e`,
    inPeriod: (period) => `za ${period}`,
    reportedIn: (year) => `wg raportu z ${year} r.`,
    quarter: (year, quarter) => `${quarter} kw. ${year}`,
  },
  whyNotComparable: {
    'different-definitions': 'Te dane pochodzą z różnych źródeł lub mierzą różne rzeczy, więc nie można ich porównywać.',
    'undated-period': 'Co najmniej jedna z tych wartości jest datowana jedynie rokiem publikacji dokumentu, więc nie można określić zmiany w czasie.',
    approximate: 'Co najmniej jedna z tych wartości jest przybliżona, więc nie można podać dokładnej zmiany.',
    'different-periods': 'Te dane dotyczą różnych okresów, więc nie można ich porównywać.',
  },
};

const notFoundMeasure = (id: string) => `W źródle danych nie ma wskaźnika „${id}”.`;
const opensInNewTab = ' (otwiera się w nowej karcie)';

const pl: Catalogue = {
  locale,
  dir: 'ltr',
  name: 'Polski',
  review: { reviewed: false, note: 'Written by the project; no native speaker has reviewed it yet.' },
  'luton-kpi': {
    ...common,
    failed: 'Nie udało się wczytać tej wartości.',
    notFound: notFoundMeasure,
    loading: (id) => `Wczytywanie: ${id}…`,
    noData: (title) => `Dla wskaźnika „${title}” nie opublikowano jeszcze żadnych danych.`,
    plannedSource: 'Planowane źródło',
    trend: {
      improving: 'Poprawa',
      worsening: 'Pogorszenie',
      'no-change': 'Bez zmian',
      'not-enough-data': 'Za mało danych, by określić trend',
      'not-comparable': 'Brak trendu: danych nie można porównać',
    },
    provisional: 'wstępne',
    estimate: 'szacunek',
    points: (size, count) =>
      `${size} ${plural(count, { one: 'punkt procentowy', few: 'punkty procentowe', many: 'punktów procentowych', other: 'punktu procentowego' })}`,
    change: (direction, difference, since) =>
      direction === 'unchanged' ? `bez zmian od ${since}` : `${direction === 'up' ? 'wzrost' : 'spadek'} o ${difference} od ${since}`,
    gap: (difference, side, area, theirs) => `o ${difference} ${side === 'above' ? 'więcej' : 'mniej'} niż ${area} (${theirs})`,
    sameAs: (area, theirs) => `tyle samo co ${area} (${theirs})`,
    theirFigure: (area, figure, when) => `${area}: ${figure} ${when}`,
    noFigure: (area) => `brak danych dla: ${area}`,
    noComparableFigure: (area, when) => `brak danych dla: ${area}, które można porównać z danymi Luton ${when}`,
    notComparable: (previous, when, why) => `${previous} ${when}: ${lowerFirst(why)}`,
    movedFrom: (direction, previous, period) =>
      direction === 'flat' ? `tyle samo co ${previous} za ${period}` : `${direction === 'up' ? 'wzrost' : 'spadek'} z ${previous} za ${period}`,
    sentence: ({ title, value, when, movement, meaning, notComparable, gap, flags }) =>
      `${title}: ${value} ${when}${movement ? `, ${movement}` : ''}: ${meaning.toLowerCase()}.${notComparable ? ` ${capitalise(notComparable)}` : ''}${
        gap ? ` ${capitalise(gap)}.` : ''
      }${flags.length ? ` (${flags.join(', ')})` : ''}`,
    seriesAlt: (title, points) => `Wykres liniowy wskaźnika ${title} według okresów: ${points.join(', ')}.`,
  },
  'luton-comparator-bars': {
    ...common,
    failed: 'Nie udało się wczytać tej wartości.',
    notFound: notFoundMeasure,
    loading: (id) => `Wczytywanie: ${id}…`,
    caption: (title, period) => `${title}: Luton i inne obszary, ${period}`,
    lutonFigure: (figure, when) => `${figure} ${when}`,
    area: (name, figure) => `${name} (${figure})`,
    summary: (luton, higherThan, lowerThan, sameAs) =>
      [
        `Luton: ${luton}.`,
        higherThan.length ? `Więcej niż ${list(higherThan)}.` : '',
        lowerThan.length ? `Mniej niż ${list(lowerThan)}.` : '',
        sameAs.length ? `Tyle samo co ${list(sameAs)}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    noComparison: (title) => `Nie opublikowano jeszcze danych Luton dla wskaźnika „${title}”, więc nie ma czego porównać.`,
    noComparator: (luton, when) =>
      `Luton: ${luton} ${when}. Żaden inny obszar nie ma w źródłach wartości, którą można z nią zestawić, więc nie ma z czym jej porównać.`,
    plannedSource: (source) => `planowane źródło: ${source}`,
    noFigureFor: (period, areas) => `Brak danych za ${period}: ${list(areas)}.`,
    showTable: 'Pokaż dane w tabeli',
    tableArea: 'Obszar',
    tableValue: 'Wartość',
    tablePeriod: 'Okres',
    chartAlt: (title, period, areas) => `Wykres słupkowy wskaźnika ${title}, ${period}, od najwyższej wartości: ${areas.join(', ')}.`,
  },
  'luton-action-tracker': {
    ...common,
    failed: 'Nie udało się wczytać tej listy.',
    notFound: (id) => `W źródle danych nie ma działania „${id}”.`,
    loading: 'Wczytywanie działań z planu wdrożenia…',
    heading: 'Strategia zatrudnienia i umiejętności: postępy planu wdrożenia',
    cited: 'Plan wdrożenia Strategii zatrudnienia i umiejętności Luton; stan według zgłoszeń podmiotów odpowiedzialnych',
    filtersLabel: 'Filtruj działania',
    filter: { priority: 'Priorytet', owner: 'Odpowiedzialny', partner: 'Partner', status: 'Stan', year: 'Rok planu', all: 'Wszystkie' },
    planYear: (year) => `Rok ${n(year)}`,
    priority: (number, title) => `${n(number)}. ${title}`,
    status: {
      complete: 'Zakończone',
      'on-track': 'Zgodnie z planem',
      'in-progress': 'W toku',
      'at-risk': 'Zagrożone',
      delayed: 'Opóźnione',
      'not-started': 'Nierozpoczęte',
      'not-reported': 'Brak zgłoszenia',
    },
    count: (shown, total) => `Wyświetlono ${n(shown)} z ${n(total)} ${total === 1 ? 'działania' : 'działań'}.`,
    noMatch: 'Żadne działanie nie pasuje do tych filtrów.',
    activities: (shown, total) =>
      total === undefined || total === shown
        ? `${n(shown)} ${plural(shown, { one: 'działanie', few: 'działania', many: 'działań', other: 'działania' })}`
        : `${n(shown)} z ${n(total)} ${total === 1 ? 'działania' : 'działań'}`,
    statusCount: (count, status) => `${status.toLowerCase()} – ${n(count)}`,
    statusSummary: (lead, counts) => `${lead} (${counts.join(', ')}).`,
    progress: (done, total) => `ukończono ${n(done)} z ${n(total)}`,
    timeframe: 'Harmonogram',
    owners: 'Podmioty odpowiedzialne',
    partners: 'Partnerzy realizacji',
    noPartners: 'Nie wskazano',
    outputs: 'Rezultaty',
    measureOfSuccess: 'Miara sukcesu',
    lastUpdate: 'Ostatnia aktualizacja',
    reported: (date, evidence) => `${date}: ${evidence}`,
    reporter: (name) => `(${name})`,
    noReport: 'Nie zgłoszono postępów.',
    yearOneNote: (start) => `Lata planu liczone są od przyjętej daty początkowej (${start}): plan nie podaje, kiedy zaczyna się jego 1. rok.`,
  },
  'luton-vacancy-feed': {
    ...common,
    failed: 'Nie udało się wczytać tej listy.',
    notFound: (id) => `W źródle danych nie ma oferty „${id}”.`,
    loading: 'Wczytywanie ofert pracy…',
    heading: 'Oferty pracy',
    sampleBanner: 'Dane przykładowe: te oferty są zmyślone na potrzeby prezentacji.',
    filtersLabel: 'Filtruj oferty',
    sector: 'Sektor',
    allSectors: 'Wszystkie sektory',
    contract: 'Umowa',
    allContracts: 'Wszystkie rodzaje umów',
    employmentType: {
      FULL_TIME: 'Pełny etat',
      PART_TIME: 'Niepełny etat',
      CONTRACTOR: 'Kontrakt',
      TEMPORARY: 'Praca tymczasowa',
      INTERN: 'Staż',
      VOLUNTEER: 'Wolontariat',
      PER_DIEM: 'Stawka dzienna',
      APPRENTICESHIP: 'Praktyka zawodowa',
      OTHER: 'Inne',
    },
    paysLivingWage: 'Płaci co najmniej Real Living Wage',
    noMatch: 'Żadna otwarta oferta nie pasuje.',
    count: (shown, open) => `Wyświetlono ${n(shown)} ${ofOpen(open)}.`,
    newest: (shown, open) => `Najnowsze: ${n(shown)} ${ofOpen(open)}.`,
    showMore: 'Pokaż więcej ofert',
    opensInNewTab,
    payNotStated: 'Nie podano wynagrodzenia',
    range: (min, max) => `od ${min} do ${max}`,
    per: { HOUR: 'za godzinę', DAY: 'dziennie', WEEK: 'tygodniowo', MONTH: 'miesięcznie', YEAR: 'rocznie' },
    closes: (date) => `Termin: ${date}`,
    noClosingDate: 'Nie podano terminu',
    wageNote: {
      missing: 'Oznaczenie Real Living Wage: niewyświetlane, ponieważ dane nie zawierają stawki.',
      rate: (money, announced) => `${money} za godzinę, ogłoszona przez Living Wage Foundation ${announced}`,
      outOfDate: (rate, months) => `Oznaczenie Real Living Wage: niewyświetlane, ponieważ najnowsza stawka w danych (${rate}) ma ponad ${months} miesięcy i wymaga aktualizacji.`,
      current: (rate, hours) =>
        `Oznaczenie Real Living Wage: wynagrodzenie co najmniej równe stawce obowiązującej w dniu publikacji oferty (najnowsza: ${rate}); pensje roczne i tygodniowe porównywane są przy założeniu ${hours} godz. tygodniowo.`,
      source: (cited, sample) => ` Źródło: ${cited}${sample ? ', wartość przykładowa' : ''}.`,
    },
  },
  'luton-pledge-badge': {
    ...common,
    failed: 'Nie udało się wczytać tego zobowiązania.',
    notFound: (org) => `Dla „${org}” nie zarejestrowano zobowiązania Luton 2040.`,
    heading: 'Zobowiązanie Luton 2040',
    label: (organisation) => `Zobowiązanie Luton 2040: ${organisation}`,
    verdict: {
      verified: 'Potwierdzone przez rejestr zobowiązań Luton 2040',
      unsigned: notVerified('wpis nie jest podpisany przez rejestr'),
      'invalid-signature': notVerified('podpis się nie zgadza (wpis mógł zostać zmieniony)'),
      expired: notVerified('minął termin przeglądu zobowiązania'),
      revoked: notVerified('rejestr wycofał to zobowiązanie'),
      'no-key': notVerified('nie ustawiono klucza rejestru, którym można to sprawdzić'),
      'future-dated': notVerified('wpis ma datę późniejszą niż dzisiejsza'),
      outdated: notVerified('potwierdzenie tego wpisu przez rejestr wygasło (od tego czasu mógł zostać wycofany)'),
      'bad-key': notVerified('klucz rejestru ustawiony na tej stronie jest nieprawidłowy (do poprawienia w ustawieniach strony)'),
    },
    unreadable: (owner, asked) =>
      owner
        ? `Nie udało się odczytać wpisu rejestru dla „${owner}”.`
        : `Rejestr zawiera wpis, którego nie udało się odczytać, więc nie można stwierdzić, czy „${asked}” ma zobowiązanie.`,
    commitments: 'Zobowiązania',
    partnershipPledges: 'Zobowiązania partnerskie Strategii zatrudnienia i umiejętności',
    dates: (madeOn, reviewOn) => `Złożone ${madeOn}${reviewOn ? `; przegląd do ${reviewOn}` : ''}.`,
    registryEntry: 'Wpis w rejestrze',
    opensInNewTab,
    website: 'Strona organizacji',
    commitmentSummary: (commitments, priorities) => `Zobowiązania: ${n(commitments)}; priorytety Luton 2040, których dotyczą: ${n(priorities)}.`,
  },
  email: {
    locale,
    sampleBanner: 'Dane przykładowe: zmyślone na potrzeby prezentacji',
    figuresAsOf: (date) => `Dane według stanu publikacji z ${date}.`,
    seeItLive: 'Zobacz na żywo',
  },
};

export default pl;
