/**
 * tpl against Helm v3.17.3: every row's expectation is what Helm printed for
 * `{{ tpl .Values.t $ }}` in a probe chart (name "probe", version 0.1.0,
 * release "r", values below, a `_helpers.tpl` defining "probe.name" and
 * "probe.fail"), or the error Helm reported after `at <tpl .Values.t $>: `.
 */
import { RenderError, toGoValue, type GoMap } from '@polyaxon-render/values';
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../context.js';
import { field, printValue } from './index.js';
import { seededRandom } from './sprig.js';
import { TemplateError } from './template-error.js';
import { tpl, type TemplateRegistry } from './tpl.js';

const values = {
  s: 'str',
  n: 3,
  big: 1000000,
  f: 1.5,
  list: ['a', 'b'],
  m: { b: 2, a: 1 },
  nul: null,
  empty: '',
  yes: true,
  nested: { a: { b: 'deep' } },
};

function probeContext(t: string): RenderContext {
  return {
    Values: toGoValue({ ...values, t }) as GoMap,
    Release: { Name: 'r', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
    Chart: { Name: 'probe', Version: '0.1.0', AppVersion: '', IsRoot: true },
    Capabilities: {
      KubeVersion: { Version: 'v1.32.0', Major: '1', Minor: '32', GitVersion: 'v1.32.0' },
      APIVersions: ['v1', 'apps/v1'],
    },
    Template: { Name: 'probe/templates/t.yaml', BasePath: 'probe/templates' },
    random: seededRandom(1),
  };
}

/** The probe chart's _helpers.tpl, ported. */
const probeTemplates: TemplateRegistry = new Map([
  ['probe.name', (ctx: RenderContext) => `${ctx.Chart.Name}-${ctx.Release.Name}`],
  ['probe.fail', (ctx: RenderContext) => printValue(field(ctx.Values, 'nope', 'x'))],
]);

const run = (t: string) => tpl(t, probeContext(t), probeTemplates);

type Expect = { out: string } | { err: string };

const helm: [string, Expect][] = [
  ['plain text', { out: 'plain text' }],
  ['a {{- " b " -}} c', { out: 'a b c' }],
  ['a\n  {{- "x" }}\n  b', { out: 'ax\n  b' }],
  ['{{/* c */}}x', { out: 'x' }],
  ['{{- /* c */ -}}  x', { out: 'x' }],
  ['a {{- /* c\n multi */}} b', { out: 'a b' }],
  ['{{"a"}}{{`raw\\n`}}', { out: 'araw\\n' }],
  ['<no value>x{{ .Values.missing }}y', { out: 'xy' }],
  [
    '{{ .Values.s }}|{{ .Values.n }}|{{ .Values.big }}|{{ .Values.f }}|{{ .Values.list }}|{{ .Values.m }}|{{ .Values.nul }}|{{ .Values.missing }}|{{ .Values.yes }}',
    { out: 'str|3|1e+06|1.5|[a b]|map[a:1 b:2]|||true' },
  ],
  [
    '{{ .Release.Name }}/{{ .Release.Namespace }}/{{ .Release.Service }}/{{ .Release.Revision }}/{{ .Release.IsInstall }}/{{ .Release.IsUpgrade }}',
    { out: 'r/default/Helm/1/true/false' },
  ],
  ['{{ .Chart.Name }}-{{ .Chart.Version }}|{{ .Chart.AppVersion }}|{{ .Chart.IsRoot }}', { out: 'probe-0.1.0||true' }],
  ['{{ .Template.Name }} {{ .Template.BasePath }}', { out: 'probe/templates/t.yaml probe/templates' }],
  [
    '{{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Major }}.{{ .Capabilities.KubeVersion.Minor }} {{ .Capabilities.KubeVersion.GitVersion }} {{ .Capabilities.KubeVersion.Version }}',
    { out: 'v1.32.0 1.32 v1.32.0 v1.32.0' },
  ],
  ['{{ .Capabilities.APIVersions.Has "apps/v1" }} {{ .Capabilities.APIVersions.Has "x/v9" }}', { out: 'true false' }],
  ['{{ $.Values.s }}{{ .Nope }}{{ .Values.m.a }}{{ $.Values.m.b }}', { out: 'str12' }],
  [
    '{{ .Values.missing.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.missing.x }}": template: gotpl:1:10: executing "gotpl" at <.Values.missing.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ .Values.s.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.s.x }}": template: gotpl:1:10: executing "gotpl" at <.Values.s.x>: can\'t evaluate field x in type interface {}',
    },
  ],
  [
    '{{ .Chart.Foo }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Chart.Foo }}": template: gotpl:1:9: executing "gotpl" at <.Chart.Foo>: can\'t evaluate field Foo in type interface {}',
    },
  ],
  [
    '{{ .Capabilities.KubeVersion.Foo }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Capabilities.KubeVersion.Foo }}": template: gotpl:1:16: executing "gotpl" at <.Capabilities.KubeVersion.Foo>: can\'t evaluate field Foo in type chartutil.KubeVersion',
    },
  ],
  [
    '{{ .Capabilities.Foo }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Capabilities.Foo }}": template: gotpl:1:16: executing "gotpl" at <.Capabilities.Foo>: can\'t evaluate field Foo in type interface {}',
    },
  ],
  [
    '{{ .Values.s "arg" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.s \\"arg\\" }}": template: gotpl:1:10: executing "gotpl" at <.Values.s>: s is not a method but has arguments',
    },
  ],
  [
    '{{ "a" | .Values.s }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ \\"a\\" | .Values.s }}": template: gotpl:1:16: executing "gotpl" at <.Values.s>: s is not a method but has arguments',
    },
  ],
  [
    "{{ 1 }} {{ -2 }} {{ +3 }} {{ 1.5 }} {{ 1e3 }} {{ 0x1F }} {{ 010 }} {{ 0o17 }} {{ 0b101 }} {{ 1_000 }} {{ 'a' }} {{ '\\n' }} {{ true }} {{ false }} {{ \"\\u00e9\\t|\" }}",
    { out: '1 -2 3 1.5 1000 31 8 15 5 1000 97 10 true false é\t|' },
  ],
  [
    '{{ nil }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ nil }}": template: gotpl:1:3: executing "gotpl" at <nil>: nil is not a command',
    },
  ],
  [
    '{{ 08 }}',
    { err: 'error calling tpl: cannot parse template "{{ 08 }}": template: gotpl:1: integer overflow: "08"' },
  ],
  [
    '{{ 1.2.3 }}',
    { err: 'error calling tpl: cannot parse template "{{ 1.2.3 }}": template: gotpl:1: unexpected ".3" in operand' },
  ],
  [
    '{{ 9223372036854775808 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ 9223372036854775808 }}": template: gotpl:1:3: executing "gotpl" at <9223372036854775808>: 9223372036854775808 overflows int',
    },
  ],
  [
    '{{ 1 2 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ 1 2 }}": template: gotpl:1:3: executing "gotpl" at <1>: can\'t give argument to non-function 1',
    },
  ],
  [
    '{{ .Values.s | upper }} {{ "A" | lower }} {{ .Values.s | quote }} {{ quote .Values.n .Values.missing "x" }} {{ squote .Values.s 2 }}',
    { out: 'STR a "str" "3" "x" \'str\' \'2\'' },
  ],
  [
    '{{ default "d" .Values.missing }} {{ default "d" .Values.empty }} {{ default "d" .Values.s }} {{ .Values.missing | default "d" }} {{ default "d" }} {{ default 5 0 }} {{ default "x" .Values.list }}',
    { out: 'd d str d d 5 [a b]' },
  ],
  [
    '{{ toYaml .Values.m }}|{{ toYaml .Values.list | quote }}|{{ toJson .Values.m }}|{{ toYaml .Values.missing }}|{{ toJson .Values.list }}',
    { out: 'a: 1\nb: 2|"- a\\n- b"|{"a":1,"b":2}|null|["a","b"]' },
  ],
  [
    '{{ toYaml .Release }}',
    { out: 'IsInstall: true\nIsUpgrade: false\nName: r\nNamespace: default\nRevision: 1\nService: Helm' },
  ],
  [
    '{{ printf "%s-%d-%v" "a" 3 .Values.n }} {{ printf "%d" .Values.n }} {{ printf "%q" .Values.s }} {{ print "a" 1 2 "b" }} {{ println "a" 1 }}',
    { out: 'a-3-3 %!d(float64=3) "str" a1 2b a 1\n' },
  ],
  [
    '{{ trim "  x \\n " }}|{{ toString .Values.n }}|{{ toString .Values.list }}|{{ toString .Values.missing }}',
    { out: 'x|3|[a b]|<nil>' },
  ],
  [
    '{{ and 1 0 }} {{ or 0 "" "x" }} {{ and .Values.s .Values.n }} {{ and .Values.missing .Values.missing.x }} {{ or 1 .Values.missing.x }}',
    { out: '0 x 3  1' },
  ],
  [
    '{{ or .Values.missing .Values.missing.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ or .Values.missing .Values.missing.x }}": template: gotpl:1:29: executing "gotpl" at <.Values.missing.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ not .Values.s }} {{ not .Values.missing }} {{ eq .Values.s "str" }} {{ eq .Values.n 3.0 }} {{ ne 1 2 }} {{ lt 1 2 }} {{ ge "b" "a" }} {{ eq "a" "b" "a" }} {{ eq .Values.missing nil }}',
    { out: 'false true true true true true true true true' },
  ],
  [
    '{{ eq .Values.n 3 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ eq .Values.n 3 }}": template: gotpl:1:3: executing "gotpl" at <eq .Values.n 3>: error calling eq: incompatible types for comparison',
    },
  ],
  [
    '{{ ne .Values.n 3 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ ne .Values.n 3 }}": template: gotpl:1:3: executing "gotpl" at <ne .Values.n 3>: error calling ne: incompatible types for comparison',
    },
  ],
  [
    '{{ lt .Values.s 3 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ lt .Values.s 3 }}": template: gotpl:1:3: executing "gotpl" at <lt .Values.s 3>: error calling lt: incompatible types for comparison',
    },
  ],
  [
    '{{ eq 1 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ eq 1 }}": template: gotpl:1:3: executing "gotpl" at <eq 1>: error calling eq: missing argument for comparison',
    },
  ],
  ['{{ len .Values.list }} {{ len .Values.s }} {{ len .Values.m }} {{ len "é" }}', { out: '2 3 2 2' }],
  [
    '{{ len .Values.n }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ len .Values.n }}": template: gotpl:1:3: executing "gotpl" at <len .Values.n>: error calling len: len of type float64',
    },
  ],
  [
    '{{ len .Values.missing }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ len .Values.missing }}": template: gotpl:1:3: executing "gotpl" at <len .Values.missing>: error calling len: len of nil pointer',
    },
  ],
  [
    '{{ index .Values.list 1 }} {{ index .Values.m "a" }} {{ index .Values.m "zz" }} {{ index .Values "s" }} {{ index .Values.nested "a" "b" }}',
    { out: 'b 1  str deep' },
  ],
  [
    '{{ index .Values.list 5 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ index .Values.list 5 }}": template: gotpl:1:3: executing "gotpl" at <index .Values.list 5>: error calling index: index out of range: 5',
    },
  ],
  [
    '{{ index .Values.list 2 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ index .Values.list 2 }}": template: gotpl:1:3: executing "gotpl" at <index .Values.list 2>: error calling index: reflect: slice index out of range',
    },
  ],
  [
    '{{ index .Values.list "x" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ index .Values.list \\"x\\" }}": template: gotpl:1:3: executing "gotpl" at <index .Values.list "x">: error calling index: cannot index slice/array with type string',
    },
  ],
  [
    '{{ index .Values.m 1 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ index .Values.m 1 }}": template: gotpl:1:3: executing "gotpl" at <index .Values.m 1>: error calling index: value has type int; should be string',
    },
  ],
  [
    '{{ index .Values.missing 1 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ index .Values.missing 1 }}": template: gotpl:1:3: executing "gotpl" at <index .Values.missing 1>: error calling index: index of untyped nil',
    },
  ],
  [
    '{{ upper 3 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper 3 }}": template: gotpl:1:9: executing "gotpl" at <3>: expected string; found 3',
    },
  ],
  [
    '{{ upper .Values.n }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper .Values.n }}": template: gotpl:1:16: executing "gotpl" at <.Values.n>: wrong type for value; expected string; got float64',
    },
  ],
  [
    '{{ upper .Values.missing }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper .Values.missing }}": template: gotpl:1:16: executing "gotpl" at <.Values.missing>: wrong type for value; expected string; got interface {}',
    },
  ],
  [
    '{{ .Values.missing | upper }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.missing | upper }}": template: gotpl:1:21: executing "gotpl" at <upper>: invalid value; expected string',
    },
  ],
  [
    '{{ upper nil }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper nil }}": template: gotpl:1:9: executing "gotpl" at <nil>: cannot assign nil to string',
    },
  ],
  [
    '{{ upper }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper }}": template: gotpl:1:3: executing "gotpl" at <upper>: wrong number of args for upper: want 1 got 0',
    },
  ],
  [
    '{{ upper "a" "b" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper \\"a\\" \\"b\\" }}": template: gotpl:1:3: executing "gotpl" at <upper>: wrong number of args for upper: want 1 got 2',
    },
  ],
  [
    '{{ "a" | upper "b" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ \\"a\\" | upper \\"b\\" }}": template: gotpl:1:9: executing "gotpl" at <upper>: wrong number of args for upper: want 1 got 2',
    },
  ],
  [
    '{{ printf }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ printf }}": template: gotpl:1:3: executing "gotpl" at <printf>: wrong number of args for printf: want at least 1 got 0',
    },
  ],
  [
    '{{ upper .Values.list }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper .Values.list }}": template: gotpl:1:16: executing "gotpl" at <.Values.list>: wrong type for value; expected string; got []interface {}',
    },
  ],
  [
    '{{ if .Values.s }}y{{ else }}n{{ end }}|{{ if .Values.missing }}y{{ else if .Values.n }}n{{ end }}|{{ if not .Values.s }}a{{ else if eq .Values.s "str" }}b{{ else }}c{{ end }}',
    { out: 'y|n|b' },
  ],
  [
    '{{ with .Values.m }}{{ .a }}-{{ $.Release.Name }}{{ end }}|{{ with .Values.missing }}x{{ else }}none{{ end }}|{{ with .Values.missing }}x{{ else with .Values.s }}{{ . }}{{ end }}|{{ with $x := .Values.s }}{{ $x }}{{ end }}',
    { out: '1-r|none|str|str' },
  ],
  [
    '{{ range .Values.list }}[{{ . }}]{{ end }}|{{ range $i, $v := .Values.list }}{{ $i }}={{ $v }};{{ end }}|{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}|{{ range .Values.missing }}x{{ else }}empty{{ end }}|{{ range $v := .Values.list }}{{ $v }}{{ end }}',
    { out: '[a][b]|0=a;1=b;|a=1;b=2;|empty|ab' },
  ],
  [
    '{{ range .Values.list }}{{ if eq . "b" }}{{ break }}{{ end }}{{ . }}{{ end }}|{{ range .Values.list }}{{ if eq . "a" }}{{ continue }}{{ end }}{{ . }}{{ end }}|{{ range $i, $e := .Values.list }}{{ $i = 5 }}{{ $i }}{{ end }}',
    { out: 'a|b|55' },
  ],
  [
    '{{ range .Values.s }}x{{ end }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ range .Values.s }}x{{ end }}": template: gotpl:1:16: executing "gotpl" at <.Values.s>: range can\'t iterate over str',
    },
  ],
  [
    '{{ range .Values.n }}x{{ end }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ range .Values.n }}x{{ end }}": template: gotpl:1:16: executing "gotpl" at <.Values.n>: range can\'t iterate over 3',
    },
  ],
  [
    '{{ $x := "a" }}{{ $x = "b" }}{{ $x }}|{{ $m := .Values.m }}{{ $m.a }}|{{ $n := .Values.missing }}{{ $n.foo }}|{{ $ := 5 }}{{ $ }}',
    { out: 'b|1||5' },
  ],
  [
    '{{ $n := .Values.missing }}{{ upper $n }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ $n := .Values.missing }}{{ upper $n }}": template: gotpl:1:36: executing "gotpl" at <$n>: invalid value; expected string',
    },
  ],
  [
    '{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}',
    {
      err: 'error calling tpl: cannot parse template "{{ if true }}{{ $y := 1 }}{{ end }}{{ $y }}": template: gotpl:1: undefined variable "$y"',
    },
  ],
  [
    '{{ template "probe.name" . }}|{{ include "probe.name" . | upper }}|{{ include "probe.name" $ }}',
    { out: 'probe-r|PROBE-R|probe-r' },
  ],
  [
    '{{ template "nope" . }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ template \\"nope\\" . }}": template: gotpl:1:12: executing "gotpl" at <{{template "nope" .}}>: template "nope" not defined',
    },
  ],
  [
    '{{ include "nope" . }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ include \\"nope\\" . }}": template: gotpl:1:3: executing "gotpl" at <include "nope" .>: error calling include: template: no template "nope" associated with template "gotpl"',
    },
  ],
  [
    '{{ define "loc" }}L{{ . }}{{ end }}{{ template "loc" "x" }}|{{ template "loc" }}|{{ block "blk" "v" }}B{{ . }}{{ end }}|{{ include "loc" 1 }}',
    { out: 'Lx|L|Bv|L1' },
  ],
  [
    '{{ define "loc2" }}{{ .nope.x }}{{ end }}{{ include "loc2" .Values }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ define \\"loc2\\" }}{{ .nope.x }}{{ end }}{{ include \\"loc2\\" .Values }}": template: gotpl:1:44: executing "gotpl" at <include "loc2" .Values>: error calling include: template: gotpl:1:27: executing "loc2" at <.nope.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ define "loc3" }}{{ .nope.x }}{{ end }}{{ template "loc3" .Values }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ define \\"loc3\\" }}{{ .nope.x }}{{ end }}{{ template \\"loc3\\" .Values }}": template: gotpl:1:27: executing "loc3" at <.nope.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ define "a" }}x{{ end }}{{ define "a" }}y{{ end }}',
    {
      err: 'error calling tpl: cannot parse template "{{ define \\"a\\" }}x{{ end }}{{ define \\"a\\" }}y{{ end }}": template: gotpl:1: template: multiple definition of template "a"',
    },
  ],
  ['{{ define "probe.name" }}overridden{{ end }}{{ template "probe.name" . }}', { out: 'overridden' }],
  ['{{ tpl "{{ .Release.Name }}-{{ .Values.s }}" . }}', { out: 'r-str' }],
  [
    '{{ tpl "{{ .Values.missing.x }}" . }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ tpl \\"{{ .Values.missing.x }}\\" . }}": template: gotpl:1:3: executing "gotpl" at <tpl "{{ .Values.missing.x }}" .>: error calling tpl: error during tpl function execution for "{{ .Values.missing.x }}": template: gotpl:1:10: executing "gotpl" at <.Values.missing.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ tpl "{{ .Release.Name" . }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ tpl \\"{{ .Release.Name\\" . }}": template: gotpl:1:3: executing "gotpl" at <tpl "{{ .Release.Name" .>: error calling tpl: cannot parse template "{{ .Release.Name": template: gotpl:1: unclosed action',
    },
  ],
  ['{{ if }}', { err: 'error calling tpl: cannot parse template "{{ if }}": template: gotpl:1: missing value for if' }],
  ['{{ end }}', { err: 'error calling tpl: cannot parse template "{{ end }}": template: gotpl:1: unexpected {{end}}' }],
  ['{{ if 1 }}', { err: 'error calling tpl: cannot parse template "{{ if 1 }}": template: gotpl:1: unexpected EOF' }],
  [
    '{{ else }}',
    { err: 'error calling tpl: cannot parse template "{{ else }}": template: gotpl:1: unexpected {{else}}' },
  ],
  [
    '{{ $x }}',
    { err: 'error calling tpl: cannot parse template "{{ $x }}": template: gotpl:1: undefined variable "$x"' },
  ],
  [
    '{{ .Release.Name',
    { err: 'error calling tpl: cannot parse template "{{ .Release.Name": template: gotpl:1: unclosed action' },
  ],
  [
    '{{ "unterminated }}',
    {
      err: 'error calling tpl: cannot parse template "{{ \\"unterminated }}": template: gotpl:1: unterminated quoted string',
    },
  ],
  ['{{ (1 }}', { err: 'error calling tpl: cannot parse template "{{ (1 }}": template: gotpl:1: unclosed left paren' }],
  [
    '{{ 1) }}',
    { err: 'error calling tpl: cannot parse template "{{ 1) }}": template: gotpl:1: unexpected right paren' },
  ],
  [
    '{{ /* x */ }}',
    { err: 'error calling tpl: cannot parse template "{{ /* x */ }}": template: gotpl:1: unexpected "/" in command' },
  ],
  [
    '{{/* x */ }}',
    {
      err: 'error calling tpl: cannot parse template "{{/* x */ }}": template: gotpl:1: comment ends before closing delimiter',
    },
  ],
  ['{{/* x ', { err: 'error calling tpl: cannot parse template "{{/* x ": template: gotpl:1: unclosed comment' }],
  [
    '{{ range $i, $v, $w := .x }}{{ end }}',
    {
      err: 'error calling tpl: cannot parse template "{{ range $i, $v, $w := .x }}{{ end }}": template: gotpl:1: too many declarations in range',
    },
  ],
  [
    '{{ break }}',
    { err: 'error calling tpl: cannot parse template "{{ break }}": template: gotpl:1: {{break}} outside {{range}}' },
  ],
  [
    '{{ .Values.s | 1 }}',
    {
      err: 'error calling tpl: cannot parse template "{{ .Values.s | 1 }}": template: gotpl:1: non executable command in pipeline stage 2',
    },
  ],
  [
    '{{ "a".x }}',
    {
      err: 'error calling tpl: cannot parse template "{{ \\"a\\".x }}": template: gotpl:1: unexpected . after term "\\"a\\""',
    },
  ],
  ['{{ }}', { err: 'error calling tpl: cannot parse template "{{ }}": template: gotpl:1: missing value for command' }],
  [
    'line1\nline2 {{ if }}',
    {
      err: 'error calling tpl: cannot parse template "line1\\nline2 {{ if }}": template: gotpl:2: missing value for if',
    },
  ],
  [
    '{{ if true }}\n\nx',
    { err: 'error calling tpl: cannot parse template "{{ if true }}\\n\\nx": template: gotpl:3: unexpected EOF' },
  ],
  ['{{ if\n  .Values.s }}x{{ end }}', { out: 'x' }],
  [
    'a\nbb {{ .Values.missing.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "a\\nbb {{ .Values.missing.x }}": template: gotpl:2:13: executing "gotpl" at <.Values.missing.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ "é" }}{{ .Values.missing.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ \\"é\\" }}{{ .Values.missing.x }}": template: gotpl:1:20: executing "gotpl" at <.Values.missing.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ foo }}',
    { err: 'error calling tpl: cannot parse template "{{ foo }}": template: gotpl:1: function "foo" not defined' },
  ],
  [
    '{{ .Values.s | foo }}',
    {
      err: 'error calling tpl: cannot parse template "{{ .Values.s | foo }}": template: gotpl:1: function "foo" not defined',
    },
  ],
  [
    '{{ with $x := 1 }}{{ end }}{{ $x }}',
    {
      err: 'error calling tpl: cannot parse template "{{ with $x := 1 }}{{ end }}{{ $x }}": template: gotpl:1: undefined variable "$x"',
    },
  ],
  ['{{ 3 | printf "%d-%d" 4 }}', { out: '4-3' }],
  ['{{ (.Values.m).a }} {{ (index .Values.list 0) }}', { out: '1 a' }],
  ['{{ (.Values.missing).a }}', { out: '' }],
  [
    '{{ nil.x }}',
    { err: 'error calling tpl: cannot parse template "{{ nil.x }}": template: gotpl:1: unexpected . after term "nil"' },
  ],
  [
    '{{ $.Values.missing.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ $.Values.missing.x }}": template: gotpl:1:4: executing "gotpl" at <$.Values.missing.x>: nil pointer evaluating interface {}.x',
    },
  ],
  [
    '{{ .Values.m.a.b }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.m.a.b }}": template: gotpl:1:10: executing "gotpl" at <.Values.m.a.b>: can\'t evaluate field b in type interface {}',
    },
  ],
  [
    '{{ .Values.yes.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.yes.x }}": template: gotpl:1:10: executing "gotpl" at <.Values.yes.x>: can\'t evaluate field x in type interface {}',
    },
  ],
  ['{{ "x" -}}\n\n  y {{- "z" }}', { out: 'xyz' }],
  ['{{-3}}', { out: '-3' }],
  ['{{- 3 -}}', { out: '3' }],
  ['{{ -3 -}}', { out: '-3' }],
  ['x {{- -3 }}', { out: 'x-3' }],
  ['{{ index .Release "Name" 0 }}', { out: '114' }],
  ['{{ printf "%s" 3 }}', { out: '%!s(int=3)' }],
  ['{{ 1 }}\t\n {{- 2 -}} \t\n{{ 3 }}', { out: '123' }],
  ['a{{- /* x */ -}}\n b', { out: 'ab' }],
  ['{{- "a" -}}', { out: 'a' }],
  ['{{`multi\nline`}}', { out: 'multi\nline' }],
  ['x {{ if\n\n .Values.s }}y{{ end }}', { out: 'x y' }],
  [
    '{{ "abcdefghijklmnop" "x" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ \\"abcdefghijklmnop\\" \\"x\\" }}": template: gotpl:1:3: executing "gotpl" at <"abcdefghijklmnop">: can\'t give argument to non-function "abcdefghijklmnop"',
    },
  ],
  [
    '{{ if 1 }}x{{ else }}y{{ else }}z{{ end }}',
    {
      err: 'error calling tpl: cannot parse template "{{ if 1 }}x{{ else }}y{{ else }}z{{ end }}": template: gotpl:1: expected end; found {{else}}',
    },
  ],
  [
    '{{ range 1 }}{{ else if 1 }}{{ end }}',
    {
      err: 'error calling tpl: cannot parse template "{{ range 1 }}{{ else if 1 }}{{ end }}": template: gotpl:1: unexpected <if> in input',
    },
  ],
  [
    '{{ with 1 }}a{{ else if 1 }}b{{ end }}{{ end }}',
    {
      err: 'error calling tpl: cannot parse template "{{ with 1 }}a{{ else if 1 }}b{{ end }}{{ end }}": template: gotpl:1: unexpected <if> in input',
    },
  ],
  ['{{ .Values.s | printf "%s!" }}|{{ "x" | printf "%s %s" "y" }}', { out: 'str!|y x' }],
  ['{{ $x := 1 }}{{ $x := 2 }}{{ $x }}', { out: '2' }],
  [
    '{{ range $i, $v := .Values.m }}{{ $i }}{{ end }}|{{ range .Values.list }}{{ $.Release.Name }}{{ end }}',
    { out: 'ab|rr' },
  ],
  [
    '{{ printf "%v %v" .Values.nul .Values.list }}|{{ print .Values.m }}|{{ printf "%s" .Values.list }}|{{ printf "%d %s" 1 }}|{{ printf "x" 1 "a" }}|{{ printf "%" }}|{{ printf "x" nil }}',
    { out: '<nil> [a b]|map[a:1 b:2]|[a b]|1 %!s(MISSING)|x%!(EXTRA int=1, string=a)|%!(NOVERB)|x%!(EXTRA <nil>)' },
  ],
  ['{{ quote .Values.list .Values.m }}', { out: '"[a b]" "map[a:1 b:2]"' }],
  [
    '{{ index .Values.list -1 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ index .Values.list -1 }}": template: gotpl:1:3: executing "gotpl" at <index .Values.list -1>: error calling index: index out of range: -1',
    },
  ],
  [
    "{{ 'ab' }}",
    {
      err: "error calling tpl: cannot parse template \"{{ 'ab' }}\": template: gotpl:1: malformed character constant: 'ab'",
    },
  ],
  [
    '{{ 1e }}',
    { err: 'error calling tpl: cannot parse template "{{ 1e }}": template: gotpl:1: illegal number syntax: "1e"' },
  ],
  [
    '{{ 0x }}',
    { err: 'error calling tpl: cannot parse template "{{ 0x }}": template: gotpl:1: illegal number syntax: "0x"' },
  ],
  [
    '{{ 1.5e400 }}',
    {
      err: 'error calling tpl: cannot parse template "{{ 1.5e400 }}": template: gotpl:1: illegal number syntax: "1.5e400"',
    },
  ],
  ['{{ "\\n" }}-{{ "\\x41\\101" }}', { out: '\n-AA' }],
  ['{{- if .Values.s -}}\n  yes\n{{- end -}}', { out: 'yes' }],
  [
    '{{ if\n "x }}{{ end }}',
    {
      err: 'error calling tpl: cannot parse template "{{ if\\n \\"x }}{{ end }}": template: gotpl:2: unterminated quoted string in action started at gotpl:1',
    },
  ],
  [
    '{{\n  .Values.s\n',
    {
      err: 'error calling tpl: cannot parse template "{{\\n  .Values.s\\n": template: gotpl:3: unclosed action started at gotpl:1',
    },
  ],
  [
    '{{ .Values.s }}\n{{ if }}',
    {
      err: 'error calling tpl: cannot parse template "{{ .Values.s }}\\n{{ if }}": template: gotpl:2: missing value for if',
    },
  ],
  ['{{ $x := 1 }}{{ with $x }}{{ $x = 2 }}{{ end }}{{ $x }}', { out: '2' }],
  ['{{ range .Values.list }}{{ $y := . }}{{ end }}{{ .Values.s }}', { out: 'str' }],
  [
    '{{ include "probe.name" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ include \\"probe.name\\" }}": template: gotpl:1:3: executing "gotpl" at <include>: wrong number of args for include: want 2 got 1',
    },
  ],
  ['{{ "a" | quote | upper }}', { out: '"A"' }],
  ['{{ .Values.list | len }}', { out: '2' }],
  [
    '{{ and }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ and }}": template: gotpl:1:3: executing "gotpl" at <and>: wrong number of args for and: want at least 1 got 0',
    },
  ],
  ['{{ "x" | and 0 }}|{{ "x" | or 0 }}|{{ 0 | and 1 }}', { out: '0|x|0' }],
  [
    '{{ not 1 2 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ not 1 2 }}": template: gotpl:1:3: executing "gotpl" at <not>: wrong number of args for not: want 1 got 2',
    },
  ],
  ['{{ with .Values.list }}{{ index . 0 }}{{ end }}', { out: 'a' }],
  [
    '{{ .Values.list.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Values.list.x }}": template: gotpl:1:10: executing "gotpl" at <.Values.list.x>: can\'t evaluate field x in type interface {}',
    },
  ],
  [
    '{{ $.Values.s.x }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ $.Values.s.x }}": template: gotpl:1:4: executing "gotpl" at <$.Values.s.x>: can\'t evaluate field x in type interface {}',
    },
  ],
  ['{{ $ := .Values }}{{ $.s }}', { out: 'str' }],
  ['{{ toString 3 }}|{{ toString 1.0 }}|{{ toString true }}', { out: '3|1|true' }],
  ['{{ default .Values.missing .Values.missing }}x', { out: 'x' }],
  [
    '{{ upper (default .Values.missing .Values.missing) }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ upper (default .Values.missing .Values.missing) }}": template: gotpl:1:41: executing "gotpl" at <.Values.missing>: invalid value; expected string',
    },
  ],
  [
    '{{ eq .Values.list .Values.list }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ eq .Values.list .Values.list }}": template: gotpl:1:3: executing "gotpl" at <eq .Values.list .Values.list>: error calling eq: non-comparable type [a b]: []interface {}',
    },
  ],
  [
    '{{ lt 1 2.0 }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ lt 1 2.0 }}": template: gotpl:1:3: executing "gotpl" at <lt 1 2.0>: error calling lt: incompatible types for comparison',
    },
  ],
  ['{{ .Release.Revision | printf "%s" }}', { out: '%!s(int=1)' }],
  [
    '{{ printf "%t|%t|%t" true "x" 3 }}|{{ printf "%q" .Values.m }}|{{ printf "%d" .Values.m }}|{{ printf "x" nil 1 .Values.f }}',
    {
      out: 'true|%!t(string=x)|%!t(int=3)|map["a":%!q(float64=1) "b":%!q(float64=2)]|map[%!d(string=a):%!d(float64=1) %!d(string=b):%!d(float64=2)]|x%!(EXTRA <nil>, int=1, float64=1.5)',
    },
  ],
  ['{{ tpl .Values.s . }}', { out: 'str' }],
  [
    '{{ tpl 3 . }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ tpl 3 . }}": template: gotpl:1:7: executing "gotpl" at <3>: expected string; found 3',
    },
  ],
  [
    '{{ include 3 . }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ include 3 . }}": template: gotpl:1:11: executing "gotpl" at <3>: expected string; found 3',
    },
  ],
  [
    '{{ tpl "{{ define \\"q\\" }}Q{{ end }}" . }}{{ template "q" }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ tpl \\"{{ define \\\\\\"q\\\\\\" }}Q{{ end }}\\" . }}{{ template \\"q\\" }}": template: gotpl:1:54: executing "gotpl" at <{{template "q"}}>: template "q" not defined',
    },
  ],
  ['{{ .Release.constructor }}|{{ .Values.constructor }}|{{ .toString }}|{{ .Values.__proto__ }}', { out: '|||' }],
  [
    '{{ .Chart.constructor }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Chart.constructor }}": template: gotpl:1:9: executing "gotpl" at <.Chart.constructor>: can\'t evaluate field constructor in type interface {}',
    },
  ],
  [
    '{{ .Capabilities.KubeVersion.hasOwnProperty }}',
    {
      err: 'error calling tpl: error during tpl function execution for "{{ .Capabilities.KubeVersion.hasOwnProperty }}": template: gotpl:1:16: executing "gotpl" at <.Capabilities.KubeVersion.hasOwnProperty>: can\'t evaluate field hasOwnProperty in type chartutil.KubeVersion',
    },
  ],
];

describe('tpl matches Helm', () => {
  it.each(helm)('%j', (t, want) => {
    if ('out' in want) {
      expect(run(t)).toBe(want.out);
      return;
    }
    let error: unknown;
    try {
      run(t);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as Error).message).toBe(want.err);
  });
});

describe('tpl outside the supported subset', () => {
  const unsupported: [string, string][] = [
    ['{{ sha256sum "x" }}', 'the function "sha256sum"'],
    ['{{ if false }}{{ sha256sum "x" }}{{ end }}ok{{ .Files }}', '.Files'],
    ['{{ .Chart.Home }}', '.Chart.Home'],
    ['{{ $ }}', 'printing $'],
    ['{{ template "probe.name" .Values }}', 'template "probe.name" with a dot other than'],
    ['{{ include "probe.name" 1 }}', 'include'],
    ['{{ template "probe.name" }}', 'template "probe.name" with a dot other than'],
    ['{{ 1i }}', 'the complex number 1i'],
    ['{{ toYaml .Chart }}', 'passing a struct to toYaml'],
    ['{{ tpl "{{ b64enc \\"x\\" }}" . }}', 'the function "b64enc"'],
  ];
  it.each(unsupported)('%s', (t, construct) => {
    let error: unknown;
    try {
      run(t);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RenderError);
    expect(error).not.toBeInstanceOf(TemplateError);
    const message = (error as Error).message;
    expect(message).toContain(construct);
    expect(message).toContain('outside the template subset');
  });

  it('names the innermost tpl text once', () => {
    expect(() => run('{{ tpl "{{ b64enc \\"x\\" }}" . }}')).toThrow(/\(tpl text "\{\{ b64enc \\"x\\" \}\}"\)$/);
  });

  it('evaluates unsupported functions only when reached', () => {
    expect(run('{{ if false }}{{ sha256sum "x" }}{{ end }}ok')).toBe('ok');
  });
});

describe('tpl and chart helpers', () => {
  it('wraps a failing helper as Helm wraps include errors', () => {
    expect(() => run('{{ include "probe.fail" . }}')).toThrow(
      /^error calling tpl: error during tpl function execution for "\{\{ include \\"probe.fail\\" . \}\}": template: gotpl:1:3: executing "gotpl" at <include "probe.fail" .>: error calling include: nil pointer evaluating interface \{\}.x$/,
    );
  });
});

describe('tpl recursion', () => {
  it('stops nested includes of one name where Helm does (recursionMaxNums)', () => {
    const t = '{{ define "r" }}{{ include "r" . }}{{ end }}{{ include "r" . }}';
    const head =
      'error calling tpl: error during tpl function execution for "{{ define \\"r\\" }}{{ include \\"r\\" . }}{{ end }}{{ include \\"r\\" . }}": ' +
      'template: gotpl:1:47: executing "gotpl" at <include "r" .>: error calling include: ';
    const level = 'template: gotpl:1:19: executing "r" at <include "r" .>: error calling include: ';
    // Helm's message (79371 characters) nests 1001 levels before the limit.
    const want =
      head + level.repeat(1001) + 'rendering template has a nested reference name: r: unable to execute template';
    expect(() => run(t)).toThrow(new TemplateError(want));
  });

  it('reports template recursion deeper than the stack as unsupported', () => {
    expect(() => run('{{ define "r" }}x{{ template "r" . }}{{ end }}{{ template "r" . }}')).toThrow(
      /template recursion this deep is outside the template subset/,
    );
  });
});
