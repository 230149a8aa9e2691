/**
 * Helm's `toYaml` template function (helm pkg/engine/funcs.go `toYAML`, v3.17.3):
 * `sigs.k8s.io/yaml.Marshal(v)` with the final "\n" trimmed, or "" on any error.
 *
 * sigs.k8s.io/yaml v1.4.0 Marshal is three steps, reproduced here:
 *   1. encoding/json.Marshal(v)                      -> `jsonRoundTrip` (with to-json.ts)
 *   2. goyaml.v2 Unmarshal of that JSON text into interface{}: numbers become
 *      int/uint64/float64 by YAML resolution, strings come back (almost) unchanged
 *   3. goyaml.v2 Marshal of the result               -> `yamlV2Marshal`
 * Step 2 is not a YAML parser: the JSON text is regular enough that its effect can
 * be computed per value (see jsonRoundTrip); the few inputs that make the YAML
 * reader or scanner fail are detected and give "" as Helm does.
 *
 * Step 3 ports go-yaml v2.4.0 (vendored as sigs.k8s.io/yaml/goyaml.v2): encode.go
 * (which style each scalar asks for), resolve.go (what a plain scalar would read
 * back as), sorter.go (the "natural" key order) and emitterc.go (libyaml's emitter:
 * indentation, quoting and folding at 80 columns). Function names follow the Go
 * ones so the two can be read side by side.
 *
 * The steps live in to-yaml/: json-round-trip.ts (steps 1-2), encode.ts,
 * resolve.ts, sorter.ts and emitter.ts (step 3, one file per go-yaml file), and
 * direct.ts, the direct path that writes the common values straight out. This
 * file is the entry: toYaml, and toYamlIndented for `toYaml v | indent n`.
 */
import type { GoValue } from '@polyaxon-render/values';
import { indent } from './sprig.js';
import { GoJsonError } from './to-json.js';
import { directYaml } from './to-yaml/direct.js';
import { YamlDecodeError, jsonRoundTrip } from './to-yaml/json-round-trip.js';
import { yamlV2Marshal } from './to-yaml/encode.js';

/** Helm's toYaml. */
export function toYaml(v: GoValue | undefined): string {
  return marshalTrimmed(v);
}

/**
 * `toYaml v | indent n`: the direct path writes each line with its pad in place,
 * rather than a text that indent then copies again; the full path is indented as it is.
 */
export function toYamlIndented(n: number | bigint, v: GoValue | undefined): string {
  return directYaml(v, ' '.repeat(Number(n))) ?? indent(n, fullYaml(v));
}

function marshalTrimmed(v: GoValue | undefined): string {
  return directYaml(v) ?? fullYaml(v);
}

/** marshalTrimmed the whole way: JSON, the JSON text read back, the yaml.v2 emitter. */
export function fullYaml(v: GoValue | undefined): string {
  let text: string;
  try {
    text = yamlV2Marshal(jsonRoundTrip(v));
  } catch (e) {
    // funcs.go toYAML: "Swallow errors inside of a template."
    if (e instanceof GoJsonError || e instanceof YamlDecodeError) return '';
    throw e;
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
