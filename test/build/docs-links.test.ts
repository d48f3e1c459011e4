import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The README and the docs pages link to each other, to headings (`#anchor`) and to files of the repository
// (screenshots, sources, platform folders). Every relative link must lead somewhere: a page that exists, a
// heading that page has (as GitHub names its anchors), or a file or folder the repository holds. Web
// addresses (https:, mailto:) are not fetched.

interface Link {
  page: string;
  target: string;
}

/** The text with fenced code blocks, inline code and HTML comments blanked out (links there are examples). */
function prose(text: string): string {
  return text
    .replace(/^(```|~~~)[^\n]*\n[^]*?^\1[^\n]*$/gm, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/(`+)[^`\n][^]*?\1/g, 'code');
}

/** Every link target of a page: Markdown links and images, reference definitions, and HTML src and href. */
function linksOf(text: string): string[] {
  const body = prose(text);
  const targets = [
    ...[...body.matchAll(/!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]!),
    ...[...body.matchAll(/^\s*\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((match) => match[1]!),
    ...[...body.matchAll(/<(?:a|img)\b[^>]*?\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!),
  ];
  return targets;
}

/** A heading's anchor as GitHub writes it: the text in lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a page: each heading's slug (repeats numbered -1, -2…, as GitHub does) and HTML ids. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = text.replace(/^(```|~~~)[^\n]*\n[^]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(heading!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const [, id] of withoutFences.matchAll(/<[a-z][^>]*\s(?:id|name)="([^"]+)"/gi)) anchors.add(id!);
  return anchors;
}

/** The repository path a relative link leads to from `page`, or an error saying why it cannot lead anywhere. */
function resolve(page: string, path: string): { path: string } | { error: string } {
  if (path.startsWith('/')) return { error: 'is absolute: write it relative to the page' };
  const parts = page.split('/').slice(0, -1);
  for (const part of decodeURIComponent(path).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { error: 'leaves the repository' };
      parts.pop();
    } else parts.push(part);
  }
  return { path: parts.join('/') };
}

describe('links in the README and the docs', function () {
  this.timeout(20000);
  let pages: Record<string, string>;
  let links: Link[];

  before(async () => {
    pages = (await executeServerCommand('docs-pages')) as Record<string, string>;
    links = Object.entries(pages).flatMap(([page, text]) => linksOf(text).map((target) => ({ page, target })));
  });

  it('reads the README and every page of docs/', () => {
    expect(Object.keys(pages)).to.include.members(['README.md', 'docs/configuration.md', 'docs/clinic-checklist.md']);
    expect(Object.keys(pages).length).to.be.above(10);
    expect(links.length).to.be.above(50);
  });

  it('lead to a page, heading, file or folder that exists', async () => {
    const broken: string[] = [];
    const files = new Map<string, Link[]>();
    for (const link of links) {
      if (/^[a-z][a-z\d+.-]*:/i.test(link.target)) continue; // https:, mailto: and the like
      const hash = link.target.indexOf('#');
      const path = hash < 0 ? link.target : link.target.slice(0, hash);
      const anchor = hash < 0 ? undefined : decodeURIComponent(link.target.slice(hash + 1));
      const resolved = path === '' ? { path: link.page } : resolve(link.page, path);
      if ('error' in resolved) {
        broken.push(`${link.page}: ${link.target} ${resolved.error}`);
        continue;
      }
      const target = resolved.path;
      if (target in pages) {
        if (anchor !== undefined && !anchorsOf(pages[target]!).has(anchor)) broken.push(`${link.page}: ${link.target}: ${target} has no heading #${anchor}`);
        continue;
      }
      if (anchor !== undefined) broken.push(`${link.page}: ${link.target}: an anchor into ${target}, which is not a page of the docs`);
      files.set(target, [...(files.get(target) ?? []), link]);
    }
    const exists = (await executeServerCommand('repo-paths', { paths: [...files.keys()] })) as Record<string, boolean>;
    for (const [path, from] of files) {
      if (!exists[path]) broken.push(...from.map((link) => `${link.page}: ${link.target}: the repository has no ${path}`));
    }
    expect(broken).to.deep.equal([]);
  });

  it('reach every page of docs/ from the README', () => {
    const linked = new Set(
      linksOf(pages['README.md']!)
        .map((target) => resolve('README.md', target.split('#')[0]!))
        .flatMap((resolved) => ('path' in resolved ? [resolved.path] : [])),
    );
    expect(Object.keys(pages).filter((page) => page !== 'README.md' && !linked.has(page))).to.deep.equal([]);
  });
});

describe('the link checker itself', () => {
  it('names anchors as GitHub does', () => {
    expect(slug('`<smp-clinic-checklist>`')).to.equal('smp-clinic-checklist');
    expect(slug('Loading a config from a URL (`src`)')).to.equal('loading-a-config-from-a-url-src');
    expect(slug("Pre-rendering: widgets in the page's HTML")).to.equal('pre-rendering-widgets-in-the-pages-html');
    expect([...anchorsOf('# Events\n\n## Events\n\n```md\n# Not a heading\n```\n')]).to.deep.equal(['events', 'events-1']);
  });

  it('finds links in prose, not in code', () => {
    const text = 'See [a](a.md#b) and ![c](../c.png).\n\n[d]: d.md\n\n<img src="e.png">\n\n`[x](x.md)`\n\n```md\n[y](y.md)\n```\n';
    expect(linksOf(text)).to.deep.equal(['a.md#b', '../c.png', 'd.md', 'e.png']);
  });

  it('resolves a link from its page, and refuses one that leaves the repository', () => {
    expect(resolve('docs/theming.md', '../demo/screenshots/checklist.png')).to.deep.equal({ path: 'demo/screenshots/checklist.png' });
    expect(resolve('README.md', 'docs/theming.md')).to.deep.equal({ path: 'docs/theming.md' });
    expect(resolve('docs/theming.md', '../../outside.md')).to.have.property('error');
  });
});
