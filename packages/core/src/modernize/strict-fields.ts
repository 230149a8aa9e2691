/**
 * The unknown-field check the schema validators lack. The compiled validators
 * accept fields they do not know (the schemas have no additionalProperties:
 * false), but they read every field they do know, and walk the keys of free-form
 * maps (labels, data). So the object is validated through a Proxy that records
 * those reads: a key never read in an object whose keys were never walked is a
 * field the API server would drop or refuse (`kubectl --validate=strict`), like a
 * leftover `serviceName` in a v1 Ingress backend.
 */
type Path = readonly (string | number)[];

export interface ReadWatch {
  /** The object to validate in place of the original. */
  readonly proxy: unknown;
  /** Paths of the fields the validator never read, after it ran. */
  unknownFields(): Path[];
}

export function watchReads(data: unknown): ReadWatch {
  const read = new WeakMap<object, Set<string>>();
  const walked = new WeakSet<object>();
  const proxies = new WeakMap<object, unknown>();
  const wrap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    let p = proxies.get(v);
    if (p === undefined) {
      p = new Proxy(v, {
        get(target, key) {
          if (typeof key === 'string') {
            let s = read.get(target);
            if (s === undefined) read.set(target, (s = new Set()));
            s.add(key);
          }
          return wrap(Reflect.get(target, key));
        },
        ownKeys(target) {
          walked.add(target);
          return Reflect.ownKeys(target);
        },
      });
      proxies.set(v, p);
    }
    return p;
  };
  return {
    proxy: wrap(data),
    unknownFields() {
      const out: (string | number)[][] = [];
      const visit = (v: unknown, path: (string | number)[]) => {
        if (typeof v !== 'object' || v === null) return;
        if (Array.isArray(v)) {
          v.forEach((x, i) => visit(x, [...path, i]));
          return;
        }
        const seen = read.get(v);
        // Only objects the validator looked into: a value it never reached was judged by its parent.
        const judged = seen !== undefined || walked.has(v);
        for (const [k, x] of Object.entries(v)) {
          if (judged && !walked.has(v) && !seen?.has(k)) out.push([...path, k]);
          else visit(x, [...path, k]);
        }
      };
      visit(data, []);
      return out;
    },
  };
}
