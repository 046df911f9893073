import { expect } from '@open-wc/testing';
import './luton2040.js';
import { providerDefinitions, widgetDefinitions, widgetTags } from './widget-registry.js';

describe('widget registry', () => {
  it('luton2040.js defines every tag the registry lists', () => {
    const tags = [...Object.keys(providerDefinitions), ...widgetTags];
    expect(tags.filter((tag) => !customElements.get(tag)), 'tags luton2040.js does not define').to.deep.equal([]);
  });

  it("each widget's module defines its tag with the class its spec belongs to, and the spec names the same tag", async () => {
    for (const [tag, load] of Object.entries(widgetDefinitions)) {
      const module = await load();
      expect(module.spec.tag, `${tag}'s spec`).to.equal(tag);
      expect(customElements.get(tag), `${tag}'s class`).to.equal(Object.values(module).find((value) => value === customElements.get(tag)));
    }
  });
});
