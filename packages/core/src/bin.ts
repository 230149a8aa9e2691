/** The `polyaxon-render` executable: Node's file system and streams around runCli. */
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RenderError } from '@polyaxon-render/values';
import { runCli } from './cli.js';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function decode(buf: Uint8Array, name: string): string {
  try {
    return fatalUtf8.decode(buf);
  } catch {
    // yaml.v2 refuses input that is not UTF-8; so do we, naming the file.
    throw new RenderError('values-file', `failed to parse ${name}: error converting YAML to JSON: yaml: invalid leading UTF-8 octet`, { file: name });
  }
}

const code = await runCli(process.argv.slice(2), {
  readFile: (p) => decode(readFileSync(p), p),
  readStdin: () => decode(readFileSync(0), '-'),
  writeFile: (p, data, append) => {
    mkdirSync(dirname(p), { recursive: true });
    if (append) appendFileSync(p, data);
    else writeFileSync(p, data);
  },
  fileExists: (p) => existsSync(p),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
process.exitCode = code;
