import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '$lib/server/seed';
import { Browser, testRuntime } from '../helpers/runtime';

const opened: Array<{ close(): Promise<void> }> = [];
async function runtime(env: Record<string, string>) {
	const t = await testRuntime(env);
	opened.push(t);
	return t.runtime;
}
afterEach(async () => {
	for (const t of opened.splice(0)) await t.close();
});

describe('the demo seed', () => {
	it('an empty database gets the demo company, whose generated password signs in', async () => {
		const rt = await runtime({ SEED_DEMO: '1' });
		const seed = await seedDemo(rt);
		if (seed.state !== 'created' || !seed.generatedPassword) throw new Error(`seed: ${seed.state}`);
		expect(seed.email).toBe('admin@demo.example');
		expect(seed.generatedPassword.length).toBeGreaterThanOrEqual(12);
		const api = await (await new Browser(rt).signIn(seed.email, seed.generatedPassword)).api();
		const profile = await api.profile.get();
		expect(profile.general).toMatchObject({
			name: 'Demo Company Inc.',
			firstLanguage: 'en',
			secondLanguage: 'fr'
		});
		expect(profile.provisioning?.accountId).toBe('demo-provisioning');
	});

	it('the demo has a year of usage on its bill, and its Demo PBX imports out of the box', async () => {
		const rt = await runtime({ SEED_DEMO: '1', DEMO_ADMIN_PASSWORD: 'a demo password chosen' });
		await seedDemo(rt);
		const api = await (
			await new Browser(rt).signIn('admin@demo.example', 'a demo password chosen')
		).api();
		expect((await api.users.list()).users).toHaveLength(7); // eight over the year, one left
		await api.billing.unlock({ password: 'a demo password chosen' });
		const statements = await api.billing.statements();
		expect(statements.length).toBeGreaterThanOrEqual(13);
		expect(statements.slice(1, 13).every((s) => s.total > 0 && s.currency === 'CAD')).toBe(true);
		const last = await api.billing.statement({ period: statements[1].period });
		expect(last.lines.map((l) => l.packageId)).toEqual(['essential', 'business']);
		expect(last.lines.some((l) => l.minutesUsed > 0)).toBe(true);

		expect((await api.provisioning.test()).ok).toBe(true);
		expect((await api.provisioning.import()).imported).toMatchObject({
			usersAdded: 24,
			numbersAdded: 36
		});
	});

	it('DEMO_ADMIN_EMAIL and DEMO_ADMIN_PASSWORD choose the demo sign-in', async () => {
		const rt = await runtime({
			SEED_DEMO: '1',
			DEMO_ADMIN_EMAIL: 'Boss@Demo.example',
			DEMO_ADMIN_PASSWORD: 'a demo password chosen'
		});
		expect(await seedDemo(rt)).toEqual({
			state: 'created',
			email: 'boss@demo.example',
			generatedPassword: null
		});
		await new Browser(rt).signIn('boss@demo.example', 'a demo password chosen');
	});

	it('a database that has companies is not seeded again', async () => {
		const rt = await runtime({ SEED_DEMO: '1' });
		await seedDemo(rt);
		expect(await seedDemo(rt)).toEqual({ state: 'present', email: 'admin@demo.example' });
		expect(await rt.db.selectFrom('company').select('id').execute()).toHaveLength(1);
	});

	it('SEED_DEMO=0 leaves the database empty', async () => {
		const rt = await runtime({ SEED_DEMO: '0' });
		expect(await seedDemo(rt)).toEqual({ state: 'skipped' });
		expect(await rt.db.selectFrom('company').select('id').execute()).toHaveLength(0);
	});
});
