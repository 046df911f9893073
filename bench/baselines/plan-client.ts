/**
 * Not a baseline: the tracker pages' own script. A plan a hundred times the published one is a
 * 7.5 MB activities file, over the SDK's default `maxBytes` (5 MB, a guard against a runaway feed),
 * so the page gives its `<luton-data>` a client that allows it, then adds the tracker, which reads
 * through that client from its first request. Every scale loads the same way.
 */
import { createClient } from '@luton2040/sdk';

const provider = document.querySelector<HTMLElement & { client: unknown }>('luton-data[data-plan]')!;
await customElements.whenDefined('luton-data');
provider.client = createClient({ feedUrl: new URL(provider.dataset.plan!, location.href).href, maxBytes: 32 * 1024 * 1024 });
provider.append(document.createElement('luton-action-tracker'));
