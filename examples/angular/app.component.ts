// The luton-* tags in an Angular standalone component. CUSTOM_ELEMENTS_SCHEMA lets the template use
// tags Angular does not know; `[kpi]` sets the element's property and `(luton-load)` listens to its
// event. Signals drive change detection, so the app needs no zone.js.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { LutonLoadDetail } from '@luton2040/elements';

@Component({
  selector: 'example-app',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <luton-data [src]="feed" (luton-load)="onLoad($event)">
      <h2>Measure</h2>
      <label>
        Show
        <select (change)="kpi.set($any($event.target).value)">
          @for (id of measures; track id) {
            <option [value]="id" [selected]="id === kpi()">{{ id }}</option>
          }
        </select>
      </label>
      <luton-kpi [kpi]="kpi()" compare="national">
        <a href="https://cdn.jsdelivr.net/npm/@luton2040/data@0.1.0/dataset/observations.csv">The measure in Luton (source figures)</a>
      </luton-kpi>

      <h2>Compared</h2>
      <luton-comparator-bars kpi="full-time-employment-share" chart="html"></luton-comparator-bars>

      <h2>Activities</h2>
      <luton-action-tracker priority="talent-pipeline" heading-level="3" hide-filters></luton-action-tracker>

      <h2>Vacancies</h2>
      <luton-vacancy-feed [limit]="3"></luton-vacancy-feed>

      <h2>Pledge</h2>
      <luton-pledge-badge org="sample-bakery-ltd" variant="expanded"></luton-pledge-badge>

      <p id="loaded">Drawn so far: {{ loaded().length ? loaded().join(', ') : 'nothing yet' }}</p>
    </luton-data>
  `,
})
export class AppComponent {
  /** The reference feed, as the demo server (`npm start`) serves it. Leave `src` out to read the published feed. */
  readonly feed = '/feed/index.json';
  // Measures whose latest Luton figure has a national figure of the same measure and period, so that compare="national" shows a gap.
  readonly measures = ['sen-gcse-english-maths', 'employment-rate', 'level-2-plus-qualifications'];
  readonly kpi = signal(this.measures[0]);
  readonly loaded = signal<string[]>([]);

  // `luton-load` bubbles, so the provider hears every widget inside it.
  onLoad(event: Event): void {
    const { resource, id } = (event as CustomEvent<LutonLoadDetail>).detail;
    this.loaded.update((list) => [...list, id ? `${resource}/${id}` : resource]);
  }
}
