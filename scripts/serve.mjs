// The demo server for `npm start`: serves the demo feed (the reference data plus the sample pledges
// and vacancies, built into dist/demo) and the examples on localhost. In production the feed is
// static files on any CDN; this server exists only for development.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8040);

/** Short, stable addresses for the demo pages: /feed/ and the examples at the root. */
function demoRoutes(context, next) {
  // The demo's throwaway signing key is made next to its public half: never serve the private one.
  if (/private/i.test(context.path)) {
    context.status = 404;
    return undefined;
  }
  if (context.path === '/') context.redirect('/examples/');
  else if (context.path === '/demo/registry-key.json') context.url = '/dist/demo/registry/registry-public.json';
  else if (context.path.startsWith('/feed/')) context.url = context.url.replace(/^\/feed\//, '/dist/demo/feed/');
  else if (context.path.startsWith('/cdn/')) context.url = context.url.replace(/^\/cdn\//, '/packages/elements/dist/cdn/');
  return next();
}

const server = await startDevServer({
  config: { rootDir: process.cwd(), hostname: '127.0.0.1', port, middleware: [demoRoutes] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Luton 2040 widgets demo: http://localhost:${server.config.port}/examples/`);
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
