import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('test infrastructure', () => {
  it('serves the mock feed endpoint and counts hits', async () => {
    await fetch('/mock/reset?key=smoke', { method: 'POST' });
    const res = await fetch('/mock/feed?key=smoke');
    expect(res.status).to.equal(200);
    const hits = await (await fetch('/mock/hits?key=smoke')).json();
    expect(hits.hits).to.equal(1);
  });

  it('validates JSON against a schema in Node with Ajv', async () => {
    const result = await executeServerCommand<{ valid: boolean }, unknown>('validate-json-schema', {
      schema: 'test/fixtures/jsonfeed/schema-v1.1.strict.json',
      data: { version: 'nope' },
    });
    expect(result?.valid).to.equal(false);
  });
});

describe('browser control', () => {
  it('emulates another time zone for the page', async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: 'Asia/Tokyo' });
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo');
    await executeServerCommand('emulate-timezone', { timezoneId: null });
  });
});
