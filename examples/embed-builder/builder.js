// The embed-code builder: pick a widget and its options, copy the snippet, see it live. The preview
// uses the same loader as the snippet (loaded by this page), and the snippet pins the loader's version.
import { embedSnippet, httpUrl } from './snippet.js';
import { widgets } from './widgets.js';

const form = document.querySelector('#builder');
const widgetSelect = form.elements.widget;
const options = document.querySelector('#options');
const snippetBox = document.querySelector('#snippet');
const copyStatus = document.querySelector('#copy-status');
const preview = document.querySelector('#preview');
const feedUrl = new URL(document.querySelector('luton-data').getAttribute('src'), location.href);

/** The version of the loader this page runs: the snippet pins the same one. */
const version = globalThis.__luton2040?.active;

/** The release configuration beside the examples (config/ at the repository root), whose registry key goes into badge code. */
const registryConfigUrl = new URL('../../config/registry-public.json', location.href);

/**
 * The pledge registry's public key as this release configures it, or undefined when it has none
 * yet. A malformed file is an error: code with a wrong key would never verify.
 */
async function readRegistryKey() {
  const response = await fetch(registryConfigUrl);
  if (!response.ok) throw new Error(`the registry key configuration (${registryConfigUrl.pathname}) answered ${response.status}`);
  const { keyId = null, publicKey = null } = (await response.json()) ?? {};
  if (keyId === null && publicKey === null) return undefined;
  if (typeof publicKey !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(publicKey) || typeof keyId !== 'string') {
    throw new Error(`${registryConfigUrl.pathname} does not hold an Ed25519 public key and its key id`);
  }
  return { keyId, publicKey };
}

/** The lists the fields offer, read once from the feed the preview shows. */
async function readFeed() {
  const manifest = await (await fetch(feedUrl)).json();
  const items = async (name) => (await (await fetch(new URL(manifest.resources[name].url, feedUrl))).json()).items;
  const names = ['kpis', 'areas', 'essPriorities', 'activities', 'sectors', 'vacancies', 'pledges'];
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await items(name)])));
}

function field(definition, feed) {
  const id = `field-${definition.name}`;
  const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: definition.label });
  let control;
  if (definition.kind === 'select') {
    control = document.createElement('select');
    for (const [value, text] of definition.choices(feed)) control.append(new Option(text, value));
  } else {
    control = Object.assign(document.createElement('input'), { type: definition.kind });
    if (definition.min !== undefined) Object.assign(control, { min: definition.min, max: definition.max });
  }
  Object.assign(control, { id, name: definition.name });
  control.dataset.attribute = definition.name;
  const row = document.createElement('p');
  row.append(...(definition.kind === 'checkbox' ? [control, ' ', label] : [label, ' ', control]));
  return row;
}

function showOptions(feed, context) {
  const widget = widgets[widgetSelect.value];
  const notes = (widget.notes?.(feed, context) ?? []).map((text) => Object.assign(document.createElement('p'), { className: 'note', textContent: text }));
  options.replaceChildren(Object.assign(document.createElement('legend'), { textContent: `${widget.name} options` }), ...widget.fields.map((f) => field(f, feed)), ...notes);
}

/** The chosen attributes, in the widget's field order, then the widget's own (the registry key), then the feed address. */
function chosen(widget, context) {
  const values = {};
  for (const control of options.querySelectorAll('[data-attribute]')) {
    values[control.dataset.attribute] = control.type === 'checkbox' ? control.checked : control.value.trim();
  }
  const src = form.elements.src.value.trim();
  const attributes = [...widget.fields.map((f) => [f.name, values[f.name]]), ...(widget.attributes?.(context) ?? []), ['src', src ? httpUrl(src) : undefined]];
  return { values, attributes, srcInvalid: Boolean(src) && !httpUrl(src) };
}

function update(feed, context) {
  const widget = widgets[widgetSelect.value];
  const { values, attributes, srcInvalid } = chosen(widget, context);
  const suggestedText = widget.fallback(feed, values);
  const suggestedLink = widget.link?.(feed, values) ?? '';
  form.elements.label.placeholder = suggestedText;
  form.elements.link.placeholder = suggestedLink || 'https://…';
  const fallback = { text: form.elements.label.value.trim() || suggestedText, link: form.elements.link.value.trim() || suggestedLink };
  document.querySelector('#src-problem').hidden = !srcInvalid;

  snippetBox.value = embedSnippet({ version, tag: widget.tag, attributes, fallback, reserve: form.elements.reserve.checked });
  copyStatus.textContent = '';

  // The live widget, built from the same attributes (never parsed from the snippet's text).
  const element = document.createElement(widget.tag);
  for (const [name, value] of attributes) {
    if (value === true) element.setAttribute(name, '');
    else if (value) element.setAttribute(name, value);
  }
  const link = httpUrl(fallback.link);
  element.append(link ? Object.assign(document.createElement('a'), { href: link, textContent: fallback.text }) : fallback.text);
  preview.replaceChildren(element);
}

async function copy() {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = 'Copied. Paste it into your page where the widget should appear.';
  } catch {
    snippetBox.select();
    copyStatus.textContent = 'Could not copy automatically: the code is selected, press Ctrl+C (or ⌘C).';
  }
}

async function start() {
  if (!version) throw new Error('the widgets loader did not run on this page');
  const [feed, registryKey] = await Promise.all([readFeed(), readRegistryKey()]);
  const context = { registryKey };
  for (const [key, widget] of Object.entries(widgets)) widgetSelect.append(new Option(widget.name, key));
  showOptions(feed, context);
  widgetSelect.addEventListener('change', () => {
    form.elements.label.value = '';
    form.elements.link.value = '';
    showOptions(feed, context);
    update(feed, context);
  });
  form.addEventListener('input', (event) => event.target !== widgetSelect && update(feed, context));
  form.addEventListener('submit', (event) => event.preventDefault());
  document.querySelector('#copy').addEventListener('click', copy);
  update(feed, context);
  form.hidden = false;
  document.querySelector('#loading').hidden = true;
}

start().catch((error) => {
  document.querySelector('#loading').textContent = `The builder could not start: ${error.message}.`;
});
