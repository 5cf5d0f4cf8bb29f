import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { codeOf, isSource, isTest, repoFiles, ROOT, textOf } from './sourceTree';

/**
 * One definition of each rule (issue 12): `grep` finds the rules of who may call, of SecuTix ids
 * and languages, of SecuTix's refusals as userErrors, and SecuTix's addresses, each in one place.
 * Each rule names its owner and the tell-tale code of a second definition; the test fails when a
 * tell appears anywhere else, and when an owner no longer shows its own tell (a rule that moved
 * must take its check along).
 *
 * Scanned: the code (comments left out) of apps, packages, tools and the simulator, never tests,
 * which pin values literally on purpose. The simulator plays SecuTix, whose own rules it keeps on
 * its side of the wire: only SecuTix's addresses, which it reads from the contract as the client
 * does, are checked there. The sample shop's browser code (apps/shop/web) is a client of the API:
 * which language it shows its own texts in is its choice, not the API's rule.
 */
interface Rule {
  rule: string;
  /** files or folders (ending in `/`) where the rule is written */
  owners: string[];
  /** code that defines (part of) the rule */
  tells: RegExp[];
  /** the simulator is checked too */
  simulator?: true;
  /** only these folders are checked (the tools that configure the product name its variables) */
  within?: string[];
}

const RULES: Rule[] = [
  {
    rule: 'the SecuTix id rule',
    owners: ['packages/domain-rules/src/caller/secutixId.ts'],
    tells: [
      /\\d\{[01],(1[5-9]|[2-9]\d)\}/, // a run of digits as long as an id
      /function\s+(parse|is|require)\w*(SecutixId|ContactNumber)\b/,
    ],
  },
  {
    rule: 'id checked by hand',
    owners: [],
    tells: [/\/\^\\d\+\$\/\.test\(\s*[\w.]*(id|Id|ID|Number)\s*\)/],
  },
  {
    rule: 'the language rule',
    owners: ['packages/language/src/'],
    tells: [
      /from ['"]negotiator['"]/, // Accept-Language negotiated
      /\[a-z\]\{2,3\}/i, // what a language is
    ],
  },
  {
    // the language rule's own primaryLanguage (en-GB → en) is the one place a tag is cut
    rule: 'language tag cut down by hand',
    owners: ['packages/language/src/language.ts'],
    tells: [/\.slice\(0,\s*2\)\.toLowerCase\(\)|\.split\(['"][-_]['"]\)\[0\]/],
  },
  {
    rule: 'a language chosen by default',
    owners: ['packages/language/src/', 'packages/domain-rules/src/caller/langArgument.ts', 'packages/errors/src/messages/'],
    tells: [/(\?\?|\|\|)\s*['"](fr|en|de)['"]/, /mainLanguage:\s*['"](fr|en|de)['"]/],
  },
  {
    rule: '"must be logged in"',
    // and the words of its error code in each language
    owners: ['packages/domain-rules/src/caller/requireCaller.ts', 'packages/errors/src/messages/'],
    tells: [
      /codedError\(\s*['"]UNAUTHENTICATED['"]/,
      /['"`][^'"`\n]*\b(log in to|must be logged in|not logged in|login required)\b/i,
      /if\s*\(\s*!\s*(\w+\.)*identity\.(contactNumber|guestContactNumber|operator)\s*\)/,
    ],
  },
  {
    rule: "SecuTix's refusals as userErrors",
    owners: ['packages/errors/src/userErrors/secutixRefusals.ts'],
    tells: [
      /['"]error\.[\w.]+['"]\s*:\s*['"][A-Z][A-Z_]+/, // a table from SecuTix's status to our code
      /instanceof\s+SecutixError\s*&&\s*\w+\.kind\s*===\s*['"]BUSINESS['"]/, // what a refusal is
    ],
  },
  {
    rule: 'SecuTix refusal read by hand (businessRefusal reads them)',
    owners: [],
    tells: [/\.statusCode\s*[!=]==?\s*['"]error\./],
  },
  {
    rule: "SecuTix's service addresses",
    owners: ['packages/secutix-contract/src/paths.ts'],
    tells: [/external-remoting/, /backend-apis/],
    simulator: true,
  },
  {
    rule: 'the SecuTix contract table',
    // the table, and the reference pages it is checked against (conformance.test.ts)
    owners: ['packages/secutix-contract/src/'],
    tells: [/\bsoapPackage\s*:\s*['"`]/, /\bjsonName\s*:\s*['"`]/, /\bnamespace\s*:\s*['"`]http/],
    simulator: true,
  },
  {
    rule: "the ticket shop's address",
    owners: ['packages/secutix-contract/src/ticketShop.ts'],
    tells: [/shop\.secutix\.com/, /\/api\/1\/redirect/],
    simulator: true,
  },
  {
    rule: 'the settings of SecuTix addresses',
    owners: ['packages/secutix-runtime/src/secutixConfig.ts', 'packages/secutix-runtime/src/ticketShop.ts'],
    tells: [/['"]SECUTIX_BASE_URL['"]/, /['"]TICKET_SHOP_URL['"]/],
    within: ['apps/', 'packages/'],
  },
];

const owns = (owners: string[], file: string) => owners.some((o) => (o.endsWith('/') ? file.startsWith(o) : file === o));
const scanned = (rule: Rule, file: string) =>
  !file.startsWith('apps/shop/web/') && (rule.simulator || !file.startsWith('simulator/')) && (!rule.within || rule.within.some((w) => file.startsWith(w)));

describe('one definition of each rule', () => {
  const files = repoFiles().filter((f) => isSource(f) && !isTest(f) && /^(apps|packages|tools|simulator)\//.test(f));
  const code = new Map(files.map((f) => [f, codeOf(f)]));

  const elsewhere = (rule: Rule) =>
    files
      .filter((f) => scanned(rule, f) && !owns(rule.owners, f))
      .flatMap((f) => rule.tells.flatMap((tell) => (tell.exec(code.get(f)!) ? [`${f}: ${tell.exec(code.get(f)!)![0]}`] : [])));

  it.each(RULES.filter((r) => r.owners.length > 0).map((r) => [r.rule, r] as const))('%s is written in one place', (_name, rule) => {
    expect(elsewhere(rule)).toEqual([]);
  });

  it.each(RULES.filter((r) => r.owners.length === 0).map((r) => [r.rule, r] as const))('has no %s', (_name, rule) => {
    expect(elsewhere(rule)).toEqual([]);
  });

  it.each(RULES.filter((r) => r.owners.length > 0).map((r) => [r.rule, r] as const))('%s shows its tell-tale code in its owner', (_name, rule) => {
    const ownCode = files.filter((f) => owns(rule.owners, f)).map((f) => code.get(f)!);
    for (const tell of rule.tells) expect({ tell: String(tell), found: ownCode.some((c) => tell.test(c)) }).toEqual({ tell: String(tell), found: true });
  });
});

/**
 * What the project knows of SecuTix is in docs/secutix/ (issue 12): no file cites a document
 * outside the repository (the team's shared folder beside it, its API notes, its seeds, a toolchain
 * note), and every repository document a file cites exists.
 */
describe('citations', () => {
  const THIS_FOLDER = 'tools/lint/';
  const texts = repoFiles().filter((f) => !f.startsWith(THIS_FOLDER) && f !== 'package-lock.json' && /\.(ts|tsx|mts|js|mjs|md|graphql|ya?ml|sh|json)$|(^|\/)Dockerfile$/.test(f));
  // the two names are spelled in parts: this detector must not itself read as a citation to a
  // plain text search of the repository
  const OUTSIDE = [new RegExp(['\\.\\.', '\\/', 'shared\\b'].join('')), new RegExp(['API', 'NOTES'].join('-')), /notes document/i, /\bthe notes\b/i, /(^|[^\w.-])seeds?\//, /\bseeds?'? ?0\d\d\b/i, /\bseeds'/i, /TOOLCHAIN\.md/, /§\s?\d/];

  it('cites no document outside the repository', () => {
    const cited = texts.flatMap((f) => {
      const text = textOf(f);
      return OUTSIDE.flatMap((p) => (p.test(text) ? [`${f}: ${p.exec(text)![0].trim()}`] : []));
    });
    expect(cited).toEqual([]);
  });

  it('cites only repository documents that exist', () => {
    const PATH = /\b((?:apps|packages|simulator|tools|docs|deploy)\/[\w./-]*?[\w-]+\.md)\b/g;
    const missing = texts.flatMap((f) => [...textOf(f).matchAll(PATH)].map((m) => m[1]).filter((p) => !existsSync(join(ROOT, p))).map((p) => `${f}: ${p}`));
    expect(missing).toEqual([]);
  });
});
