// Defines every luton-* element. Import this once to use the tags without the CDN loader.
// (The browser test of this file checks it defines every tag in widget-registry.ts.)
import './define/data.js';
import './define/kpi.js';
import './define/comparator-bars.js';
import './define/action-tracker.js';
import './define/vacancy-feed.js';
import './define/pledge-badge.js';
