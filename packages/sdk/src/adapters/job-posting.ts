import {
  schemaProblems,
  vacanciesJsonSchema,
  type EmploymentType,
  type JsonSchema,
  type SalaryUnit,
  type SectorId,
  type Vacancy,
  type ValidationProblem,
} from '@luton2040/schema';
import { ValidationError } from '../errors.js';
import { fetchSourceText, type AdapterFetchOptions } from './source.js';

/** A schema.org `JobPosting` as partners publish it (JSON-LD); every field may be missing or malformed. */
export type JobPosting = Record<string, unknown>;

/** How postings become vacancies. */
export interface JobPostingOptions {
  /** Today, `YYYY-MM-DD`: postings whose `validThrough` is earlier are dropped. Default: today (UTC). */
  today?: string;
  /** Mark the vacancies as sample (made-up) data. Default: false. */
  sample?: boolean;
  /** The page the postings came from: a posting without its own `url` links there. */
  pageUrl?: string;
  /** The ESS priority sector of a posting. Default: {@link guessSector}. */
  sectorOf?: (posting: JobPosting) => SectorId | undefined;
}

/** A posting that did not become a vacancy, and why. */
export interface DroppedPosting {
  /** The posting's title or identifier, when it had one. */
  posting?: string;
  reason: string;
  problems?: readonly ValidationProblem[];
}

/** Vacancies made from postings, de-duplicated, expired ones dropped. */
export interface JobPostingResult {
  vacancies: Vacancy[];
  dropped: DroppedPosting[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const text = (v: unknown): string | undefined => {
  const value = first(v);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return isObject(value) ? text(value.value ?? value['@value'] ?? value.name) : undefined;
};
const isJobPosting = (v: Record<string, unknown>) => [v['@type']].flat().includes('JobPosting');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
/** Plain text of an HTML fragment: descriptions are HTML in JobPosting; the feed carries text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : whole))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * Every JobPosting in a careers page's JSON-LD (`<script type="application/ld+json">`) or in a JSON
 * document: a posting, an array, an `@graph`, or an `ItemList` of them.
 */
export function extractJobPostings(source: string | unknown): { postings: JobPosting[]; dropped: DroppedPosting[] } {
  const postings: JobPosting[] = [];
  const dropped: DroppedPosting[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8) return; // JSON-LD nests shallowly; a deeper structure is not a posting list
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    if (!isObject(value)) return;
    if (isJobPosting(value)) return void postings.push(value);
    for (const key of ['@graph', 'itemListElement', 'item', 'items', 'jobs']) if (key in value) walk(value[key], depth + 1);
  };
  if (typeof source !== 'string') {
    walk(source, 0);
    return { postings, dropped };
  }
  const scripts = [...source.matchAll(/<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)];
  const blocks = scripts.length ? scripts.map((m) => m[1] ?? '') : /^\s*[[{]/.test(source) ? [source] : [];
  for (const block of blocks) {
    try {
      walk(JSON.parse(block), 0);
    } catch {
      dropped.push({ reason: 'a JSON-LD block is not valid JSON' });
    }
  }
  return { postings, dropped };
}

const sectorWords: [SectorId, RegExp][] = [
  ['aerospace-aviation', /aviation|aerospace|airport|airline|aircraft|cabin crew|pilot/i],
  ['green-economy', /green|renewable|solar|retrofit|sustainab|low.carbon|net.zero|heat pump/i],
  ['health-social-care', /health|social care|care (assistant|worker)|carer|nurs|clinical|hospital|medical|social work/i],
  ['ict', /\bict\b|\bit\b|software|developer|digital|cyber|data (analyst|engineer)|network engineer|computing/i],
  ['construction', /construction|bricklay|carpent|plumb|electrician|civil engineer|site manager|groundwork|scaffold/i],
  ['advanced-manufacturing-automotive-engineering', /manufactur|automotive|vehicle|engineer|machin|fabricat|welder|cnc/i],
  ['creative-arts-media', /creative|media|graphic design|film|music|theatre|photograph|animation|\barts?\b/i],
];

/**
 * A posting's ESS priority sector from its `industry`, then `occupationalCategory`, then `title`,
 * by keywords; `undefined` when none matches (a vacancy need not be in a priority sector).
 */
export function guessSector(posting: JobPosting): SectorId | undefined {
  for (const field of ['industry', 'occupationalCategory', 'title']) {
    const value = [posting[field]].flat().map(text).join(' ');
    const found = sectorWords.find(([, words]) => words.test(value));
    if (found) return found[0];
  }
  return undefined;
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'posting';

const isoDate = (value: unknown): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(text(value) ?? '')?.[0];
const webUrl = (value: unknown): string | undefined => {
  const url = text(value);
  return url && /^https?:\/\/\S+$/.test(url) ? url : undefined;
};

// The values the feed allows, read from the generated JSON Schema: the SDK runs no zod code.
const valuesOf = (schema: JsonSchema | undefined) => new Set(schema?.enum as readonly unknown[] | undefined);
const vacancyField = (name: string) => vacanciesJsonSchema.properties?.[name];

function employmentTypes(posting: JobPosting): EmploymentType[] {
  const known = valuesOf(vacancyField('employmentType')?.items);
  const types = [posting.employmentType]
    .flat()
    .map((t) => (text(t) ?? '').toUpperCase().replace(/[\s-]+/g, '_'))
    .filter(Boolean)
    .map((t) => (known.has(t) ? t : 'OTHER') as EmploymentType);
  // schema.org has no apprenticeship type: a posting says so only in its title.
  if (/apprentice/i.test(text(posting.title) ?? '')) types.push('APPRENTICESHIP');
  return [...new Set(types.length ? types : (['OTHER'] as EmploymentType[]))];
}

function salaryOf(posting: JobPosting): Vacancy['salary'] {
  const amount = first(posting.baseSalary);
  if (!isObject(amount)) return undefined;
  const quantity = isObject(amount.value) ? amount.value : { value: amount.value, unitText: amount.unitText };
  const min = Number(quantity.minValue ?? quantity.value);
  const max = Number(quantity.maxValue);
  const unit = text(quantity.unitText)?.toUpperCase();
  const currency = text(amount.currency)?.toUpperCase();
  if (!Number.isFinite(min) || !unit || !valuesOf(vacancyField('salary')?.properties?.unit).has(unit) || !currency) return undefined;
  return { min, ...(Number.isFinite(max) && max !== min ? { max } : {}), unit: unit as SalaryUnit, currency };
}

function locationOf(posting: JobPosting): Vacancy['location'] | undefined {
  for (const place of [posting.jobLocation].flat()) {
    const address = isObject(place) ? first(place.address) : undefined;
    const locality = isObject(address) ? text(address.addressLocality) : text(address);
    if (locality) {
      const postalCode = isObject(address) ? text(address.postalCode) : undefined;
      return { locality, ...(postalCode ? { postalCode } : {}) };
    }
  }
  return text(posting.jobLocationType) === 'TELECOMMUTE' ? { locality: 'Remote' } : undefined;
}

/** A short stable hash, for ids of postings that carry no identifier. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Turns JobPostings into feed vacancies: one per job (postings repeated on several pages, or with
 * the same identifier, are merged, the most recently posted winning, the first on a tie), closed ones dropped, each
 * validated with the feed's `Vacancy` schema.
 */
export function vacanciesFromJobPostings(postings: readonly JobPosting[], options: JobPostingOptions = {}): JobPostingResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sectorOf = options.sectorOf ?? guessSector;
  const byKey = new Map<string, Vacancy>();
  const dropped: DroppedPosting[] = [];
  for (const posting of postings) {
    const title = text(posting.title);
    const employerName = text(posting.hiringOrganization) ?? '';
    const identifier = text(posting.identifier);
    const url = webUrl(posting.url) ?? options.pageUrl;
    const location = locationOf(posting);
    const validThrough = isoDate(posting.validThrough);
    const name = title ?? identifier;
    if (validThrough && validThrough < today) {
      dropped.push({ ...(name ? { posting: name } : {}), reason: `expired on ${validThrough}` });
      continue;
    }
    const key = identifier ? `${employerName}|${identifier}` : url && posting.url ? url : `${employerName}|${title}|${location?.locality}`;
    const organisation = isObject(first(posting.hiringOrganization)) ? (first(posting.hiringOrganization) as Record<string, unknown>) : {};
    const employerUrl = webUrl(organisation.sameAs) ?? webUrl(organisation.url);
    const salary = salaryOf(posting);
    const sector = sectorOf(posting);
    const description = typeof posting.description === 'string' ? htmlToText(posting.description) : undefined;
    const candidate = {
      id: `${slug(employerName)}-${identifier ? slug(identifier) : hash(key)}`,
      title,
      employer: { ...(employerName ? { id: slug(employerName) } : {}), name: employerName, ...(employerUrl ? { url: employerUrl } : {}) },
      location,
      ...(salary ? { salary } : {}),
      employmentType: employmentTypes(posting),
      ...(sector ? { sector } : {}),
      datePosted: isoDate(posting.datePosted),
      ...(validThrough ? { validThrough } : {}),
      url,
      ...(description ? { description } : {}),
      sample: options.sample ?? false,
    };
    const problems = schemaProblems(vacanciesJsonSchema, candidate);
    if (problems.length > 0) {
      dropped.push({ ...(name ? { posting: name } : {}), reason: 'not a valid vacancy', problems });
      continue;
    }
    const vacancy = candidate as Vacancy;
    const existing = byKey.get(key);
    if (existing) dropped.push({ posting: vacancy.title, reason: `duplicate of ${existing.id}` });
    if (!existing || existing.datePosted < vacancy.datePosted) byKey.set(key, vacancy);
  }
  return { vacancies: [...byKey.values()], dropped };
}

/**
 * Reads a partner's careers page (JSON-LD in its HTML) or a JSON feed of JobPostings and returns
 * vacancies. Without network it fails with a `ConnectionError` naming the address it tried.
 */
export async function fetchJobPostings(url: string, options: JobPostingOptions & AdapterFetchOptions = {}): Promise<JobPostingResult> {
  const body = await fetchSourceText(url, 'the careers page', options, 'application/ld+json, application/json, text/html');
  const extracted = extractJobPostings(body);
  if (extracted.postings.length === 0 && extracted.dropped.length > 0) {
    throw new ValidationError(`No readable JobPosting JSON-LD at ${url}`, url, [{ path: '', message: 'no JSON-LD block could be parsed' }]);
  }
  const result = vacanciesFromJobPostings(extracted.postings, { pageUrl: url, ...options });
  return { vacancies: result.vacancies, dropped: [...extracted.dropped, ...result.dropped] };
}
