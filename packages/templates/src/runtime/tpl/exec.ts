/**
 * The tpl executor: Go 1.23 text/template/exec.go, and runTpl, which parses and
 * runs one text and words its errors as Helm's tplFun does.
 */
import { type GoValue, formatV, getKey, goQuote, isMap, sortedKeys } from '@polyaxon-render/values';
import type { RenderContext } from '../../context.js';
import { TemplateError } from '../template-error.js';
import { FUNCS, type Func, type Param, typeName } from './funcs.js';
import { count, utf8Length } from './lexer.js';
import {
  type Arg,
  type CommandNode,
  type ControlNode,
  type ListNode,
  type Node,
  type PipeNode,
  type VariableNode,
  nodeString,
} from './nodes.js';
import { ParseError, Parser } from './parser.js';
import { GoInt, GoStruct, TplError, type TplValue, Unsupported, isTrue, unsupported } from './values.js';

/** A named template as a TS function of its dot (only the chart's root context is supported as dot). */
export type NamedTemplate = (ctx: RenderContext) => string;
/** Named templates visible to tpl, by `define` name. */
export type TemplateRegistry = ReadonlyMap<string, NamedTemplate>;

class ExecError extends Error {}
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

/** State one tpl call shares with its `template`/`include`/nested `tpl` calls. */
interface Shared {
  readonly templates: TemplateRegistry;
  /** Nesting of named-template executions. */
  readonly depth: number;
  /** Helm's includedNames: how many executions of each name `include` has under way (shared with nested tpl). */
  readonly includedNames: Map<string, number>;
}

/** exec.go maxExecDepth. */
const MAX_EXEC_DEPTH = 100000;
/** engine.go recursionMaxNums. */
const MAX_INCLUDE_NESTING = 1000;

interface Variable {
  readonly name: string;
  value: TplValue;
}

export class Exec {
  out = '';
  private vars: Variable[];
  private at: { pos: number; str: string } | undefined;

  constructor(
    private readonly text: string,
    private readonly templateName: string,
    private readonly defines: ReadonlyMap<string, ListNode>,
    dot: TplValue,
    private readonly shared: Shared,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  private setAt(n: Arg | CommandNode | Node): void {
    this.at = { pos: n.pos, str: nodeString(n) };
  }

  /** state.errorf: "template: gotpl:LINE:COL: executing "NAME" at <NODE>: MSG". */
  errorf(msg: string): never {
    if (!this.at) throw new ExecError(`template: ${this.templateName}: ${msg}`);
    const before = this.text.slice(0, this.at.pos);
    const line = 1 + count(before, '\n');
    const col = utf8Length(before.slice(before.lastIndexOf('\n') + 1));
    throw new ExecError(
      `template: gotpl:${line}:${col}: executing ${goQuote(this.templateName)} at <${this.at.str}>: ${msg}`,
    );
  }

  walk(dot: TplValue, list: ListNode): void {
    for (const node of list.nodes) this.walkNode(dot, node);
  }

  private walkNode(dot: TplValue, node: Node): void {
    this.setAt(node);
    switch (node.kind) {
      case 'text':
        this.out += node.text;
        return;
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const val = this.evalPipeline(dot, node.pipe);
        if (isTrue(val)) this.walk(node.kind === 'with' ? val : dot, node.list);
        else if (node.elseList) this.walk(dot, node.elseList);
        this.vars.length = mark;
        return;
      }
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'template':
        this.walkTemplate(dot, node);
        return;
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'end':
      case 'else':
        return;
    }
  }

  private printValue(n: Node, v: TplValue): void {
    this.setAt(n);
    if (v === undefined || v === null) {
      // Go prints "<no value>"; Helm removes it from tpl's result.
      this.out += '<no value>';
    } else if (v instanceof GoInt) {
      this.out += v.v.toString();
    } else if (v instanceof GoStruct) {
      if (v.options.printed !== undefined) this.out += v.options.printed;
      else if (v.options.value) this.out += formatV(v.options.value());
      else unsupported(`printing ${nodeString(n.kind === 'action' ? n.pipe : n)}`);
    } else {
      this.out += formatV(v);
    }
  }

  private walkRange(dot: TplValue, r: ControlNode): void {
    this.setAt(r);
    const outer = this.vars.length;
    let val = this.evalPipeline(dot, r.pipe);
    if (val instanceof GoInt) this.errorf(`range can't iterate over ${val.v}`);
    if (val instanceof GoStruct) {
      if (!val.options.value) unsupported('range over a struct');
      val = val.options.value();
    }
    const mark = this.vars.length;
    const oneIteration = (index: TplValue, elem: GoValue): boolean => {
      const decl = r.pipe.decl;
      if (decl.length > 0) {
        if (r.pipe.isAssign) this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
        else this.vars[this.vars.length - 1].value = elem;
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem);
        else this.vars[this.vars.length - 2].value = index;
      }
      try {
        this.walk(elem, r.list);
      } catch (e) {
        if (e === BREAK) return false;
        if (e !== CONTINUE) throw e;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    let iterated = false;
    if (Array.isArray(val)) {
      iterated = val.length > 0;
      for (let i = 0; i < val.length; i++) if (!oneIteration(new GoInt(BigInt(i)), val[i])) break;
    } else if (isMap(val)) {
      const keys = sortedKeys(val);
      iterated = keys.length > 0;
      for (const k of keys) if (!oneIteration(k, val[k])) break;
    } else if (val !== undefined && val !== null) {
      // Go 1.23 ranges over neither numbers nor strings.
      this.errorf(`range can't iterate over ${formatV(val)}`);
    }
    if (!iterated && r.elseList) this.walk(dot, r.elseList);
    this.vars.length = outer;
  }

  private walkTemplate(dot: TplValue, t: Extract<Node, { kind: 'template' }>): void {
    this.setAt(t);
    const local = this.defines.get(t.name);
    const global = this.shared.templates.get(t.name);
    if (!local && !global) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.shared.depth >= MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    this.out += this.runNamed(t.name, newDot, 'template');
  }

  /** Executes a named template: a `define` of this tpl text, else the chart's. */
  private runNamed(name: string, dot: TplValue, how: 'template' | 'include'): string {
    const local = this.defines.get(name);
    if (local) {
      const sub = new Exec(this.text, name, this.defines, dot, { ...this.shared, depth: this.shared.depth + 1 });
      sub.walk(dot, local);
      return sub.out;
    }
    const f = this.shared.templates.get(name)!;
    return f(this.rootContext(dot, `${how} ${goQuote(name)}`));
  }

  /** The render context a chart helper needs: only the root value carries one. */
  private rootContext(dot: TplValue, what: string): RenderContext {
    if (dot instanceof GoStruct && dot.options.ctx) return dot.options.ctx;
    return unsupported(`${what} with a dot other than the chart's root context ($)`);
  }

  /** Helm's include (engine.go includeFun), with its limit on nested includes of one name. */
  include(name: string, data: TplValue): string {
    const counts = this.shared.includedNames;
    const active = counts.get(name);
    if (active !== undefined && active > MAX_INCLUDE_NESTING) {
      throw new Error(`rendering template has a nested reference name: ${name}: unable to execute template`);
    }
    counts.set(name, (active ?? 0) + 1);
    try {
      if (!this.defines.has(name) && !this.shared.templates.has(name)) {
        throw new Error(`template: no template ${goQuote(name)} associated with template "gotpl"`);
      }
      return this.runNamed(name, data, 'include');
    } finally {
      counts.set(name, counts.get(name)! - 1);
    }
  }

  nestedTpl(text: string, data: TplValue): string {
    this.rootContext(data, 'tpl');
    return runTpl(text, data, { ...this.shared, depth: this.shared.depth + 1 });
  }

  private setVar(name: string, value: TplValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private varValue(name: string): TplValue {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  /** evalPipeline: a nil interface left by a command becomes an invalid value ("dig down"). */
  private evalPipeline(dot: TplValue, pipe: PipeNode): TplValue {
    this.setAt(pipe);
    let value: TplValue | typeof MISSING = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === null) value = undefined;
    }
    const result = value as TplValue;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], result);
      else this.vars.push({ name: v.ident[0], value: result });
    }
    return result;
  }

  private evalCommand(dot: TplValue, cmd: CommandNode, final: TplValue | typeof MISSING): TplValue {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field':
        this.setAt(first);
        return this.evalFieldChain(dot, dot, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.setAt(first);
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
  }

  /** A number literal as a value; a uint64-only literal fails here, as in Go. */
  private idealConstant(n: Extract<Arg, { kind: 'number' }>): GoInt | number {
    this.setAt(n);
    if (n.value === 'overflow') this.errorf(`${n.text} overflows int`);
    return n.value;
  }

  private notAFunction(args: Arg[], final: TplValue | typeof MISSING): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalVariable(
    dot: TplValue,
    v: VariableNode,
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
  ): TplValue {
    this.setAt(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v.ident.slice(1), args, final);
  }

  private evalChain(
    dot: TplValue,
    chain: Extract<Arg, { kind: 'chain' }>,
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
  ): TplValue {
    this.setAt(chain);
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    // evalArg with no type: an invalid value stays invalid (and its fields are invalid too).
    const pipe = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, pipe, chain.field, args, final);
  }

  private evalFieldChain(
    dot: TplValue,
    receiver: TplValue,
    ident: string[],
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
  ): TplValue {
    let r = receiver;
    for (let i = 0; i < ident.length - 1; i++) r = this.evalField(dot, ident[i], undefined, MISSING, r);
    return this.evalField(dot, ident[ident.length - 1], args, final, r);
  }

  /** state.evalField for the receivers values hold: maps, nil, scalars, and the context structs. */
  private evalField(
    dot: TplValue,
    name: string,
    args: Arg[] | undefined,
    final: TplValue | typeof MISSING,
    receiver: TplValue,
  ): TplValue {
    const hasArgs = (args !== undefined && args.length > 1) || final !== MISSING;
    if (receiver === undefined) return undefined;
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    if (receiver instanceof GoInt) this.errorf(`can't evaluate field ${name} in type int`);
    if (receiver instanceof GoStruct) {
      // Own properties only: `.Chart.constructor` is no field.
      const methods = receiver.options.methods ?? {};
      if (Object.hasOwn(methods, name)) {
        const method = methods[name];
        return this.evalCall(
          dot,
          { params: ['string'], call: ([a]) => method(a as string) },
          name,
          undefined,
          args ?? [],
          final,
        );
      }
      if (Object.hasOwn(receiver.fields, name)) {
        const f = receiver.fields[name];
        if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
        return f();
      }
      if (receiver.options.missingIsNil) {
        if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
        return null;
      }
      this.errorf(`can't evaluate field ${name} in type ${receiver.typeName}`);
    }
    if (isMap(receiver)) {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      return getKey(receiver, name) ?? null;
    }
    this.errorf(`can't evaluate field ${name} in type interface {}`);
  }

  private evalFunction(
    dot: TplValue,
    node: Extract<Arg, { kind: 'identifier' }>,
    cmd: CommandNode | Arg,
    args: Arg[],
    final: TplValue | typeof MISSING,
  ): TplValue {
    this.setAt(node);
    if (node.name === 'and' || node.name === 'or') return this.evalAndOr(dot, node.name, args, final);
    const fn = FUNCS.get(node.name);
    if (!fn) return unsupported(`the function ${goQuote(node.name)}`);
    return this.evalCall(dot, fn, node.name, cmd, args, final);
  }

  /** Go >= 1.18 and/or: evaluate operands lazily, return the deciding one. */
  private evalAndOr(dot: TplValue, name: 'and' | 'or', args: Arg[], final: TplValue | typeof MISSING): TplValue {
    const operands = args.slice(1);
    const numIn = operands.length + (final === MISSING ? 0 : 1);
    if (numIn < 1) this.errorf(`wrong number of args for ${name}: want at least 1 got ${operands.length}`);
    let v: TplValue;
    for (const a of operands) {
      v = this.evalArg(dot, 'value', a);
      if (isTrue(v) === (name === 'or')) return v;
    }
    if (final !== MISSING) v = final;
    return v;
  }

  private evalCall(
    dot: TplValue,
    fn: Func,
    name: string,
    cmd: CommandNode | Arg | undefined,
    allArgs: Arg[],
    final: TplValue | typeof MISSING,
  ): TplValue {
    const args = allArgs.slice(1);
    const numIn = args.length + (final === MISSING ? 0 : 1);
    const numParams = fn.params.length + (fn.variadic ? 1 : 0);
    if (fn.variadic) {
      if (numIn < fn.params.length)
        this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`);
    } else if (numIn !== numParams) {
      this.errorf(`wrong number of args for ${name}: want ${numParams} got ${numIn}`);
    }
    const paramOf = (i: number): Param => (i < fn.params.length ? fn.params[i] : fn.variadic!);
    const argv: TplValue[] = args.map((a, i) => this.evalArg(dot, paramOf(i), a));
    if (final !== MISSING) argv.push(this.validateType(final, paramOf(args.length)));
    try {
      return fn.call(argv, this);
    } catch (e) {
      // RangeError: a runaway recursion, reported by tpl() as unsupported.
      if (e instanceof Unsupported || e instanceof RangeError || !(e instanceof Error)) throw e;
      if (cmd) this.setAt(cmd);
      this.errorf(`error calling ${name}: ${e.message}`);
    }
  }

  /** state.evalArg: literals are checked against the parameter type, computed values validated. */
  private evalArg(dot: TplValue, param: Param, n: Arg): TplValue {
    this.setAt(n);
    switch (n.kind) {
      case 'dot':
        return this.validateType(dot, param);
      case 'nil':
        if (param === 'string') this.errorf('cannot assign nil to string');
        return param === 'value' ? undefined : null;
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n.ident, [n], MISSING), param);
      case 'variable':
        return this.validateType(this.evalVariable(dot, n, undefined, MISSING), param);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), param);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, [n], MISSING), param);
      case 'chain':
        return this.validateType(this.evalChain(dot, n, undefined, MISSING), param);
    }
    if (param === 'string') {
      if (n.kind === 'string') return n.text;
      this.errorf(`expected string; found ${nodeString(n)}`);
    }
    switch (n.kind) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
  }

  /** state.validateType for the three parameter kinds. */
  private validateType(v: TplValue, param: Param): TplValue {
    if (param === 'value') return v;
    if (param === 'any') return v === undefined ? null : v;
    if (typeof v === 'string') return v;
    if (v === undefined) this.errorf('invalid value; expected string');
    if (v === null) this.errorf('wrong type for value; expected string; got interface {}');
    this.errorf(`wrong type for value; expected string; got ${typeName(v)}`);
  }
}

const MISSING = Symbol('missing');

/** Parses and runs one tpl text, wrapping errors as tplFun does. */
export function runTpl(text: string, dot: TplValue, shared: Shared): string {
  let tree: ListNode;
  let parser: Parser;
  try {
    parser = new Parser(text);
    tree = parser.parse();
  } catch (e) {
    if (e instanceof ParseError) throw new TplError(`cannot parse template ${goQuote(text)}: ${e.message}`);
    throw locate(e, text);
  }
  const ex = new Exec(text, 'gotpl', parser.defines, dot, shared);
  try {
    ex.walk(dot, tree);
  } catch (e) {
    // ExecError: this text failed; TemplateError: a chart helper failed inside `template`.
    if (e instanceof ExecError || (e instanceof TemplateError && !(e instanceof Unsupported))) {
      throw new TplError(`error during tpl function execution for ${goQuote(text)}: ${e.message}`);
    }
    throw locate(e, text);
  }
  // tplFun: the same "<no value>" removal as the engine's.
  return ex.out.replaceAll('<no value>', '');
}

/** Names the (innermost) tpl text in an unsupported-construct error. */
export function locate(e: unknown, text: string): unknown {
  if (e instanceof Unsupported && !e.located) {
    e.message = `${e.message} (tpl text ${goQuote(text)})`;
    e.located = true;
  }
  return e;
}
