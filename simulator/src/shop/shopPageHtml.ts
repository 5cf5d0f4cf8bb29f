import { escapeAttribute as escape } from '../protocol/toXml';

/** One page of the ticket shop's stand-in: a title, paragraphs and links, all escaped here. */
export interface ShopPageView {
  lang: string;
  title: string;
  paragraphs?: string[];
  /** rows of a simple list, e.g. performances or order lines */
  items?: { text: string; href?: string }[];
  links?: { text: string; href: string; id?: string }[];
}

export function shopPageHtml(view: ShopPageView): string {
  const paragraphs = (view.paragraphs ?? []).map((p) => `<p>${escape(p)}</p>`).join('\n');
  const items = view.items?.length ? `<ul>${view.items.map((i) => `<li>${i.href ? `<a href="${escape(i.href)}">${escape(i.text)}</a>` : escape(i.text)}</li>`).join('')}</ul>` : '';
  const links = (view.links ?? []).map((l) => `<a${l.id ? ` id="${escape(l.id)}"` : ''} href="${escape(l.href)}">${escape(l.text)}</a>`).join(' · ');
  return `<!doctype html>
<html lang="${escape(view.lang)}"><head><meta charset="utf-8"><title>${escape(view.title)}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto}small{color:#666}</style>
</head><body>
<small>SecuTix simulator: the ticket shop's stand-in</small>
<h1>${escape(view.title)}</h1>
${paragraphs}
${items}
<p>${links}</p>
</body></html>`;
}
