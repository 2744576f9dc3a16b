import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPhoneSystemUrl } from '$lib/server/sections/meta/meta.repository';
import { DEMO_PBX_ACCOUNT, DEMO_PBX_PASSWORD } from '$lib/server/services/pbx/demo';
import { testResolver } from '../helpers/resolver';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';
import { startWazo, WAZO_ACCOUNT, type WazoServer } from '../helpers/wazo-server';

let env: Awaited<ReturnType<typeof testRuntime>>;
let wazo: WazoServer;

beforeAll(async () => {
	wazo = await startWazo();
	env = await testRuntime(
		{
			OUTBOUND_ALLOW_PRIVATE: '1',
			OUTBOUND_STEP_TIMEOUT_MS: '700',
			OUTBOUND_CHECK_TIMEOUT_MS: '5000'
		},
		{ resolver: testResolver() }
	);
	await setPhoneSystemUrl(env.runtime.db, 'wazo', wazo.url);
});

afterAll(async () => {
	await env.close();
	await wazo.stop();
});

async function administrator(keys = 200) {
	const company = await addCompany(env.runtime, { keys, offered: ['essential', 'business'] });
	const api = await (await new Browser(env.runtime).signIn(company.email)).api();
	return { company, api };
}

const demoAccess = {
	pbxSystem: 'demo-pbx',
	accountId: DEMO_PBX_ACCOUNT,
	password: DEMO_PBX_PASSWORD
};
const wazoAccess = { pbxSystem: 'wazo', ...WAZO_ACCOUNT };
const failedStep = <S extends { ok: boolean }>(r: { steps: S[] }) => r.steps.find((s) => !s.ok);

describe('provisioning access', () => {
	it('keeps the password write-only: shown as the date it was set, never returned', async () => {
		const { api } = await administrator();
		const saved = await api.provisioning.update(demoAccess);
		expect(saved).toMatchObject({
			pbxSystem: 'demo-pbx',
			pbxSystemName: 'Demo PBX',
			accountId: DEMO_PBX_ACCOUNT,
			connected: true
		});
		expect(saved.passwordSetAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const everything = JSON.stringify([
			saved,
			await api.provisioning.get(),
			await api.profile.get()
		]);
		expect(everything).not.toContain(DEMO_PBX_PASSWORD);
	});

	it('keeps the stored password when none is typed, and asks for one for a new phone system', async () => {
		const { api } = await administrator();
		await api.provisioning.update(demoAccess);
		const kept = await api.provisioning.update({
			pbxSystem: 'demo-pbx',
			accountId: DEMO_PBX_ACCOUNT
		});
		expect(kept.passwordSetAt).not.toBeNull();
		expect((await api.provisioning.test()).ok).toBe(true);
		const r = await refusal(api.provisioning.update({ pbxSystem: 'wazo', accountId: 'someone' }));
		expect(r).toMatchObject({
			code: 'SECRET_REQUIRED',
			fieldErrors: { password: ['Enter the password: none is stored for this yet.'] }
		});
	});

	it('refuses an account ID outside letters, digits and ._@-, beside the field', async () => {
		const { api } = await administrator();
		const r = await refusal(api.provisioning.update({ ...demoAccess, accountId: 'has space' }));
		expect(r.fieldErrors.accountId).toEqual(['Use letters, digits and . _ @ - only.']);
		expect(await api.provisioning.get()).toBeNull();
	});

	it('cannot test or import before the access is saved', async () => {
		const { api } = await administrator();
		expect((await refusal(api.provisioning.test())).code).toBe('PROVISIONING_NOT_SET');
		expect((await refusal(api.provisioning.import())).code).toBe('PROVISIONING_NOT_SET');
	});

	it('says the portal has no connector for a phone system without one', async () => {
		const { api } = await administrator();
		await api.provisioning.update({
			pbxSystem: 'broadworks',
			accountId: 'acme',
			password: 'some password'
		});
		const result = await api.provisioning.test();
		expect(result.ok).toBe(false);
		expect(failedStep(result)?.message).toBe(
			'The portal cannot connect to this phone system yet. Ask your service provider.'
		);
	});
});

describe('Demo PBX', () => {
	it('accepts the demo credentials and refuses others', async () => {
		const { api } = await administrator();
		await api.provisioning.update(demoAccess);
		const ok = await api.provisioning.test();
		expect(ok.steps.map((s) => [s.step, s.ok])).toEqual([
			['signIn', true],
			['users', true]
		]);
		await api.provisioning.update({ ...demoAccess, password: 'not the demo password' });
		const refused = await api.provisioning.test();
		expect(failedStep(refused)).toMatchObject({
			step: 'signIn',
			message: `The phone system refused the account ${DEMO_PBX_ACCOUNT} or its password.`
		});
	});

	it('previews, then imports users and numbers once: a second import adds nothing', async () => {
		const { api } = await administrator();
		await api.provisioning.update(demoAccess);
		const before = await api.provisioning.importPreview();
		expect(before.preview).toMatchObject({
			users: { total: 24, new: 24, existing: 0, conflicts: [] },
			numbers: { total: 36, new: 36, existing: 0 },
			keys: { needed: 24, unused: 200, enough: true }
		});
		expect((await api.users.list()).users).toHaveLength(0); // a preview writes nothing

		const first = await api.provisioning.import();
		expect(first.imported).toEqual({
			usersAdded: 24,
			usersLinked: 0,
			numbersAdded: 36,
			skipped: 0
		});
		const users = (await api.users.list()).users;
		expect(users).toHaveLength(24);
		expect(users[0].packages.map((p) => p.id)).toEqual(['essential']); // the Default package
		const numbers = await api.phoneNumbers.list();
		expect(numbers).toHaveLength(36);
		expect(
			numbers.every((n) => /^\+1514555\d{4}$/.test(n.number) && n.user === null && n.imported)
		).toBe(true);
		expect(new Set(numbers.map((n) => n.type))).toEqual(new Set(['voice', 'fax', 'voice_fax']));

		const second = await api.provisioning.import();
		expect(second.imported).toEqual({ usersAdded: 0, usersLinked: 0, numbersAdded: 0, skipped: 0 });
		expect((await api.users.list()).users).toHaveLength(24);
		expect((await api.provisioning.importPreview()).preview?.users).toMatchObject({
			new: 0,
			existing: 24
		});
	});

	it('links a user made by hand with the same e-mail instead of adding a second one', async () => {
		const { api } = await administrator();
		await api.users.create({
			firstName: 'Alice',
			lastName: 'Tremblay',
			email: 'alice.tremblay@demo.example',
			extension: '999'
		});
		await api.users.create({
			firstName: 'Other',
			lastName: 'Person',
			email: 'other@demo.example',
			extension: '202'
		});
		await api.provisioning.update(demoAccess);
		const preview = (await api.provisioning.importPreview()).preview!;
		expect(preview.users).toMatchObject({ new: 22, existing: 1 });
		expect(preview.users.conflicts).toEqual([
			{ firstName: 'Bruno', lastName: 'Tremblay', extension: '202', reason: 'extensionTaken' }
		]);
		const done = await api.provisioning.import();
		expect(done.imported).toMatchObject({ usersAdded: 22, usersLinked: 1, skipped: 1 });
		expect((await api.users.list()).users).toHaveLength(24);
	});

	it('imports nothing when the new users need more subscription keys than are unused', async () => {
		const { api } = await administrator(10);
		await api.provisioning.update(demoAccess);
		expect((await api.provisioning.importPreview()).preview?.keys).toEqual({
			needed: 24,
			unused: 10,
			enough: false
		});
		const r = await refusal(api.provisioning.import());
		expect(r.code).toBe('IMPORT_NEEDS_KEYS');
		expect(r.message).toContain('needs 24 subscription keys and your company has 10 unused');
		expect((await api.users.list()).users).toHaveLength(0);
		expect(await api.phoneNumbers.list()).toHaveLength(0);
	});
});

describe('Wazo connector', () => {
	it('signs in to wazo-auth and reads every page of users and incoming calls from wazo-confd', async () => {
		wazo.mode = 'normal';
		const { api } = await administrator();
		await api.provisioning.update(wazoAccess);
		const test = await api.provisioning.test();
		expect(test.ok).toBe(true);
		expect(test.steps.map((s) => s.step)).toEqual(['resolve', 'signIn', 'users']);
		expect(test.steps[2].message).toBe('130 users read.');

		wazo.requests.length = 0;
		const done = await api.provisioning.import();
		expect(done.imported).toMatchObject({ usersAdded: 130, numbersAdded: 12 });
		expect(wazo.requests.filter((r) => r === 'GET /api/confd/1.1/users')).toHaveLength(2); // 100 + 30
		expect(wazo.requests.filter((r) => r === 'POST /api/auth/0.1/token')).toHaveLength(1);
		const numbers = await api.phoneNumbers.list();
		expect(numbers.filter((n) => n.type === 'fax')).toHaveLength(3);
		expect((await api.provisioning.import()).imported).toMatchObject({
			usersAdded: 0,
			numbersAdded: 0
		});
	});

	it('says the phone system refused a wrong password', async () => {
		wazo.mode = 'normal';
		const { api } = await administrator();
		await api.provisioning.update({ ...wazoAccess, password: 'wrong' });
		const result = await api.provisioning.test();
		expect(failedStep(result)).toMatchObject({
			step: 'signIn',
			message: `The phone system refused the account ${WAZO_ACCOUNT.accountId} or its password.`
		});
	});

	it('ends a slow answer at the step timeout', async () => {
		wazo.mode = 'slow';
		const { api } = await administrator();
		await api.provisioning.update(wazoAccess);
		const result = await api.provisioning.test();
		expect(failedStep(result)).toMatchObject({
			step: 'signIn',
			message: 'The phone system did not answer within 0.7 s. Try again later.'
		});
		expect(failedStep(result)!.ms).toBeLessThan(3000);
	});

	it('reports a 5xx and a dropped connection as the phone system failing, not as a crash', async () => {
		const { api } = await administrator();
		await api.provisioning.update(wazoAccess);
		wazo.mode = 'error';
		expect(failedStep(await api.provisioning.test())?.message).toBe(
			'The phone system had an internal error (HTTP 503). Try again later.'
		);
		wazo.mode = 'drop';
		expect(failedStep(await api.provisioning.test())?.message).toMatch(
			/^The phone system at 127\.0\.0\.1 port \d+ dropped the connection/
		);
		const preview = await api.provisioning.importPreview();
		expect(preview.preview).toBeNull();
		wazo.mode = 'normal';
	});

	it('says so when the operator has not set the phone system address', async () => {
		wazo.mode = 'normal';
		await setPhoneSystemUrl(env.runtime.db, 'wazo', null);
		try {
			const { api } = await administrator();
			await api.provisioning.update(wazoAccess);
			expect(failedStep(await api.provisioning.test())?.message).toBe(
				'Your service provider has not set the address of this phone system yet.'
			);
		} finally {
			await setPhoneSystemUrl(env.runtime.db, 'wazo', wazo.url);
		}
	});
});

describe('outbound check quota', () => {
	it('refuses a company its 31st check within 10 minutes, and counts companies apart', async () => {
		const { api } = await administrator();
		await api.provisioning.update(demoAccess);
		for (let i = 0; i < 30; i++) expect((await api.provisioning.test()).ok).toBe(true);
		const r = await refusal(api.provisioning.test());
		expect(r).toMatchObject({ trpcCode: 'TOO_MANY_REQUESTS', code: 'CHECKS_RATE_LIMITED' });
		expect(r.message).toBe('Too many checks in a short time. Wait 10 min, then try again.');

		const other = await administrator();
		await other.api.provisioning.update(demoAccess);
		expect((await other.api.provisioning.test()).ok).toBe(true);
	});
});
