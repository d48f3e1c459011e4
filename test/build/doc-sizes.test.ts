import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The README's sizes are the build's: each figure between `<!-- size:<key> -->` and `<!-- /size -->` is what
// scripts/readme-sizes.mjs works out from dist/ and a release, to the figure's own rounding. When this fails,
// `node scripts/readme-sizes.mjs` (or `npm run release`) writes them again.

describe('the README’s size figures', function () {
  this.timeout(60000);

  it('are those of the build: every file, the page totals and the release zip', async () => {
    const { readme, build } = (await executeServerCommand('readme-sizes')) as { readme: { key: string; value: string }[]; build: Record<string, string> };
    const wrong = readme.filter(({ key, value }) => build[key] !== value).map(({ key, value }) => `${key}: the README says ${value}, the build ${build[key] ?? 'has no such figure'}`);
    expect(wrong, 'run `node scripts/readme-sizes.mjs`').to.deep.equal([]);
    // Every figure the script works out is in the README.
    expect(Object.keys(build).filter((key) => !readme.some((figure) => figure.key === key))).to.deep.equal([]);
    expect(readme.find(({ key }) => key === 'page-checklist')!.value).to.match(/^\d+\.\d KB gzip$/);
  });
});
