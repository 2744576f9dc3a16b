import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setPhoneSystemUrl } from '$lib/server/sections/meta/meta.repository';
import { testResolver } from '../helpers/resolver';
import { addCompany, Browser, testRuntime } from '../helpers/runtime';
import { startWazo, WAZO_ACCOUNT, type WazoServer } from '../helpers/wazo-server';

// A phone system or mail server that hangs, refuses or drops the connection mid-answer is the
// check's problem only: the rest of the portal answers meanwhile, and the check says what failed.

let env: Awaited<ReturnType<typeof testRuntime>>;
let wazo: WazoServer;
let silent: Server;
let silentPort = 0;

beforeAll(async () => {
	wazo = await startWazo();
	silent = createServer(() => {});
	await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
	silentPort = (silent.address() as { port: number }).port;
	env = await testRuntime(
		{ OUTBOUND_ALLOW_PRIVATE: '1', OUTBOUND_STEP_TIMEOUT_MS: '1500' },
		{ resolver: testResolver() }
	);
	await setPhoneSystemUrl(env.runtime.db, 'wazo', wazo.url);
});
afterAll(async () => {
	await env.close();
	await wazo.stop();
	silent.close();
});

it('while the phone system and the mail server hang or drop, every other procedure keeps answering', async () => {
	const company = await addCompany(env.runtime, { keys: 5, offered: ['essential'] });
	const api = await (await new Browser(env.runtime).signIn(company.email)).api();
	await api.provisioning.update({ pbxSystem: 'wazo', ...WAZO_ACCOUNT });

	for (const mode of ['slow', 'drop', 'error'] as const) {
		wazo.mode = mode;
		let checksDone = 0;
		const hanging = Promise.all([
			api.provisioning.test(),
			api.mailAccess.test({
				serverType: 'imap',
				host: '127.0.0.1',
				port: silentPort,
				security: 'none',
				mailDomain: 'x.example',
				smtpHost: '127.0.0.1',
				smtpPort: silentPort,
				smtpSecurity: 'none'
			})
		]).then((r) => ((checksDone = performance.now()), r));
		// Meanwhile the portal answers reads and writes, without waiting for the checks.
		const profile = await api.profile.get();
		await api.general.update({
			...profile.general,
			name: `Still working (${mode})`,
			expectedVersion: profile.general.version
		});
		await api.users.list();
		const otherDone = performance.now();

		const [pbx, mail] = await hanging;
		expect(otherDone, mode).toBeLessThan(checksDone);
		expect(pbx.ok, mode).toBe(false);
		expect(pbx.steps.find((s) => !s.ok)?.message, mode).toMatch(
			/did not answer|dropped the connection|internal error/
		);
		expect(mail.steps.find((s) => !s.ok)?.message).toMatch(/never greeted within 1\.5 s/);
		expect((await api.profile.get()).general.name).toBe(`Still working (${mode})`);
	}
	wazo.mode = 'normal';
	expect((await api.provisioning.test()).ok).toBe(true);
});
