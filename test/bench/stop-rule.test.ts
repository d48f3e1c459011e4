import { expect } from '@open-wc/testing';
import { timeToLastChange } from '../../bench/stop-rule.js';

// The bench's stop rule: a render ends at its last DOM change, light or shadow, once three frames pass without one.

const later = (ms: number, change: () => void) => new Promise<void>((resolve) => setTimeout(() => (change(), resolve()), ms));

describe('bench: the stop rule', () => {
  let stage: HTMLElement;
  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
  });
  afterEach(() => stage.remove());

  it('stops the clock at the last change, not when the quiet is noticed', async () => {
    let changedAt = 0;
    const started = performance.now();
    const { ms, changes } = await timeToLastChange(stage, () => {
      stage.append('now');
      // A change in the next frame, after the work has returned, still counts: the table is not finished until
      // it stops changing.
      requestAnimationFrame(() => {
        changedAt = performance.now() - started;
        stage.append(' and later');
      });
    });
    const total = performance.now() - started;
    expect(changes).to.equal(2);
    expect(ms).to.be.within(changedAt - 1, changedAt + 20);
    // Three quiet frames are waited for, but not timed.
    expect(total - ms).to.be.at.least(30);
  });

  it('hears changes inside a shadow root attached during the work', async () => {
    const { ms } = await timeToLastChange(stage, async () => {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      stage.append(host);
      await later(40, () => shadow.append('rows'));
    });
    expect(ms).to.be.at.least(35);
  });

  it('hears changes inside a shadow root that was there before', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    stage.append(host);
    const { ms, changes } = await timeToLastChange(stage, () => later(40, () => shadow.append('sorted')));
    expect(changes).to.equal(1);
    expect(ms).to.be.at.least(35);
  });

  it('leaves out changes outside its root', async () => {
    const elsewhere = document.createElement('p');
    document.body.append(elsewhere);
    try {
      const { ms, changes } = await timeToLastChange(stage, () => elsewhere.append('not ours'));
      expect([ms, changes]).to.deep.equal([0, 0]);
    } finally {
      elsewhere.remove();
    }
  });
});
