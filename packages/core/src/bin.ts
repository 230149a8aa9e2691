/** The `polyaxon-render` executable, unbundled (`node dist/bin.js`); bin/polyaxon-render.js runs the bundle of cli-main.ts. */
import { main } from './cli-main.js';

process.exitCode = await main(process.argv.slice(2));
