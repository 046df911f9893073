// Writes two sections of the webmasters' guide (docs/getting-started/webmaster.md): the pledge-badge
// section from the release configuration, so that the code a webmaster pastes carries the registry's
// public key (config/registry-public.json) and its badges verify; and the reserve CSS from the sizes
// the widgets draw at (packages/elements/src/widget/reserved-sizes.ts), so that the space a page holds
// is the space the widget takes. Run by `npm run build:docs` (with tsx, for the sizes' TypeScript);
// `--check` only reports whether the guide is up to date. The embed builder builds its code with the
// same functions.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeAttribute, loaderUrl, widgetMarkup } from '../examples/embed-builder/snippet.js';
import { reserveCss } from '../packages/elements/src/widget/reserved-sizes.ts';
import { readRegistryKey, registryConfigFile } from './release-config.mjs';

export const GUIDE = fileURLToPath(new URL('../docs/getting-started/webmaster.md', import.meta.url));
const START = '<!-- pledge-badges:start (written by scripts/webmaster-guide.mjs from config/registry-public.json: edit those instead) -->';
const END = '<!-- pledge-badges:end -->';

/** The organisation id the guide's examples use: the webmaster puts their own in its place. */
export const ORGANISATION_PLACEHOLDER = 'your-organisation-id';

/** The page code the guide gives for pledge badges: the pinned loader, and the key once, on `<luton-data>`. */
export function pledgeBadgePageCode({ version, registryKey }) {
  const badge = widgetMarkup('luton-pledge-badge', [['org', ORGANISATION_PLACEHOLDER]], { text: 'Our Luton 2040 Pledge', link: 'https://example.org/our-pledge' });
  const provider = registryKey ? `<luton-data registry-key="${escapeAttribute(registryKey.publicKey)}">` : '<luton-data>';
  return [`<script type="module" src="${escapeAttribute(loaderUrl(version))}"></script>`, provider, `  ${badge}`, '</luton-data>'].join('\n');
}

/** The WordPress shortcode for one badge, with the key. */
export function pledgeBadgeShortcode({ registryKey }) {
  const key = registryKey ? ` registry-key="${registryKey.publicKey}"` : '';
  return `[luton_widget type="pledge-badge" org="${ORGANISATION_PLACEHOLDER}"${key}]<a href="https://example.org/our-pledge">Our Luton 2040 Pledge</a>[/luton_widget]`;
}

/** The guide's section on pledge badges, for this release's key (or its absence). */
export function pledgeBadgeSection({ version, registryKey }) {
  const keyText = registryKey
    ? [
        `A badge checks the pledge's signature with the registry's public key, which this release gives as`,
        `\`${registryKey.publicKey}\` (key id \`${registryKey.keyId}\`). Give it once per page, on a \`<luton-data>\``,
        'around the badges, as below (or on a single badge as its own `registry-key`). The key is part of your',
        'page, not of the feed, so that a changed feed cannot vouch for itself.',
      ]
    : [
        '**The registry has not published its key in this release yet**, so a badge says "Not verified: no',
        'registry key is configured to check it" and still shows the pledge. When the council publishes the',
        'key, this guide and the embed builder give code that carries it, on a `<luton-data registry-key="…">`',
        'around the badges (once per page) or on a single badge as its own `registry-key`.',
      ];
  return [
    START,
    '## Pledge badges',
    '',
    ...keyText,
    '',
    '```html',
    pledgeBadgePageCode({ version, registryKey }),
    '```',
    '',
    `Put your organisation's id (the registry entry gives it) in place of \`${ORGANISATION_PLACEHOLDER}\`; the embed`,
    "builder lists the organisations the feed has. In WordPress, with the plugin below:",
    '',
    '```text',
    pledgeBadgeShortcode({ registryKey }),
    '```',
    '',
    'The badge says "Verified by the Luton 2040 pledge registry" only when the signature matches that key;',
    'an altered, unsigned, withdrawn or expired pledge says why it is not verified.',
    END,
  ].join('\n');
}

const RESERVE_START = '<!-- reserve-css:start (written by scripts/webmaster-guide.mjs from packages/elements/src/widget/reserved-sizes.ts: edit that instead) -->';
const RESERVE_END = '<!-- reserve-css:end -->';

/** The guide's reserve CSS block: the rules every widget's drawn size gives. */
export function reserveSection() {
  return [RESERVE_START, '```html', '<style>', ...reserveCss().split('\n').map((rule) => `  ${rule}`), '</style>', '```', RESERVE_END].join('\n');
}

/** The guide with its reserve CSS block replaced. */
export function withReserveSection(guide, section = reserveSection()) {
  const start = guide.indexOf(RESERVE_START.slice(0, 25));
  const end = guide.indexOf(RESERVE_END);
  if (start < 0 || end < start) throw new Error(`${GUIDE}: the reserve-css markers are missing`);
  return guide.slice(0, start) + section + guide.slice(end + RESERVE_END.length);
}

/** The demo's copy of the reserve CSS (examples/reserve.css), as a partner page would paste it. */
export const DEMO_RESERVE = fileURLToPath(new URL('../examples/reserve.css', import.meta.url));
export const demoReserveCss = () =>
  `/* The webmaster guide's reserve CSS, written by scripts/webmaster-guide.mjs from packages/elements/src/widget/reserved-sizes.ts: edit that instead. */\n${reserveCss()}\n`;

/** The guide with its pledge-badge section replaced. */
export function withPledgeBadgeSection(guide, section) {
  const start = guide.indexOf(START.slice(0, 25));
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${GUIDE}: the pledge-badge section markers are missing`);
  return guide.slice(0, start) + section + guide.slice(end + END.length);
}

/** What the guide should say for this release: its elements version and its configured key. */
export function expectedGuide(configFile = registryConfigFile()) {
  const version = JSON.parse(readFileSync(fileURLToPath(new URL('../packages/elements/package.json', import.meta.url)), 'utf8')).version;
  return withReserveSection(withPledgeBadgeSection(readFileSync(GUIDE, 'utf8'), pledgeBadgeSection({ version, registryKey: readRegistryKey(configFile) })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const expected = expectedGuide();
  const current = readFileSync(GUIDE, 'utf8');
  if (process.argv.includes('--check')) {
    if (expected !== current) {
      console.error(`${GUIDE} does not match config/registry-public.json: run "npm run build:docs".`);
      process.exit(1);
    }
  } else if (expected !== current) {
    writeFileSync(GUIDE, expected);
    console.log(`Updated the generated sections of ${GUIDE}.`);
  }
  if (process.argv.includes('--check')) {
    if (readFileSync(DEMO_RESERVE, 'utf8') !== demoReserveCss()) {
      console.error(`${DEMO_RESERVE} does not match the reserved sizes: run "npm run build:docs".`);
      process.exit(1);
    }
  } else writeFileSync(DEMO_RESERVE, demoReserveCss());
}
