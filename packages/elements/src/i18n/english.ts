import { actionTrackerEn } from '../components/action-tracker/action-tracker.en.js';
import { comparatorBarsEn } from '../components/comparator-bars/comparator-bars.en.js';
import { kpiEn } from '../components/kpi/kpi.en.js';
import { pledgeBadgeEn } from '../components/pledge-badge/pledge-badge.en.js';
import { vacancyFeedEn } from '../components/vacancy-feed/vacancy-feed.en.js';
import type { Catalogue } from './catalogue.js';
import { emailEn } from './email.en.js';

/**
 * The English catalogue, gathered from each widget's `*.en.ts`: the shape every other language's
 * file copies, and what the key check compares them with. Widgets never import it (each carries
 * only its own English words).
 */
export const english: Catalogue = {
  locale: 'en-GB',
  dir: 'ltr',
  name: 'English (UK)',
  review: { reviewed: true, by: 'source language: the words the widgets are written in', on: '2026-12-07' },
  'luton-kpi': kpiEn,
  'luton-comparator-bars': comparatorBarsEn,
  'luton-action-tracker': actionTrackerEn,
  'luton-vacancy-feed': vacancyFeedEn,
  'luton-pledge-badge': pledgeBadgeEn,
  email: emailEn,
};
