/**
 * The bench's corpus of distinct values files: what CI bots, review tools and
 * cdk8s apps render (every file different, features on and off across the
 * parent chart and its four subcharts), generated deterministically so that two
 * runs of the bench measure the same work. File i switches feature f on when
 * bit f of a mixed hash of i is set, so every feature is on in about half the
 * files and no two files share their whole set of features; a few values
 * (names, sizes, counts) vary with i as well.
 */

/** A small deterministic PRNG (mulberry32). */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const affinity = (type) => ({
  nodeAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'pool', operator: 'In', values: [type, 'shared'] }] }],
    },
  },
});
const tolerations = (i) => [
  { key: 'dedicated', operator: 'Equal', value: `team-${i % 5}`, effect: 'NoSchedule' },
  ...(i % 3 ? [{ key: 'gpu', operator: 'Exists', effect: 'NoExecute' }] : []),
];
const resources = (i) => ({
  requests: { cpu: `${100 + 50 * (i % 7)}m`, memory: `${128 * (1 + (i % 4))}Mi` },
  limits: { cpu: `${1 + (i % 3)}`, memory: `${1 + (i % 5)}Gi` },
});

/** Each feature writes its part of the values for file i (rnd: that file's PRNG). */
const FEATURES = [
  (v, i) => {
    v.ingress = {
      enabled: true,
      hostName: `polyaxon-${i}.example.com`,
      annotations: { 'kubernetes.io/ingress.class': 'nginx', 'nginx.ingress.kubernetes.io/proxy-body-size': '4G' },
      tls: [{ secretName: `tls-${i}`, hosts: [`polyaxon-${i}.example.com`] }],
    };
    v.serviceType = 'ClusterIP';
  },
  (v) => {
    v.rbac = { enabled: false };
  },
  (v, i, rnd) => {
    const data = {};
    const n = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) {
      data[`data-${k}`] =
        k % 3 === 0
          ? { mountPath: `/data/${k}`, hostPath: `/mnt/data/${i}/${k}`, readOnly: true }
          : k % 3 === 1
            ? { mountPath: `/data/${k}`, existingClaim: `data-${i}-${k}` }
            : { store: 's3', bucket: `s3://bucket-${i}-${k}`, secret: 's3-secret', secretKey: 'creds.json' };
    }
    v.persistence = {
      logs: { existingClaim: `logs-${i}`, mountPath: '/polyaxon-logs' },
      data,
      outputs: { outputs: { mountPath: '/outputs', existingClaim: `outputs-${i}` } },
    };
  },
  (v, i) => {
    v.postgresql = { enabled: false };
    v.externalServices = {
      ...v.externalServices,
      postgresql: { user: 'polyaxon', password: `pg-${i}`, database: 'polyaxon', host: `pg-${i}.db.local`, port: 5432 },
    };
  },
  (v, i) => {
    v.postgresql = {
      ...v.postgresql,
      persistence: { enabled: true, size: `${2 + (i % 8)}Gi` },
      resources: resources(i),
    };
  },
  (v, i) => {
    v.redis = { enabled: false };
    v.externalServices = {
      ...v.externalServices,
      redis: { usePassword: true, password: `redis-${i}`, host: `redis-${i}.cache.local`, port: 6379 },
    };
  },
  (v, i) => {
    if (v.redis?.enabled === false) return;
    v.redis = {
      ...v.redis,
      usePassword: i % 2 === 0,
      cluster: { enabled: i % 4 !== 1, slaveCount: 1 + (i % 3) },
      sentinel: { enabled: i % 4 === 1 },
      metrics: { enabled: true },
      master: { persistence: { enabled: i % 3 !== 0, size: `${4 + (i % 4)}Gi` }, resources: resources(i) },
    };
  },
  (v, i) => {
    v['rabbitmq-ha'] = { enabled: false };
    v.externalServices = {
      ...v.externalServices,
      rabbitmq: { user: 'polyaxon', password: `rabbit-${i}`, host: `rabbit-${i}.mq.local`, port: 5672 },
    };
  },
  (v, i) => {
    if (v['rabbitmq-ha']?.enabled === false) return;
    v['rabbitmq-ha'] = {
      ...v['rabbitmq-ha'],
      replicaCount: 1 + (i % 3),
      prometheus: { exporter: { enabled: true }, operator: { enabled: i % 2 === 0 } },
      ingress: { enabled: true, hostName: `rabbit-${i}.example.com` },
      persistentVolume: { enabled: i % 3 === 0, size: `${8 + i}Gi` },
    };
  },
  (v, i) => {
    v['docker-registry'] = {
      persistence: { enabled: true, size: `${10 + i}Gi` },
      secrets: { haSharedSecret: `shared-${i}` },
      resources: resources(i),
    };
  },
  (v, i) => {
    v.nodeSelector = { 'polyaxon.com/pool': `pool-${i % 4}` };
    v.tolerations = tolerations(i);
  },
  (v, i) => {
    v.affinity = affinity(`core-${i % 3}`);
  },
  (v, i) => {
    v.limitResources = true;
    for (const s of ['api', 'streams', 'scheduler', 'hpsearch', 'eventsHandlers', 'beat', 'crons']) {
      v[s] = { ...v[s], resources: resources(i + s.length) };
    }
  },
  (v, i) => {
    v.api = { ...v.api, replicas: 1 + (i % 3), imageTag: `0.5.${5 + (i % 2)}` };
    v.scheduler = { ...v.scheduler, replicas: 1 + (i % 2), concurrency: 2 + (i % 4) };
  },
  (v, i) => {
    v.securityContext = { enabled: true, user: 2000 + i, group: 2000 + i };
  },
  (v, i) => {
    v.ldap = {
      enabled: true,
      serverUri: `ldap://ldap-${i}.example.com`,
      bindDN: 'cn=admin,dc=example,dc=com',
      bindPassword: `ldap-${i}`,
      userSearchBaseDN: 'ou=users,dc=example,dc=com',
      userSearchFilterStr: '(uid=%(user)s)',
    };
    v.email = { host: 'smtp.example.com', port: 587, useTls: true, hostUser: 'bot', hostPassword: `mail-${i}` };
  },
];

/** YAML for plain JSON-like data: maps, lists, strings (always quoted), numbers and booleans. */
function toYaml(v, indent = '') {
  if (Array.isArray(v)) {
    if (v.length === 0) return ' []';
    return v
      .map((x) => {
        const body = isObject(x) ? toYaml(x, `${indent}  `).replace(/^\n\s*/, '') : scalar(x);
        return `\n${indent}- ${body}`;
      })
      .join('');
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) return ' {}';
    return keys
      .map((k) => {
        const x = v[k];
        return isObject(x) || Array.isArray(x)
          ? `\n${indent}${key(k)}:${toYaml(x, `${indent}  `)}`
          : `\n${indent}${key(k)}: ${scalar(x)}`;
      })
      .join('');
  }
  return ` ${scalar(v)}`;
}
const isObject = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const key = (k) => (/^[A-Za-z][\w./-]*$/.test(k) ? k : JSON.stringify(k));
const scalar = (x) => (typeof x === 'string' ? JSON.stringify(x) : String(x));

/**
 * `count` values files ({ name, text }), each a different mix of features.
 * @param {number} count at least 1
 */
export function benchCorpus(count = 48) {
  const files = [];
  for (let i = 0; i < count; i++) {
    const rnd = prng(0x5eed + i);
    // A mixed hash of i: which features file i has on (file 0 has none: the chart defaults).
    const bits = i === 0 ? 0 : Math.floor(rnd() * 2 ** FEATURES.length);
    const v = {};
    FEATURES.forEach((f, k) => {
      if (bits & (1 << k)) f(v, i, rnd);
    });
    files.push({ name: `values-${String(i).padStart(2, '0')}.yaml`, text: `${toYaml(v).replace(/^\n/, '')}\n` });
  }
  return files;
}
