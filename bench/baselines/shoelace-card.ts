/**
 * The Shoelace baseline: what a page with one `<sl-card>` loads, built from the npm package the way
 * Shoelace documents cherry-picking one component (`dist/components/card/card.js`).
 */
import '@shoelace-style/shoelace/dist/components/card/card.js';
