import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };

type Declaration = { summary?: string; description?: string; events?: { name: string }[] };

// The docs page shows a class's `description`; the class JSDoc states each element's contract in its
// `@summary`, so show the summary first.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations as Declaration[]).map((d) => ({ ...d, description: [d.summary, d.description].filter(Boolean).join('\n\n') })),
  })),
});

// Every `luton-*` event the manifest documents is logged in the Actions panel, for every element.
const events = [...new Set(manifest.modules.flatMap((mod) => (mod.declarations as Declaration[]).flatMap((d) => d.events ?? []).map((e) => e.name)))];

// The widgets follow the page's colour scheme, so the background toggle switches the scheme too.
const withPageScheme: Decorator = (story, { globals }) => {
  const scheme = globals['backgrounds']?.value === 'dark' ? 'dark' : 'light';
  return html`<div style="color-scheme: ${scheme}; color: CanvasText">${story()}</div>`;
};

// Events, slots, parts and CSS properties are documented from the manifest but are not story args.
const documentedOnly = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);
const noControlsForDocumentedOnly: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      documentedOnly.has(argType.table?.category ?? '') ? { ...argType, control: false } : argType,
    ]),
  );

// A hyphenated attribute (`hide-filters`) and its property (`hideFilters`) are two rows in the manifest.
// Stories take the property's name as their arg, so the attribute row keeps its docs but not a second,
// dead control.
const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const noControlsForMirroredAttributes: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      argType.table?.category === 'attributes' && name.includes('-') && camelCase(name) in argTypes ? { ...argType, control: false } : argType,
    ]),
  );

const preview: Preview = {
  decorators: [withPageScheme, withActions],
  argTypesEnhancers: [noControlsForDocumentedOnly, noControlsForMirroredAttributes],
  tags: ['autodocs'],
  parameters: {
    actions: { handles: events },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#f4f4f6' },
        dark: { name: 'Dark', value: '#0f0f13' },
      },
    },
    controls: { expanded: true },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};

export default preview;
