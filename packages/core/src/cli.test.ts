import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { flagSpecs } from './cli-flags.js';
import { cleanPath, helpText, runCli, type CliIO } from './cli.js';
import { toolVersion } from './version.js';

let handlebarsLoads = 0;
vi.mock('handlebars', async (importOriginal) => {
  handlebarsLoads++;
  return importOriginal();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

/** Runs the CLI against an in-memory file system. */
async function cli(
  argv: string[],
  opts: { files?: Record<string, string>; stdin?: string; failWrites?: boolean } = {},
): Promise<Run> {
  const disk = new Map(Object.entries(opts.files ?? {}));
  const before = new Set(disk.keys());
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    readFile: (p) => {
      const t = disk.get(p);
      if (t === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return t;
    },
    readStdin: () => opts.stdin ?? '',
    writeFile: (p, data, append) => {
      if (opts.failWrites)
        throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', syscall: 'open' });
      disk.set(p, append ? (disk.get(p) ?? '') + data : data);
    },
    fileExists: (p) => disk.has(p),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  };
  const code = await runCli(argv, io);
  const files = new Map([...disk].filter(([k, v]) => !before.has(k) || opts.files?.[k] !== v));
  return { code, stdout, stderr, files };
}

const pinned =
  'polyaxonSecret: s\ninternalToken: t\nuser:\n  password: p\npostgresql:\n  postgresPassword: pg\nredis:\n  password: r\n';

describe('--help and --version', () => {
  it('--help lists every flag with a one-line description and the exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(helpText());
    for (const f of flagSpecs) {
      expect(r.stdout).toContain(`--${f.name}`);
      expect(f.help).not.toContain('\n');
      if (!f.ignored)
        expect(r.stdout).toMatch(
          new RegExp(`^  ${f.short ? `-${f.short}, ` : '    '}--${f.name}\\b.* ${escape(f.help)}$`, 'm'),
        );
    }
    expect(r.stdout).toContain('Exit codes: 0 success, 1 render or input error, 2 usage error.');
    expect((await cli(['-h'])).stdout).toBe(r.stdout);
  });

  it('--version prints the tool version and the chart and app versions', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(toolVersion).toBe(pkg.version);
    expect(r.stdout).toBe(
      `polyaxon-render ${pkg.version}\n` +
        'chart polyaxon 0.5.5 with postgresql 0.8.7, rabbitmq-ha 1.27.1 (app 3.7.12), redis 7.0.0 (app 4.0.14), docker-registry 1.7.1 (app 2.6.2); Helm v3.17.3 semantics\n',
    );
  });

  it("accepts helm's chart --version 0.5.5 and refuses other chart versions", async () => {
    const a = await cli(['px', '--version', '0.5.5', '-s', 'templates/api-svc.yaml']);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('# Source: polyaxon/templates/api-svc.yaml');
    const b = await cli(['px', '--version=1.0.0']);
    expect(b.code).toBe(2);
    expect(b.stdout).toBe('');
    expect(b.stderr).toBe(
      'Error: --version 1.0.0: polyaxon-render renders chart version 0.5.5 only (give --version 0.5.5, or leave it out)\n',
    );
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('exit codes', () => {
  it.each<[string, string[], number, string]>([
    ['success', ['px', '-s', 'templates/api-svc.yaml'], 0, ''],
    ['unknown flag (usage)', ['px', '--bogus'], 2, 'Error: unknown flag: --bogus\n'],
    ['bad flag value (usage)', ['px', '-o', 'xml'], 2, 'Error: invalid --output "xml": use yaml or json\n'],
    [
      'invalid seed (usage)',
      ['px', '--seed', '-1'],
      2,
      'Error: invalid --seed "-1": use a whole number from 0 to 4294967295\n',
    ],
    ['missing values file (input)', ['px', '-f', 'nope.yaml'], 1, 'Error: open nope.yaml: no such file or directory\n'],
    ['malformed --set (input)', ['px', '--set', 'a'], 1, 'Error: failed parsing --set data: key "a" has no value\n'],
    ['invalid release name (render)', ['Px'], 1, ''],
  ])('%s -> %i', async (_what, argv, code, stderr) => {
    const r = await cli(argv);
    expect(r.code).toBe(code);
    if (code !== 0) expect(r.stdout).toBe('');
    if (stderr) expect(r.stderr).toBe(stderr);
    if (code !== 0) expect(r.stderr).toMatch(/^Error: [^\n]+\n$/);
  });

  it("prints Helm's multi-line messages as they are", async () => {
    const r = await cli(['px', '--set', 'postgresql=x\n- y']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'warning: --set postgresql=x\\n- y: postgresql: expected a map, found the string "x\\n- y"',
        'Error: type mismatch on postgresql: %!t(string=x\n- y)',
        'hint: postgresql is the string "x\\n- y" (--set postgresql=x\\n- y); the postgresql chart takes its values from it, so it must be a map',
        '',
      ].join('\n'),
    );
  });

  it('keeps a multi-line usage message on one line', async () => {
    const r = await cli(['px', '--seed', '1\n2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: invalid --seed "1\\n2": use a whole number from 0 to 4294967295\n');
  });
});

describe('arguments: NAME and the chart', () => {
  it('ignores the built-in chart named as helm users name it, with a note', async () => {
    const plain = await cli(['px', '-s', 'templates/api-svc.yaml']);
    for (const chart of [
      'polyaxon/polyaxon',
      './polyaxon',
      'polyaxon',
      'polyaxon-0.5.5.tgz',
      'oci://registry/charts/polyaxon',
    ]) {
      const r = await cli(['px', chart, '-s', 'templates/api-svc.yaml']);
      expect(r.code, chart).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toBe(
        `note: chart argument ${JSON.stringify(chart)} ignored: polyaxon-render always renders its built-in Polyaxon 0.5.5 chart\n`,
      );
    }
  });

  it('takes a lone chart reference as the chart (release-name), like helm template CHART', async () => {
    const r = await cli(['polyaxon/polyaxon', '-s', 'templates/api-svc.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name: release-name-polyaxon-api');
  });

  it('refuses another chart clearly', async () => {
    const r = await cli(['px', './charts/mychart']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Error: polyaxon-render renders only its built-in Polyaxon 0.5.5 chart, not "./charts/mychart": leave the chart argument out\n',
    );
  });

  it('refuses extra arguments', async () => {
    const r = await cli(['px', 'extra', 'more']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Error: expected at most one argument (the release NAME), unexpected arguments: extra, more (polyaxon-render renders its built-in Polyaxon 0.5.5 chart: no chart argument is needed)\n',
    );
  });

  it('--generate-name keeps helm template\'s "release-name"; --name-template gives a plain name', async () => {
    expect((await cli(['-g', '-s', 'templates/api-svc.yaml'])).stdout).toContain('name: release-name-polyaxon-api');
    expect((await cli(['--name-template', 'team', '-s', 'templates/api-svc.yaml'])).stdout).toContain(
      'name: team-polyaxon-api',
    );
    const r = await cli(['--name-template', '{{ randAlpha 5 | lower }}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name-template with template actions');
  });
});

describe('--output json', () => {
  it('prints the documents as a JSON array that rebuilds the YAML stream', async () => {
    const yaml = await cli(['px', '--seed', '7']);
    const json = await cli(['px', '--seed', '7', '-o', 'json']);
    expect(json.code).toBe(0);
    const docs = JSON.parse(json.stdout) as {
      source: string;
      kind: string;
      name: string;
      apiVersion: string;
      hook: boolean;
      text: string;
    }[];
    expect(docs.length).toBeGreaterThan(20);
    for (const d of docs) expect(Object.keys(d)).toEqual(['source', 'kind', 'name', 'apiVersion', 'hook', 'text']);
    expect(docs.map((d) => `---\n# Source: ${d.source}\n${d.text}\n`).join('')).toBe(yaml.stdout);
    const svc = docs.find((d) => d.source === 'polyaxon/templates/api-svc.yaml')!;
    expect(svc).toMatchObject({ kind: 'Service', name: 'px-polyaxon-api', apiVersion: 'v1', hook: false });
    expect(docs.filter((d) => d.hook).map((d) => d.source)).toContain('polyaxon/templates/hooks/sync-db-job.yaml');
  });

  it('follows --show-only and --no-hooks', async () => {
    const r = await cli([
      'px',
      '--output=json',
      '-s',
      'templates/hooks/*',
      '-s',
      'templates/api-svc.yaml',
      '--set',
      'user.password=p',
    ]);
    const docs = JSON.parse(r.stdout) as { source: string }[];
    // Pattern by pattern, each in print order (the hooks: Jobs, by template path).
    expect(docs.map((d) => d.source)).toEqual([
      'polyaxon/templates/hooks/admin-user-job.yaml',
      'polyaxon/templates/hooks/clean-experiments-job.yaml',
      'polyaxon/templates/hooks/clean-jobs.yaml',
      'polyaxon/templates/hooks/clean-plugins.yaml',
      'polyaxon/templates/hooks/create_exchange-job.yaml',
      'polyaxon/templates/hooks/sync-db-job.yaml',
      'polyaxon/templates/api-svc.yaml',
    ]);
    const args = [
      'px',
      '--seed',
      '3',
      '-s',
      'templates/cm.yaml',
      '-s',
      'charts/*/templates/*secret*',
      '-s',
      'templates/cm.yaml',
    ];
    const yaml = await cli(args);
    const rebuilt = (JSON.parse((await cli([...args, '-o', 'json'])).stdout) as { source: string; text: string }[])
      .map((d) => `---\n# Source: ${d.source}\n${d.text}\n`)
      .join('');
    expect(rebuilt).toBe(yaml.stdout);
    const none = await cli(['px', '-o', 'json', '-s', 'templates/none.yaml']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('Error: could not find template templates/none.yaml in chart\n');
    const noHooks = JSON.parse((await cli(['px', '-o', 'json', '--no-hooks'])).stdout) as { hook: boolean }[];
    expect(noHooks.some((d) => d.hook)).toBe(false);
  });
});

describe('--seed', () => {
  const secrets = ['px', '-s', 'templates/secrets.yaml', '-s', 'charts/postgresql/templates/secrets.yaml'];
  it('makes generated secrets reproducible, and warns that they are not secret', async () => {
    const a = await cli([...secrets, '--seed', '42']);
    const b = await cli([...secrets, '--seed=42']);
    const c = await cli([...secrets, '--seed', '43']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    expect(a.stderr).toBe(
      'warning: --seed makes every generated secret predictable from the seed: these secrets are not secret, do not deploy them\n',
    );
  });

  it('without --seed, secrets differ between runs', async () => {
    expect((await cli(secrets)).stdout).not.toBe((await cli(secrets)).stdout);
  });

  it.each(['x', '1.5', '4294967296', ''])('refuses --seed %j', async (seed) => {
    const r = await cli([...secrets, `--seed=${seed}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Error: invalid --seed "${seed}": use a whole number from 0 to 4294967295\n`);
  });
});

describe('--output-dir', () => {
  it('renders everything before writing: a failing render writes nothing', async () => {
    for (const argv of [
      ['Px', '--output-dir', 'out'],
      ['px', '--output-dir', 'out', '--set', 'serviceType=1'],
      ['px', '--output-dir', 'out', '--set', 'deploymentType=1'],
      ['px', '--output-dir', 'out', '-s', 'templates/cm.yaml'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.stdout).toBe('');
      expect([...r.files.keys()]).toEqual([]);
    }
  });

  it("appends hooks to files already on disk, as helm's template.go does", async () => {
    const old = '---\n# Source: polyaxon/templates/hooks/sync-db-job.yaml\nold: run\n';
    const r = await cli(['px', '-f', 'v.yaml', '--output-dir', 'out'], {
      files: {
        'v.yaml': pinned,
        'out/polyaxon/templates/hooks/sync-db-job.yaml': old,
        'out/polyaxon/templates/api-svc.yaml': 'stale\n',
      },
    });
    expect(r.code).toBe(0);
    const hook = r.files.get('out/polyaxon/templates/hooks/sync-db-job.yaml')!;
    expect(hook.startsWith(old)).toBe(true);
    expect(hook.slice(old.length)).toMatch(
      /^---\n# Source: polyaxon\/templates\/hooks\/sync-db-job.yaml\napiVersion: batch\/v1\nkind: Job\n/,
    );
    // Other templates are truncated on their first document.
    expect(r.files.get('out/polyaxon/templates/api-svc.yaml')).toMatch(
      /^---\n# Source: polyaxon\/templates\/api-svc.yaml\napiVersion: v1\n/,
    );
  });

  it('reports a file system failure as one line, exit 1', async () => {
    const r = await cli(['px', '--output-dir', 'out'], { failWrites: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: EACCES: permission denied, open 'out\/polyaxon\/[^\n]+'\n$/);
  });

  it.each<[string, string]>([
    ['out', 'out'],
    ['./out/', 'out'],
    ['out//x/../y', 'out/y'],
    ['/abs/./dir/', '/abs/dir'],
    ['../up', '../up'],
    ['/..', '/'],
    ['', '.'],
    ['.', '.'],
  ])('cleanPath(%j) = %j (filepath.Join for --release-name)', (p, want) => {
    expect(cleanPath(p)).toBe(want);
  });
});

describe('--notes', () => {
  it('loads handlebars only for --notes', async () => {
    const loadsBefore = handlebarsLoads;
    await cli(['px', '-s', 'templates/api-svc.yaml']);
    await cli(['px', '-o', 'json', '-s', 'templates/api-svc.yaml']);
    expect(handlebarsLoads).toBe(loadsBefore);
    const r = await cli(['px', '--notes']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Polyaxon is currently running:\n')).toBe(true);
    expect(handlebarsLoads).toBe(1);
  });

  it.each([
    [['--output-dir', 'out'], '--notes prints the NOTES text: leave out --output-dir and --output json'],
    [['-o', 'json'], '--notes prints the NOTES text: leave out --output-dir and --output json'],
  ])('refuses --notes with %j', async (extra, message) => {
    const r = await cli(['px', '--notes', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`Error: ${message}\n`);
  });
});

describe('values from stdin', () => {
  it('reads stdin once: a second "-" gets nothing', async () => {
    const r = await cli(['px', '-f', '-', '-f', '-', '-s', 'templates/api-svc.yaml'], {
      stdin: 'serviceType: NodePort\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('type: NodePort');
  });
});

describe('--strict', () => {
  it('refuses values with findings, one line each naming the file and line or the flag', async () => {
    const r = await cli(['px', '--strict', '-f', 'v.yaml', '--set', 'ingres.enabled=true'], {
      files: { 'v.yaml': 'api:\n  replicaz: 2\nserviceType: 3\n' },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'Error: v.yaml:2: api.replicaz: unknown key (did you mean api.replicas?)',
        'Error: --set ingres.enabled=true: ingres: unknown key (did you mean ingress?)',
        'Error: v.yaml:3: serviceType: expected one of ClusterIP, NodePort, LoadBalancer, ExternalName, found the number 3',
        '',
      ].join('\n'),
    );
  });

  it('renders as usual when the values are clean, and without --strict (findings are warnings then)', async () => {
    const plain = await cli([
      'px',
      '-s',
      'templates/api-svc.yaml',
      '--set',
      'serviceType=NodePort,api.service.nodePort=31000',
    ]);
    const strict = await cli([
      'px',
      '--strict',
      '-s',
      'templates/api-svc.yaml',
      '--set',
      'serviceType=NodePort,api.service.nodePort=31000',
    ]);
    expect(strict).toEqual(plain);
    const loose = await cli(['px', '-s', 'templates/api-svc.yaml', '--set', 'ingres.enabled=true']);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toBe((await cli(['px', '-s', 'templates/api-svc.yaml'])).stdout);
    expect(loose.stderr).toBe('warning: --set ingres.enabled=true: ingres: unknown key (did you mean ingress?)\n');
  });
});
