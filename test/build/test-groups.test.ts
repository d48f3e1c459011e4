import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The tests run in groups (TEST_GROUPS in web-test-runner.config.mjs): a test file in no group would never
// run, and one in two groups would run twice.

describe('test groups', () => {
  it('hold every test file exactly once', async () => {
    const groups = (await executeServerCommand('test-groups')) as Record<string, string[]>;
    expect(Object.keys(groups).length).to.be.above(40);
    const misplaced = Object.entries(groups).filter(([, names]) => names.length !== 1).map(([file, names]) => `${file}: ${names.join(', ') || 'no group'}`);
    expect(misplaced).to.deep.equal([]);
  });
});
