import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The sizes in the README and the docs pages are the build's: each figure between `<!-- size:<key> -->` and
// `<!-- /size -->` is what scripts/doc-sizes.mjs works out from dist/ and a release, to the figure's own
// rounding. When this fails, `node scripts/doc-sizes.mjs` (or `npm run sizes`) writes them again.

interface Figure {
  page: string;
  key: string;
  value: string;
}

describe('the size figures of the README and the docs', function () {
  this.timeout(60000);

  it('are those of the build: every file, the page totals and the release zip', async () => {
    const { pages, build } = (await executeServerCommand('doc-sizes')) as { pages: Figure[]; build: Record<string, string> };
    const wrong = pages.filter(({ key, value }) => build[key] !== value).map(({ page, key, value }) => `${page}, ${key}: the page says ${value}, the build ${build[key] ?? 'has no such figure'}`);
    expect(wrong, 'run `node scripts/doc-sizes.mjs`').to.deep.equal([]);
    // Every figure the script works out is on some page.
    expect(Object.keys(build).filter((key) => !pages.some((figure) => figure.key === key))).to.deep.equal([]);
    // The files' table is on the embedding page, and the README gives the one-checklist page's total.
    expect(pages.filter(({ page }) => page === 'docs/embedding.md').length).to.be.above(10);
    expect(pages.find(({ page, key }) => page === 'README.md' && key === 'page-checklist')?.value).to.match(/^\d+\.\d KB gzip$/);
  });
});
