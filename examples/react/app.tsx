// The luton-* tags in a React 19 app, with no wrapper components: React sets their properties and
// listens to their events itself, and `@luton2040/elements/react` types them. Built by
// scripts/build-examples.mjs into dist/app.js.
import '@luton2040/elements/luton2040.js'; // defines every tag, so React sees their properties
import type { LutonLoadDetail } from '@luton2040/elements';
import type {} from '@luton2040/elements/react'; // JSX types of the luton-* tags
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The reference feed, as the demo server (`npm start`) serves it. Leave `src` out to read the published feed. */
const FEED = '/feed/index.json';
// Measures whose latest Luton figure has a national figure of the same measure and period, so that compare="national" shows a gap.
const MEASURES = ['sen-gcse-english-maths', 'employment-rate', 'level-2-plus-qualifications'];

function App() {
  const [kpi, setKpi] = useState(MEASURES[0]);
  const [loaded, setLoaded] = useState<string[]>([]);

  // `luton-load` bubbles, so the provider hears every widget inside it.
  const onLoad = (event: CustomEvent<LutonLoadDetail>) => {
    const { resource, id } = event.detail;
    setLoaded((list) => [...list, id ? `${resource}/${id}` : resource]);
  };

  return (
    <luton-data src={FEED} onluton-load={onLoad}>
      <h2>Measure</h2>
      <label>
        Show{' '}
        <select value={kpi} onChange={(event) => setKpi(event.target.value)}>
          {MEASURES.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <luton-kpi kpi={kpi} compare="national">
        <a href="https://cdn.jsdelivr.net/npm/@luton2040/data@0.1.0/dataset/observations.csv">The measure in Luton (source figures)</a>
      </luton-kpi>

      <h2>Compared</h2>
      <luton-comparator-bars kpi="full-time-employment-share" chart="html" />

      <h2>Activities</h2>
      <luton-action-tracker priority="talent-pipeline" heading-level={3} hide-filters />

      <h2>Vacancies</h2>
      <luton-vacancy-feed limit={3} />

      <h2>Pledge</h2>
      <luton-pledge-badge org="sample-bakery-ltd" variant="expanded" />

      <p id="loaded">Drawn so far: {loaded.length ? loaded.join(', ') : 'nothing yet'}</p>
    </luton-data>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
