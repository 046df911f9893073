// The SDK from Node without a DOM: the Node example (examples/node/kpis.mjs) runs in a plain Node
// process, with a guard that fails if any browser global exists, against the built SDK and the
// built feed served on 127.0.0.1, and prints each KPI as the feed has it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { formatValue, periodPhrase, trendOf } from '@luton2040/sdk';
import { feedKpis, startServer, type ExampleServer } from './examples-server.js';

let server: ExampleServer;
before(async () => (server = await startServer()));
after(() => server?.close());

const noDom = `for (const name of ['window', 'document', 'HTMLElement', 'customElements', 'localStorage']) {
  if (name in globalThis) throw new Error('a DOM global is defined: ' + name);
}`;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('examples/node/kpis.mjs reads every KPI from the feed with the built SDK, in Node without a DOM', async () => {
  const guard = `data:text/javascript,${encodeURIComponent(noDom)}`;
  const { code, stdout, stderr } = await run(['--import', guard, 'examples/node/kpis.mjs', `${server.url}/feed/index.json`]);
  assert.equal(code, 0, stderr);
  const expected = feedKpis().map((kpi) => {
    const { latest, meaning, reason } = trendOf(kpi);
    const figure = latest ? `${formatValue(latest.value, kpi.unit, latest.status)} ${periodPhrase(latest)} (${reason ? `${meaning}: ${reason}` : meaning})` : 'no figure yet';
    return `${kpi.id}\t${kpi.title}: ${figure}`;
  });
  assert.deepEqual(stdout.trimEnd().split('\n'), expected);
});

test('the guard itself fails when a DOM global exists', async () => {
  const guard = `data:text/javascript,${encodeURIComponent(`globalThis.document = {};\n${noDom}`)}`;
  const { code } = await run(['--import', guard, '-e', '']);
  assert.notEqual(code, 0);
});
