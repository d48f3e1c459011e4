import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// `npm start` as the README and docs/contributing.md tell it, run for real on the server side (test/runner/start-script.mjs).

interface StartResult {
  port: number;
  free: { printed: string[]; stderr: string; answers: Record<string, { status: number; location: string | null }> };
  busy: { port: number; code: number | null; stdout: string; stderr: string };
}

describe('npm start', function () {
  this.timeout(60000);
  let result: StartResult;

  before(async () => {
    result = (await executeServerCommand('start-script')) as StartResult;
  });

  it('prints the demo and builder addresses on this machine, and nothing else', () => {
    const base = `http://127.0.0.1:${result.port}`;
    expect(result.free.printed).to.deep.equal([`Demo:    ${base}/demo/`, `Builder: ${base}/demo/builder.html`, 'Stop with Ctrl+C.']);
    expect(result.free.stderr).to.equal('');
  });

  it('serves every address it prints, and sends the bare root to the demo', () => {
    const base = `http://127.0.0.1:${result.port}`;
    expect(result.free.answers[`${base}/demo/`]!.status).to.equal(200);
    expect(result.free.answers[`${base}/demo/builder.html`]!.status).to.equal(200);
    expect(result.free.answers[`${base}/`]).to.deep.include({ status: 302, location: '/demo/' });
  });

  it('on a busy port, says so in one sentence naming PORT and exits with an error', () => {
    const { port, code, stdout, stderr } = result.busy;
    expect(code).to.equal(1);
    expect(stdout).to.equal('');
    expect(stderr.trim()).to.equal(
      `Port ${port} on 127.0.0.1 is already in use: stop what is using it, or choose another port with PORT, for example "PORT=8080 npm start".`,
    );
  });
});
