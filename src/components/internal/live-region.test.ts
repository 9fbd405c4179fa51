import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LiveRegionController } from './live-region.js';

/** A host that counts update requests and lets a test disconnect its controllers. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void host.updates++,
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LiveRegionController', () => {
  it('says words now, and the same words again with a changed (unpronounced) text', () => {
    const host = fakeHost();
    const live = new LiveRegionController(host);
    live.say('3 résultats disponibles');
    expect(live.text).to.equal('3 résultats disponibles');
    live.say('3 résultats disponibles');
    expect(live.text).to.equal('3 résultats disponibles\u00a0');
    live.say('3 résultats disponibles');
    expect(live.text).to.equal('3 résultats disponibles');
    expect(host.updates).to.equal(3);
  });

  it('says later what is true when the pause ends; a new call restarts the wait', async () => {
    const live = new LiveRegionController(fakeHost());
    let count = 1;
    live.sayLater(() => `${count} résultat`, 40);
    await sleep(20);
    count = 2;
    live.sayLater(() => `${count} résultats`, 40);
    expect(live.pending).to.equal(true);
    await sleep(30);
    expect(live.text).to.equal('');
    await sleep(30);
    expect(live.text).to.equal('2 résultats');
    expect(live.pending).to.equal(false);
  });

  it('clears the region and what was waiting; says nothing once the host has left the page', async () => {
    const host = fakeHost();
    const live = new LiveRegionController(host);
    live.say('1 résultat');
    live.sayLater(() => 'trop tard', 10);
    live.clear();
    await sleep(30);
    expect(live.text).to.equal('');
    live.sayLater(() => 'trop tard', 10);
    host.disconnect();
    await sleep(30);
    expect(live.text).to.equal('');
  });
});
