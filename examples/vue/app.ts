// The luton-* tags in a Vue 3 app. Vue must be told they are custom elements (not Vue components
// it failed to find); then it sets their properties, and `@luton-load` listens to their events.
// Built by scripts/build-examples.mjs into dist/app.js, with Vue's runtime template compiler.
import '@luton2040/elements/luton2040.js'; // defines every tag, so Vue sees their properties
import type { LutonLoadDetail } from '@luton2040/elements';
import { createApp, ref } from 'vue';

/** The reference feed, as the demo server (`npm start`) serves it. Leave `src` out to read the published feed. */
const FEED = '/feed/index.json';

const app = createApp({
  setup() {
    // Measures whose latest Luton figure has a national figure of the same measure and period, so that compare="national" shows a gap.
    const measures = ['sen-gcse-english-maths', 'employment-rate', 'level-2-plus-qualifications'];
    const kpi = ref(measures[0]);
    const loaded = ref<string[]>([]);
    // `luton-load` bubbles, so the provider hears every widget inside it.
    const onLoad = (event: CustomEvent<LutonLoadDetail>) => {
      const { resource, id } = event.detail;
      loaded.value.push(id ? `${resource}/${id}` : resource);
    };
    return { feed: FEED, measures, kpi, loaded, onLoad };
  },
  template: `
    <luton-data :src="feed" @luton-load="onLoad">
      <h2>Measure</h2>
      <label>Show <select v-model="kpi"><option v-for="id in measures" :key="id" :value="id">{{ id }}</option></select></label>
      <luton-kpi :kpi="kpi" compare="national">
        <a href="https://cdn.jsdelivr.net/npm/@luton2040/data@0.1.0/dataset/observations.csv">The measure in Luton (source figures)</a>
      </luton-kpi>

      <h2>Compared</h2>
      <luton-comparator-bars kpi="full-time-employment-share" chart="html"></luton-comparator-bars>

      <h2>Activities</h2>
      <luton-action-tracker priority="talent-pipeline" heading-level="3" hide-filters></luton-action-tracker>

      <h2>Vacancies</h2>
      <luton-vacancy-feed :limit="3"></luton-vacancy-feed>

      <h2>Pledge</h2>
      <luton-pledge-badge org="sample-bakery-ltd" variant="expanded"></luton-pledge-badge>

      <p id="loaded">Drawn so far: {{ loaded.length ? loaded.join(', ') : 'nothing yet' }}</p>
    </luton-data>`,
});

// Without this, Vue warns "Failed to resolve component: luton-kpi" for each tag.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('luton-');
app.mount('#app');
