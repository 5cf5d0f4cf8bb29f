/**
 * Go's text/template, the part Helm charts use: actions with `{{-`/`-}}` trimming and comments,
 * pipelines, variables (`$`, `$x :=`, `$k, $v := range`), if/else if/else, range (maps in key
 * order, as Go does), with, define/include. Functions come from the caller (see helmFunctions).
 * It exists because no Helm binary installs on the machines this project has (Debian has no helm
 * package, and only the npm registry and Debian's archive are reachable): deploy:check prefers a
 * real `helm` whenever one is on the PATH. Anything outside this subset is an error, never
 * silently rendered.
 */
export type Fn = (...args: unknown[]) => unknown;
type Scope = { dot: unknown; vars: Map<string, unknown> };
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Pipe }
  | { kind: 'if' | 'with'; pipe: Pipe; then: Node[]; else: Node[] }
  | { kind: 'range'; pipe: Pipe; body: Node[]; else: Node[] };
interface Pipe {
  decl: string[];
  cmds: Arg[][];
}
type Arg = { t: 'str' | 'num' | 'bool' | 'nil'; v: unknown } | { t: 'field'; base: string | null; path: string[] } | { t: 'fn'; name: string } | { t: 'pipe'; pipe: Pipe };

export class GoTemplates {
  private readonly defines = new Map<string, Node[]>();

  constructor(private readonly fns: Record<string, Fn>) {
    this.fns.include = (name, data) => this.execute(String(name), data);
  }

  /** parses a file: its `define`s become available to `include`; returns the file's own template */
  add(source: string, file: string): Node[] {
    return new Parser(tokenize(source, file), file, this.defines).parseAll();
  }

  execute(name: string, data: unknown): string {
    const nodes = this.defines.get(name);
    if (!nodes) throw new Error(`template "${name}" is not defined`);
    return this.run(nodes, { dot: data, vars: new Map([['$', data]]) });
  }

  render(nodes: Node[], data: unknown): string {
    return this.run(nodes, { dot: data, vars: new Map([['$', data]]) });
  }

  private run(nodes: Node[], scope: Scope): string {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.text;
      else if (node.kind === 'action') {
        const value = this.pipe(node.pipe, scope);
        if (node.pipe.decl.length === 0) out += printValue(value);
      } else if (node.kind === 'if') out += this.run(truthy(this.pipe(node.pipe, scope)) ? node.then : node.else, scope);
      else if (node.kind === 'with') {
        const value = this.pipe(node.pipe, scope);
        out += truthy(value) ? this.run(node.then, { ...scope, dot: value }) : this.run(node.else, scope);
      } else if (node.kind === 'range') {
        const value = this.evalCmds(node.pipe.cmds, scope);
        const entries: [unknown, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : value && typeof value === 'object' ? Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]) : [];
        if (entries.length === 0) out += this.run(node.else, scope);
        for (const [key, item] of entries) {
          const vars = new Map(scope.vars);
          if (node.pipe.decl.length === 1) vars.set(node.pipe.decl[0], item);
          if (node.pipe.decl.length === 2) vars.set(node.pipe.decl[0], key).set(node.pipe.decl[1], item);
          out += this.run(node.body, { dot: item, vars });
        }
      }
    }
    return out;
  }

  private pipe(pipe: Pipe, scope: Scope): unknown {
    const value = this.evalCmds(pipe.cmds, scope);
    for (const name of pipe.decl) scope.vars.set(name, value);
    return value;
  }

  private evalCmds(cmds: Arg[][], scope: Scope): unknown {
    let previous: unknown[] = [];
    for (const cmd of cmds) previous = [this.command(cmd, scope, previous)];
    return previous[0];
  }

  private command(cmd: Arg[], scope: Scope, piped: unknown[]): unknown {
    const [head, ...rest] = cmd;
    if (head.t === 'fn') {
      const fn = this.fns[head.name];
      if (!fn) throw new Error(`function "${head.name}" is not supported`);
      return fn(...rest.map((a) => this.arg(a, scope)), ...piped);
    }
    if (rest.length > 0 || piped.length > 0) throw new Error('only a function can take arguments');
    return this.arg(head, scope);
  }

  private arg(arg: Arg, scope: Scope): unknown {
    if (arg.t === 'pipe') return this.evalCmds(arg.pipe.cmds, scope);
    if (arg.t === 'fn') return this.command([arg], scope, []);
    if (arg.t !== 'field') return arg.v;
    let value: unknown = arg.base === null ? scope.dot : scope.vars.get(arg.base);
    if (arg.base !== null && !scope.vars.has(arg.base)) throw new Error(`undefined variable ${arg.base}`);
    for (const key of arg.path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return value;
  }
}

export function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function printValue(value: unknown): string {
  if (value === undefined || value === null) return '<no value>';
  if (typeof value === 'object') throw new Error('printing a map or list needs toYaml');
  return String(value);
}

type Token = { kind: 'text'; text: string } | { kind: 'action'; src: string; at: string };

function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let trimNext = false;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    let text = source.slice(pos, open === -1 ? undefined : open);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (open === -1) {
      tokens.push({ kind: 'text', text });
      break;
    }
    const close = source.indexOf('}}', open);
    if (close === -1) throw new Error(`${file}: unclosed action`);
    let src = source.slice(open + 2, close);
    if (src.startsWith('-')) {
      text = text.replace(/\s+$/, '');
      src = src.slice(1);
    }
    trimNext = src.endsWith('-');
    if (trimNext) src = src.slice(0, -1);
    tokens.push({ kind: 'text', text });
    const line = source.slice(0, open).split('\n').length;
    if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(src)) tokens.push({ kind: 'action', src: src.trim(), at: `${file}:${line}` });
    pos = close + 2;
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
    private readonly defines: Map<string, Node[]>,
  ) {}

  parseAll(): Node[] {
    const { nodes, end } = this.parseList();
    if (end) throw new Error(`${this.file}: unexpected {{${end}}}`);
    return nodes;
  }

  /** nodes up to an `end`, `else` or `else if`, which is returned */
  private parseList(): { nodes: Node[]; end?: string } {
    const nodes: Node[] = [];
    while (this.i < this.tokens.length) {
      const token = this.tokens[this.i++];
      if (token.kind === 'text') {
        if (token.text) nodes.push({ kind: 'text', text: token.text });
        continue;
      }
      const [word] = token.src.split(/\s+/, 1);
      try {
        if (word === 'end' || word === 'else') return { nodes, end: token.src };
        if (word === 'if' || word === 'with' || word === 'range') nodes.push(this.block(word, token.src.slice(word.length)));
        else if (word === 'define') {
          const name = JSON.parse(token.src.slice(6).trim()) as string;
          const body = this.parseList();
          if (body.end !== 'end') throw new Error('define without end');
          this.defines.set(name, body.nodes);
        } else if (word === 'template' || word === 'block') throw new Error(`"${word}" is not supported: use include`);
        else nodes.push({ kind: 'action', pipe: parsePipe(token.src) });
      } catch (err) {
        throw new Error(`${token.at}: ${(err as Error).message}`);
      }
    }
    return { nodes };
  }

  private block(kind: 'if' | 'with' | 'range', src: string): Node {
    const pipe = parsePipe(src);
    const body = this.parseList();
    let elseNodes: Node[] = [];
    if (body.end?.startsWith('else')) {
      const rest = body.end.slice(4).trim();
      if (rest.startsWith('if ')) elseNodes = [this.block('if', rest.slice(2))];
      else {
        const tail = this.parseList();
        if (tail.end !== 'end') throw new Error(`${kind} else without end`);
        elseNodes = tail.nodes;
      }
    } else if (body.end !== 'end') throw new Error(`${kind} without end`);
    if (kind === 'range') return { kind, pipe, body: body.nodes, else: elseNodes };
    return { kind, pipe, then: body.nodes, else: elseNodes };
  }
}

function parsePipe(src: string): Pipe {
  const decl = /^\s*(\$\w*)\s*(?:,\s*(\$\w+)\s*)?:=/.exec(src);
  const body = decl ? src.slice(decl[0].length) : src;
  return { decl: decl ? [decl[1], decl[2]].filter((d): d is string => d !== undefined) : [], cmds: splitTop(body, '|').map(parseCommand) };
}

function parseCommand(src: string): Arg[] {
  const args: Arg[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\((?:[^()"]|"(?:[^"\\]|\\.)*"|\((?:[^()"]|"(?:[^"\\]|\\.)*")*\))*\)|[^\s()]+)/gy;
  let match: RegExpExecArray | null;
  while ((match = re.exec(src)) !== null && match[1] !== undefined) args.push(parseArg(match[1]));
  if (src.slice(re.lastIndex).trim() !== '' && args.length === 0) throw new Error(`cannot read "${src}"`);
  if (args.length === 0) throw new Error('empty command');
  return args;
}

function parseArg(word: string): Arg {
  if (word.startsWith('"')) return { t: 'str', v: JSON.parse(word) };
  if (word.startsWith('`')) return { t: 'str', v: word.slice(1, -1) };
  if (word.startsWith('(')) return { t: 'pipe', pipe: parsePipe(word.slice(1, -1)) };
  if (/^-?\d+(\.\d+)?$/.test(word)) return { t: 'num', v: Number(word) };
  if (word === 'true' || word === 'false') return { t: 'bool', v: word === 'true' };
  if (word === 'nil') return { t: 'nil', v: null };
  if (word === '.') return { t: 'field', base: null, path: [] };
  if (word.startsWith('.')) return { t: 'field', base: null, path: word.slice(1).split('.') };
  if (word.startsWith('$')) {
    const [base, ...path] = word.split('.');
    return { t: 'field', base, path };
  }
  if (/^\w+$/.test(word)) return { t: 'fn', name: word };
  throw new Error(`cannot read "${word}"`);
}

/** splits on `sep` outside strings and parentheses */
function splitTop(src: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === sep && depth === 0) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}
