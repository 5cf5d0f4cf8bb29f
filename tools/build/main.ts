import { buildServices } from './buildServices';

/** `npm run build`: the production bundles of every service (apps/<app>/dist/main.js) */
const started = Date.now();
buildServices()
  .then(() => process.stdout.write(`built the services in ${Date.now() - started} ms\n`))
  .catch((err) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  });
