import { stringify } from 'yaml';
import { truthy, type Fn } from './goTemplate';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Helm's functions (Go template built-ins and the Sprig ones) that the chart uses, with Go's semantics. */
export const helmFunctions: Record<string, Fn> = {
  // built-ins
  and: (...args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (...args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
  not: (a) => !truthy(a),
  eq: (a, ...bs) => bs.some((b) => a === b),
  ne: (a, b) => a !== b,
  len: (v) => (Array.isArray(v) || typeof v === 'string' ? v.length : Object.keys(v ?? {}).length),
  printf: (format, ...args) => {
    let i = 0;
    return str(format).replace(/%[svdqv%]/g, (verb) => (verb === '%%' ? '%' : verb === '%q' ? JSON.stringify(str(args[i++])) : str(args[i++])));
  },
  // sprig
  default: (fallback, value) => (truthy(value) ? value : fallback),
  quote: (...args) => args.map((a) => JSON.stringify(str(a))).join(' '),
  toString: (v: unknown) => str(v),
  upper: (v) => str(v).toUpperCase(),
  lower: (v) => str(v).toLowerCase(),
  trunc: (n, v) => str(v).slice(0, Number(n)),
  trimSuffix: (suffix, v) => (str(v).endsWith(str(suffix)) ? str(v).slice(0, -str(suffix).length) : str(v)),
  contains: (needle, haystack) => str(haystack).includes(str(needle)),
  list: (...args) => args,
  required: (message, value) => {
    if (!truthy(value)) throw new Error(str(message));
    return value;
  },
  fail: (message) => {
    throw new Error(str(message));
  },
  index: (collection, ...keys) => keys.reduce((at: any, key) => (at === undefined || at === null ? undefined : at[key as string]), collection),
  b64enc: (v) => Buffer.from(str(v)).toString('base64'),
  // helm
  toYaml: (v) => (v === undefined || v === null ? '' : stringify(v, { lineWidth: 0 }).trimEnd()),
  indent: (n, v) => str(v).split('\n').map((line) => ' '.repeat(Number(n)) + line).join('\n'),
  nindent: (n, v) => '\n' + str(v).split('\n').map((line) => ' '.repeat(Number(n)) + line).join('\n'),
};
