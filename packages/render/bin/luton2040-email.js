#!/usr/bin/env node
// The `luton2040-email` command. It lives outside dist/ so that npm links it as soon as the package is
// installed (in this repository: at `npm ci`, before anything is built), and says what to do when
// the build it runs is missing instead of failing with a module-resolution stack trace.
import('../dist/email/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/dist/email/cli.js')) {
    process.stderr.write('luton2040-email is not built yet: run "npm run build:packages" at the repository root first.\n');
  } else {
    process.stderr.write(`luton2040-email: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
