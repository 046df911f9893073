// Urdu (ur), written right to left. Numbers follow CLDR's Urdu: Western digits, as most Urdu print
// in Pakistan and Britain uses. Data text (KPI names, areas, activities) stays in English.
import type { Catalogue } from '../catalogue.js';
import type { CommonStrings } from '../common.strings.js';
import { listOf } from '../format.js';
import { countsOf, pluralsOf } from '../plural.js';

const locale = 'ur';
const plural = pluralsOf(locale);
const n = countsOf(locale);
const list = (items: string[]) => listOf(items, locale);
const notVerified = (why: string) => `غیر تصدیق شدہ: ${why}`;

const common: CommonStrings = {
  locale,
  source: 'ماخذ',
  sampleData: 'نمونے کا ڈیٹا',
  missingAttribute: (tag, attribute) => `<${tag}> میں ${attribute} وصف (attribute) ہونا ضروری ہے۔`,
  stale: (since) => `پرانی معلومات: فیڈ تک رسائی نہیں ہو سکی، ${since} کی نقل`,
  figure: {
    about: (figure) => `تقریباً ${figure}`,
    perHour: (money) => `${money} فی گھنٹہ`,
    pence: (number) => `${number} پنس`,
    ordinal: (_rank, number) => `${number}واں`,
    kilotonnes: (number) => `${number} کلو ٹن CO₂e`,
    inPeriod: (period) => `${period} میں`,
    reportedIn: (year) => `${year} میں رپورٹ شدہ`,
    quarter: (year, quarter) => `${year} کی سہ ماہی ${quarter}`,
  },
  whyNotComparable: {
    'different-definitions': 'یہ اعداد و شمار مختلف ذرائع سے ہیں یا مختلف چیزیں ناپتے ہیں، اس لیے ان کا موازنہ نہیں کیا جا سکتا۔',
    'undated-period': 'ان میں سے کم از کم ایک عدد کی تاریخ صرف اس کی دستاویز کی اشاعت سے معلوم ہے، اس لیے وقت کے ساتھ کوئی تبدیلی اخذ نہیں کی جا سکتی۔',
    approximate: 'ان میں سے کم از کم ایک عدد تخمینی ہے، اس لیے کوئی درست تبدیلی نہیں بتائی جا سکتی۔',
    'different-periods': 'یہ اعداد و شمار مختلف ادوار کے ہیں، اس لیے ان کا موازنہ نہیں کیا جا سکتا۔',
  },
};

const notFoundMeasure = (id: string) => `فیڈ میں “${id}” نام کا کوئی پیمانہ موجود نہیں۔`;
const opensInNewTab = ' (نئے ٹیب میں کھلتا ہے)';

const ur: Catalogue = {
  locale,
  dir: 'rtl',
  name: 'اردو',
  review: { reviewed: false, note: 'Written by the project; no native speaker has reviewed it yet.' },
  'luton-kpi': {
    ...common,
    failed: 'یہ عدد لوڈ نہیں ہو سکا۔',
    notFound: notFoundMeasure,
    loading: (id) => `${id} لوڈ ہو رہا ہے…`,
    noData: (title) => `“${title}” کے لیے ابھی تک کوئی اعداد و شمار شائع نہیں ہوئے۔`,
    plannedSource: 'منصوبہ بند ماخذ',
    trend: {
      improving: 'بہتر ہو رہا ہے',
      worsening: 'خراب ہو رہا ہے',
      'no-change': 'کوئی تبدیلی نہیں',
      'not-enough-data': 'رجحان کے لیے کافی ڈیٹا نہیں',
      'not-comparable': 'کوئی رجحان نہیں: اعداد و شمار کا موازنہ نہیں ہو سکتا',
    },
    provisional: 'عارضی',
    estimate: 'تخمینہ',
    points: (size, count) => `${size} ${plural(count, { one: 'فیصدی پوائنٹ', other: 'فیصدی پوائنٹس' })}`,
    change: (direction, difference, since) =>
      direction === 'unchanged' ? `${since} سے کوئی تبدیلی نہیں` : `${since} سے ${difference} ${direction === 'up' ? 'اضافہ' : 'کمی'}`,
    gap: (difference, side, area, theirs) => `${area} (${theirs}) سے ${difference} ${side === 'above' ? 'زیادہ' : 'کم'}`,
    sameAs: (area, theirs) => `${area} (${theirs}) کے برابر`,
    theirFigure: (area, figure, when) => `${area}: ${figure} ${when}`,
    noFigure: (area) => `${area} کا کوئی عدد نہیں`,
    noComparableFigure: (area, when) => `${area} کا کوئی عدد لوٹن کے عدد (${when}) سے موازنے کے قابل نہیں`,
    notComparable: (previous, when, why) => `${previous} ${when}: ${why}`,
    movedFrom: (direction, previous, period) =>
      direction === 'flat' ? `${period} میں ${previous} کے برابر` : `${period} میں ${previous} سے ${direction === 'up' ? 'بڑھ کر' : 'کم ہو کر'}`,
    sentence: ({ title, value, when, movement, meaning, notComparable, gap, flags }) =>
      `${title}: ${value} ${when}${movement ? `، ${movement}` : ''}: ${meaning}۔${notComparable ? ` ${notComparable}` : ''}${gap ? ` ${gap}۔` : ''}${
        flags.length ? ` (${flags.join('، ')})` : ''
      }`,
    seriesAlt: (title, points) => `${title} کی مدت وار لکیر: ${points.join('، ')}۔`,
  },
  'luton-comparator-bars': {
    ...common,
    failed: 'یہ عدد لوڈ نہیں ہو سکا۔',
    notFound: notFoundMeasure,
    loading: (id) => `${id} لوڈ ہو رہا ہے…`,
    caption: (title, period) => `${title}: لوٹن اور دیگر علاقے، ${period}`,
    lutonFigure: (figure, when) => `${figure} ${when}`,
    area: (name, figure) => `${name} (${figure})`,
    summary: (luton, higherThan, lowerThan, sameAs) =>
      [
        `لوٹن: ${luton}۔`,
        higherThan.length ? `${list(higherThan)} سے زیادہ۔` : '',
        lowerThan.length ? `${list(lowerThan)} سے کم۔` : '',
        sameAs.length ? `${list(sameAs)} کے برابر۔` : '',
      ]
        .filter(Boolean)
        .join(' '),
    noComparison: (title) => `“${title}” کے لیے لوٹن کے کوئی اعداد و شمار ابھی شائع نہیں ہوئے، اس لیے موازنے کے لیے کچھ نہیں۔`,
    noComparator: (luton, when) =>
      `لوٹن: ${luton} ${when}۔ ذرائع میں کسی دوسرے علاقے کا ایسا عدد نہیں جو اس کے ساتھ رکھا جا سکے، اس لیے اس کا کسی سے موازنہ نہیں کیا جا سکتا۔`,
    plannedSource: (source) => `منصوبہ بند ماخذ: ${source}`,
    noFigureFor: (period, areas) => `${period} کے لیے کوئی عدد نہیں: ${list(areas)}۔`,
    showTable: 'اعداد و شمار جدول کی صورت میں دکھائیں',
    tableArea: 'علاقہ',
    tableValue: 'قدر',
    tablePeriod: 'مدت',
    chartAlt: (title, period, areas) => `${title} کا بار چارٹ، ${period}، سب سے زیادہ پہلے: ${areas.join('، ')}۔`,
  },
  'luton-action-tracker': {
    ...common,
    failed: 'یہ فہرست لوڈ نہیں ہو سکی۔',
    notFound: (id) => `فیڈ میں “${id}” نام کی کوئی سرگرمی موجود نہیں۔`,
    loading: 'عمل درآمد کے منصوبے کی سرگرمیاں لوڈ ہو رہی ہیں…',
    heading: 'روزگار اور مہارتوں کی حکمت عملی: عمل درآمد کے منصوبے پر پیش رفت',
    cited: 'لوٹن کی روزگار اور مہارتوں کی حکمت عملی کا عمل درآمد منصوبہ؛ صورتِ حال جیسی ذمہ دار اداروں نے بتائی',
    filtersLabel: 'سرگرمیاں چھانٹیں',
    filter: { priority: 'ترجیح', owner: 'ذمہ دار', partner: 'شراکت دار', status: 'صورتِ حال', year: 'منصوبے کا سال', all: 'سب' },
    planYear: (year) => `سال ${n(year)}`,
    priority: (number, title) => `${n(number)}. ${title}`,
    status: {
      complete: 'مکمل',
      'on-track': 'درست سمت میں',
      'in-progress': 'جاری',
      'at-risk': 'خطرے میں',
      delayed: 'تاخیر کا شکار',
      'not-started': 'شروع نہیں ہوا',
      'not-reported': 'کوئی اطلاع نہیں',
    },
    count: (shown, total) => `${n(total)} میں سے ${n(shown)} سرگرمیاں دکھائی جا رہی ہیں۔`,
    noMatch: 'کوئی سرگرمی ان فلٹرز سے میل نہیں کھاتی۔',
    activities: (shown, total) =>
      `${total === undefined || total === shown ? '' : `${n(total)} میں سے `}${n(shown)} ${plural(shown, { one: 'سرگرمی', other: 'سرگرمیاں' })}`,
    statusCount: (count, status) => `${status}: ${n(count)}`,
    statusSummary: (lead, counts) => `${lead} (${counts.join('، ')})۔`,
    progress: (done, total) => `${n(total)} میں سے ${n(done)} مکمل`,
    timeframe: 'مدتِ کار',
    owners: 'عمل درآمد کے ذمہ دار',
    partners: 'عمل درآمد کے شراکت دار',
    noPartners: 'کسی کا نام نہیں دیا گیا',
    outputs: 'متوقع نتائج',
    measureOfSuccess: 'کامیابی کا پیمانہ',
    lastUpdate: 'تازہ ترین اطلاع',
    reported: (date, evidence) => `${date}: ${evidence}`,
    reporter: (name) => `(${name})`,
    noReport: 'کسی پیش رفت کی اطلاع نہیں دی گئی۔',
    yearOneNote: (start) => `منصوبے کے سال ${start} سے گنے گئے ہیں، جو ایک فرض کردہ آغاز ہے: منصوبہ اپنے پہلے سال کی تاریخ نہیں بتاتا۔`,
  },
  'luton-vacancy-feed': {
    ...common,
    failed: 'یہ فہرست لوڈ نہیں ہو سکی۔',
    notFound: (id) => `فیڈ میں “${id}” نام کی کوئی آسامی موجود نہیں۔`,
    loading: 'آسامیاں لوڈ ہو رہی ہیں…',
    heading: 'آسامیاں',
    sampleBanner: 'نمونے کا ڈیٹا: یہ آسامیاں مظاہرے کے لیے فرضی ہیں۔',
    filtersLabel: 'آسامیاں چھانٹیں',
    sector: 'شعبہ',
    allSectors: 'تمام شعبے',
    contract: 'معاہدہ',
    allContracts: 'تمام معاہدے',
    employmentType: {
      FULL_TIME: 'کل وقتی',
      PART_TIME: 'جز وقتی',
      CONTRACTOR: 'ٹھیکے پر',
      TEMPORARY: 'عارضی',
      INTERN: 'انٹرن شپ',
      VOLUNTEER: 'رضاکارانہ',
      PER_DIEM: 'یومیہ اجرت',
      APPRENTICESHIP: 'اپرنٹس شپ',
      OTHER: 'دیگر',
    },
    paysLivingWage: 'کم از کم حقیقی لِونگ ویج (Real Living Wage) ادا کرتا ہے',
    noMatch: 'کوئی کھلی آسامی میل نہیں کھاتی۔',
    count: (shown, open) => `${n(open)} کھلی آسامیوں میں سے ${n(shown)} دکھائی جا رہی ہیں۔`,
    newest: (shown, open) => `${n(open)} کھلی آسامیوں میں سے تازہ ترین ${n(shown)}۔`,
    showMore: 'مزید آسامیاں دکھائیں',
    opensInNewTab,
    payNotStated: 'تنخواہ نہیں بتائی گئی',
    range: (min, max) => `${min} سے ${max}`,
    per: { HOUR: 'فی گھنٹہ', DAY: 'یومیہ', WEEK: 'فی ہفتہ', MONTH: 'ماہانہ', YEAR: 'سالانہ' },
    closes: (date) => `آخری تاریخ ${date}`,
    noClosingDate: 'کوئی آخری تاریخ نہیں دی گئی',
    wageNote: {
      missing: 'حقیقی لِونگ ویج کا نشان: نہیں دکھایا گیا، کیونکہ ڈیٹا میں کوئی شرح موجود نہیں۔',
      rate: (money, announced) => `${money} فی گھنٹہ، جس کا اعلان لِونگ ویج فاؤنڈیشن نے ${announced} کو کیا`,
      outOfDate: (rate, months) => `حقیقی لِونگ ویج کا نشان: نہیں دکھایا گیا، کیونکہ ڈیٹا میں تازہ ترین شرح (${rate}) ${months} مہینوں سے پرانی ہے اور اسے تازہ کرنے کی ضرورت ہے۔`,
      current: (rate, hours) =>
        `حقیقی لِونگ ویج کا نشان: آسامی کی اشاعت کے وقت نافذ شرح کے برابر یا اس سے زیادہ تنخواہ (تازہ ترین: ${rate})؛ سالانہ اور ہفتہ وار تنخواہوں کا موازنہ ہفتے میں ${hours} گھنٹوں کی بنیاد پر کیا جاتا ہے۔`,
      source: (cited, sample) => ` ماخذ: ${cited}${sample ? '، نمونے کی قدر' : ''}۔`,
    },
  },
  'luton-pledge-badge': {
    ...common,
    failed: 'یہ عہد لوڈ نہیں ہو سکا۔',
    notFound: (org) => `“${org}” کے لیے لوٹن 2040 کا کوئی عہد رجسٹر نہیں۔`,
    heading: 'لوٹن 2040 عہد',
    label: (organisation) => `${organisation} کا لوٹن 2040 عہد`,
    verdict: {
      verified: 'لوٹن 2040 عہد رجسٹری سے تصدیق شدہ',
      unsigned: notVerified('ریکارڈ پر رجسٹری کے دستخط نہیں'),
      'invalid-signature': notVerified('دستخط میل نہیں کھاتے (ممکن ہے ریکارڈ میں ردوبدل کیا گیا ہو)'),
      expired: notVerified('عہد اپنی نظرثانی کی تاریخ سے گزر چکا ہے'),
      revoked: notVerified('رجسٹری نے یہ عہد واپس لے لیا ہے'),
      'no-key': notVerified('اس کی جانچ کے لیے رجسٹری کی کوئی کلید مقرر نہیں'),
      'future-dated': notVerified('ریکارڈ پر آج کے بعد کی تاریخ ہے'),
      outdated: notVerified('اس ریکارڈ کی رجسٹری کی تصدیق کی مدت ختم ہو چکی ہے (ممکن ہے اس دوران اسے واپس لے لیا گیا ہو)'),
      'bad-key': notVerified('اس صفحے پر دی گئی رجسٹری کلید درست نہیں (صفحے کی ترتیب درست کرنی ہوگی)'),
    },
    unreadable: (owner, asked) =>
      owner
        ? `“${owner}” کے لیے رجسٹری کا ریکارڈ پڑھا نہیں جا سکا۔`
        : `رجسٹری میں ایک ایسا ریکارڈ ہے جو پڑھا نہیں جا سکا، اس لیے یہ نہیں کہا جا سکتا کہ “${asked}” کا کوئی عہد ہے یا نہیں۔`,
    commitments: 'وعدے',
    partnershipPledges: 'روزگار اور مہارتوں کی حکمت عملی کے شراکتی عہد',
    dates: (madeOn, reviewOn) => `${madeOn} کو کیا گیا${reviewOn ? `؛ نظرثانی ${reviewOn} کو ہونی ہے` : ''}۔`,
    registryEntry: 'رجسٹری کا اندراج',
    opensInNewTab,
    website: 'ادارے کی ویب سائٹ',
    commitmentSummary: (commitments, priorities) =>
      `لوٹن 2040 کی ${n(priorities)} ${plural(priorities, { one: 'ترجیح', other: 'ترجیحات' })} میں ${n(commitments)} ${plural(commitments, { one: 'وعدہ', other: 'وعدے' })}۔`,
  },
  email: {
    locale,
    sampleBanner: 'نمونے کا ڈیٹا: مظاہرے کے لیے فرضی',
    figuresAsOf: (date) => `اعداد و شمار جیسے ${date} کو شائع ہوئے۔`,
    seeItLive: 'براہِ راست دیکھیں',
  },
};

export default ur;
