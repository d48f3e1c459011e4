import { expect } from '@open-wc/testing';
import { readShare, shareFragment, shareKey } from '../../../src/clinic-checklist/shortlist/shortlist.share.js';

describe('shortlist share links', () => {
  const ids = ['a', 'b', 'c'];
  const list = { clinics: [{ name: 'Clínica Ñ “one”', checked: ['a', 'c'], note: 'Private thought' }, { name: 'B', checked: [], note: '' }] };

  it('carries the clinics and ticks in the fragment, under the checklist’s own key, notes only when asked', () => {
    const fragment = shareFragment('list-1', list, false);
    expect(fragment.startsWith(`#${shareKey('list-1')}`)).to.be.true;
    // Safe in an address as it is: base64url, no padding.
    expect(fragment.slice(shareKey('list-1').length + 1)).to.match(/^[\w-]+$/);
    expect(readShare(fragment, 'list-1', ids)).to.deep.equal({ clinics: list.clinics.map((clinic) => ({ ...clinic, note: '' })) });
    expect(readShare(shareFragment('list-1', list, true), 'list-1', ids)).to.deep.equal(list);
  });

  it('reads back only its own checklist’s fragment, checked like stored state', () => {
    expect(readShare(shareFragment('list-2', list, false), 'list-1', ids)).to.be.undefined;
    expect(readShare(`#${shareKey('list-1')}%%%not-base64`, 'list-1', ids)).to.be.undefined;
    expect(readShare('#list-1/guide', 'list-1', ids)).to.be.undefined;
    // Ticks of items no longer in the list are dropped.
    expect(readShare(shareFragment('list-1', list, false), 'list-1', ['c'])!.clinics[0]!.checked).to.deep.equal(['c']);
  });

  it('ignores a fragment of another version', () => {
    const clinics = [{ name: 'B', checked: ['a'], note: '' }];
    const fragment = (version: number) => `#${shareKey('list-1')}${btoa(JSON.stringify({ version, clinics })).replace(/=+$/, '')}`;
    expect(readShare(fragment(1), 'list-1', ids)).to.deep.equal({ clinics });
    expect(readShare(fragment(2), 'list-1', ids)).to.be.undefined;
  });
});
