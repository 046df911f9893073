// The SDK in plain Node (20+), with no DOM: prints every KPI's latest figure and what its movement
// means, or why its figures make no trend. Run from the repository root after `npm run build`:
//   node examples/node/kpis.mjs [FEED_URL]
// Without FEED_URL it reads the published feed. `npm start` serves the reference feed at
// http://localhost:8040/feed/index.json.
import { createClient, formatValue, periodPhrase, trendOf } from '@luton2040/sdk';

const client = createClient({ feedUrl: process.argv[2], timeout: 5000 });

for (const kpi of await client.kpis.list()) {
  const { latest, meaning, reason } = trendOf(kpi);
  const figure = latest ? `${formatValue(latest.value, kpi.unit, latest.status)} ${periodPhrase(latest)} (${reason ? `${meaning}: ${reason}` : meaning})` : 'no figure yet';
  console.log(`${kpi.id}\t${kpi.title}: ${figure}`);
}
