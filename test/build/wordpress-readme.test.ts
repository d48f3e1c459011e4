import { expect } from '@open-wc/testing';

// The WordPress plugin's readme.txt, as the plugin directory and its Plugin Check read it.

describe('the WordPress plugin’s readme', () => {
  let readme: string;
  before(async () => {
    readme = await (await fetch('/platforms/wordpress/smp-clinic-widgets/readme.txt')).text();
  });
  const header = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(readme)?.[1];

  it('names as tested the newest WordPress the tests run (6.7-alpha), and the range it was tested on', () => {
    expect(header('Tested up to')).to.equal('6.7');
    expect(readme).to.include('6.1.9').and.include('6.5.5').and.include('6.7-alpha');
    expect(header('Requires PHP')).to.equal('7.4');
  });

  it('has a short description the directory shows whole (at most 150 characters)', () => {
    const short = readme.split('\n\n')[1]!.trim();
    expect(short).to.match(/^Blocks and shortcodes/);
    expect(short.length).to.be.at.most(150);
  });

  it('says where the source of its minified scripts is: in the plugin, and how to build it', () => {
    expect(readme).to.match(/== Description ==[^]*Source code[^]*source\/ folder[^]*npx rollup -c/);
  });
});
