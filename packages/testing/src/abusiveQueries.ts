/**
 * Small documents that cost a naive server exponential work: each fragment spreads the next one
 * twice, so `levels` fragments expand to 2^levels selections while the text stays about 45 bytes
 * a level (24 levels: about 1.1 KB).
 */
export function fragmentDiamond(levels: number, options: { typeName?: string; root?: string } = {}): string {
  const typeName = options.typeName ?? 'Product';
  const root = options.root ?? `product(id: "1")`;
  const fragments: string[] = [];
  for (let i = 0; i < levels; i++) fragments.push(`fragment F${i} on ${typeName} { id ...F${i + 1} ...F${i + 1} }`);
  fragments.push(`fragment F${levels} on ${typeName} { id }`);
  return `{ ${root} { ...F0 } }\n${fragments.join('\n')}`;
}
