// Defines every luton-* element. Import this once to use the tags without the CDN loader.
// (The browser test of this file checks it defines every tag in widget-registry.ts.)
import './components/data/data.js';
import './components/kpi/kpi.js';
import './components/comparator-bars/comparator-bars.js';
import './components/action-tracker/action-tracker.js';
import './components/vacancy-feed/vacancy-feed.js';
import './components/pledge-badge/pledge-badge.js';
