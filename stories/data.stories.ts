import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { LutonClient } from '@luton2040/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/define/data.js';
import '../packages/elements/src/define/kpi.js';
import { FEED, measures, MISSING_FEED, slowClient } from './feeds.js';
import { expectState } from './tile-state.js';

/** What `<luton-data>` takes: a feed address, or (from script) a client. */
export interface DataArgs {
  src?: string;
  client?: LutonClient;
  /** The measures of the tiles inside the provider. */
  kpis: string[];
}

const grid = 'display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem';

/** One provider around a grid of tiles that carry no `src` of their own (also usable as a test fixture). */
export const renderData = ({ src, client, kpis }: DataArgs) => {
  const tiles = html`<div style=${grid}>${kpis.map((kpi) => html`<luton-kpi kpi=${kpi}></luton-kpi>`)}</div>`;
  // Binding an absent client would replace the provider's own with `undefined`.
  return client
    ? html`<luton-data src=${ifDefined(src)} .client=${client}>${tiles}</luton-data>`
    : html`<luton-data src=${ifDefined(src)}>${tiles}</luton-data>`;
};

const meta = {
  title: 'Elements/luton-data',
  component: 'luton-data',
  // Stories are PascalCase; camelCase exports are render functions and fixtures for other uses.
  excludeStories: /^[a-z]/,
  render: renderData,
  args: { src: FEED, kpis: [measures.fallingIsGood, measures.risingIsGood, measures.worsening] },
  argTypes: {
    src: { control: 'text' },
    client: { control: false },
    kpis: { control: 'object' },
  },
} satisfies Meta<DataArgs>;

export default meta;
type Story = StoryObj<DataArgs>;

export const OneFeedManyTiles: Story = {
  name: 'One feed for every tile inside',
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, `luton-kpi[kpi="${measures.fallingIsGood}"]`, 'data');
    await expectState(canvasElement, `luton-kpi[kpi="${measures.risingIsGood}"]`, 'data');
    await expectState(canvasElement, `luton-kpi[kpi="${measures.worsening}"]`, 'data');
  },
};

export const TileSrcWins: Story = {
  name: 'A tile’s own src overrides the provider',
  args: { src: MISSING_FEED },
  render: (args) => html`<luton-data src=${ifDefined(args.src)}>
    <div style=${grid}>
      <luton-kpi id="own-feed" kpi=${measures.fallingIsGood} src=${FEED}></luton-kpi>
      <luton-kpi id="provider-feed" kpi=${measures.fallingIsGood}></luton-kpi>
    </div>
  </luton-data>`,
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, '#own-feed', 'data');
    await expectState(canvasElement, '#provider-feed', 'error', 'HTTP 404');
  },
};

export const InjectedClient: Story = {
  name: 'A client set from script (slow network)',
  // The `client` property takes any SDK client, e.g. one with a custom fetch; this one waits 1.5 s.
  args: { src: undefined, kpis: [measures.fallingIsGood, measures.noFigures] },
  render: (args) => renderData({ ...args, client: slowClient(1500) }),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, `luton-kpi[kpi="${measures.fallingIsGood}"]`, 'loading');
    await expectState(canvasElement, `luton-kpi[kpi="${measures.fallingIsGood}"]`, 'data');
    await expectState(canvasElement, `luton-kpi[kpi="${measures.noFigures}"]`, 'no-data');
  },
};
