import { expect } from '@open-wc/testing';
import { fill, pickLocale, stringsFor } from '../../src/core/strings.js';
import { spellFor } from '../shared/spelling.js';
import { VERSION } from '../../src/core/version.js';

describe('core/strings', () => {
  it('falls back to British English for unsupported locales', () => {
    expect(pickLocale('en-US')).to.equal('en-US');
    expect(pickLocale('EN-us')).to.equal('en-US');
    expect(pickLocale('pt-BR')).to.equal('en-GB');
    expect(pickLocale('fr-FR')).to.equal('fr');
    expect(pickLocale('en-AU')).to.equal('en-GB');
    expect(pickLocale(null)).to.equal('en-GB');
  });

  it('layers locale strings, then site overrides', () => {
    const table = { 'en-GB': { a: 'colour', b: 'tick' }, 'en-US': { a: 'color' } };
    expect(stringsFor(table, 'en-US', { b: 'mark' })).to.deep.equal({ a: 'color', b: 'mark' });
    expect(stringsFor(table, 'en-GB', undefined)).to.deep.equal({ a: 'colour', b: 'tick' });
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{checked} of {total} checked', { checked: 5, total: 12 })).to.equal('5 of 12 checked');
    expect(fill('{missing}', {})).to.equal('{missing}');
  });

  it('gives US spelling of built-in text, keeping capitals', () => {
    expect(spellFor('en-US', 'Colour and discolouration are honoured')).to.equal('Color and discoloration are honored');
    expect(spellFor('en-GB', 'colour')).to.equal('colour');
    expect(spellFor('en-US', 'Grey, centred and labelled whilst organisation ticks top-ups')).to.equal('Gray, centered and labeled while organization checks touch-ups');
    expect(spellFor('en-US', 'Centres practise: analysed, recognising favourite behaviours')).to.equal('Centers practice: analyzed, recognizing favorite behaviors');
  });
});

describe('core/version', () => {
  it('matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
