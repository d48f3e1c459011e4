import { expect } from '@open-wc/testing';
import { openStorage } from '../../src/core/storage.js';

describe('core/storage', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips versioned data and ignores other versions', () => {
    const storage = openStorage();
    expect(storage.write('k', 2, ['a'])).to.be.true;
    expect(storage.read('k', 2)).to.deep.equal(['a']);
    expect(storage.read('k', 1)).to.be.undefined;
    storage.remove('k');
    expect(storage.read('k', 2)).to.be.undefined;
  });

  it('never throws when storage is unavailable', () => {
    const storage = openStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(storage.works()).to.be.false;
    expect(storage.read('k', 1)).to.be.undefined;
    expect(storage.write('k', 1, [])).to.be.false;
    expect(() => storage.remove('k')).to.not.throw();
  });
});
