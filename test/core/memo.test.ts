import { expect } from '@open-wc/testing';
import { lastResult, madeOnce, rememberUpTo } from '../../src/core/memo.js';

// Remembered results: what a render may reuse, what a page asks for again and again.

describe('core: remembered results', () => {
  it('works a value out again only when an argument changes', () => {
    let calls = 0;
    const double = lastResult((n: number) => (calls++, n * 2));
    expect([double(2), double(2), double(3), double(2)]).to.deep.equal([4, 4, 6, 4]);
    expect(calls).to.equal(3);
  });

  it('makes one value per key', () => {
    let calls = 0;
    const upper = madeOnce((text: string) => (calls++, text.toUpperCase()));
    expect([upper('a'), upper('b'), upper('a')]).to.deep.equal(['A', 'B', 'A']);
    expect(calls).to.equal(2);
  });

  it('keeps up to so many values, then starts again empty rather than growing for good', () => {
    const made: string[] = [];
    const remember = rememberUpTo<string>(3);
    const ask = (key: string) => remember(key, () => (made.push(key), `value of ${key}`));
    expect(['a', 'b', 'a', 'c', 'b'].map(ask)).to.deep.equal(['value of a', 'value of b', 'value of a', 'value of c', 'value of b']);
    expect(made).to.deep.equal(['a', 'b', 'c']);
    ask('d');
    ask('a');
    expect(made).to.deep.equal(['a', 'b', 'c', 'd', 'a']);
  });
});
