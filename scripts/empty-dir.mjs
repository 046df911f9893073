// Empties the given folders (creating them if needed), so that a build writes into a clean one: the
// publisher keeps earlier content-hashed files in its output on purpose (pages that loaded the last
// version keep working), which is right for a web host but not for what a package ships.
import { mkdirSync, rmSync } from 'node:fs';

for (const dir of process.argv.slice(2)) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
