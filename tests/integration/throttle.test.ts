import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge, LIMITS } from '$lib/server/auth/throttle';
import { createRuntime } from '$lib/server/runtime';
import { addCompany, Browser, PASSWORD, refusal, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

async function fail(email: string, ip: string, times: number) {
	const api = await new Browser(t.runtime, { ip }).api();
	for (let i = 0; i < times; i++)
		await refusal(api.auth.login({ email, password: 'wrong password!' }));
}

describe('sign-in throttling', () => {
	it('after 5 failures for one account from one address, that pair is refused even with the right password', async () => {
		const { email } = await addCompany(t.runtime);
		await fail(email, '203.0.113.1', 5);
		const refused = await refusal(
			(await new Browser(t.runtime, { ip: '203.0.113.1' }).api()).auth.login({
				email,
				password: PASSWORD
			})
		);
		expect(refused).toMatchObject({ trpcCode: 'TOO_MANY_REQUESTS', code: 'RATE_LIMITED' });
		expect(refused.message).toBe('Too many failed attempts. Wait 15 min, then try again.');
	});

	it('the real administrator still signs in from another address', async () => {
		const { email } = await addCompany(t.runtime);
		await fail(email, '203.0.113.2', 5);
		await new Browser(t.runtime, { ip: '198.51.100.7' }).signIn(email);
	});

	it('a success clears the failures of that pair', async () => {
		const { email } = await addCompany(t.runtime);
		await fail(email, '203.0.113.3', 4);
		await new Browser(t.runtime, { ip: '203.0.113.3' }).signIn(email);
		await fail(email, '203.0.113.3', 4);
		await new Browser(t.runtime, { ip: '203.0.113.3' }).signIn(email);
	});

	it('unknown e-mails are counted like known ones, so the limits reveal nothing', async () => {
		const api = await new Browser(t.runtime, { ip: '203.0.113.4' }).api();
		await fail('nobody@nowhere.example', '203.0.113.4', 5);
		expect(
			await refusal(api.auth.login({ email: 'nobody@nowhere.example', password: PASSWORD }))
		).toMatchObject({
			code: 'RATE_LIMITED'
		});
	});

	it('one address failing on 20 accounts is refused for every account', async () => {
		for (let i = 0; i < 20; i++) await fail(`spray-${i}@victims.example`, '203.0.113.5', 1);
		const { email } = await addCompany(t.runtime);
		const api = await new Browser(t.runtime, { ip: '203.0.113.5' }).api();
		expect(await refusal(api.auth.login({ email, password: PASSWORD }))).toMatchObject({
			code: 'RATE_LIMITED'
		});
	});

	it('the counters are in the database, so a restart of the app does not reset them', async () => {
		const { email } = await addCompany(t.runtime);
		await fail(email, '203.0.113.6', 5);
		const restarted = createRuntime(t.runtime.config); // a new process would open the same file
		try {
			const api = await new Browser(restarted, { ip: '203.0.113.6' }).api();
			expect(await refusal(api.auth.login({ email, password: PASSWORD }))).toMatchObject({
				code: 'RATE_LIMITED'
			});
		} finally {
			await restarted.db.destroy();
		}
	});

	it('many failures on one account from everywhere slow it down, growing, but never lock it', async () => {
		const waits: number[] = [];
		const slowed = createRuntime(t.runtime.config, undefined, {
			sleep: async (ms) => void waits.push(ms)
		});
		try {
			const { email } = await addCompany(slowed);
			for (let i = 0; i < LIMITS.accountSlowdownAfter + 2; i++) {
				const api = await new Browser(slowed, { ip: `192.0.2.${i}` }).api();
				await refusal(api.auth.login({ email, password: 'wrong password!' }));
			}
			expect(waits).toEqual([LIMITS.delayStepMs, 2 * LIMITS.delayStepMs]);
			await new Browser(slowed, { ip: '198.51.100.99' }).signIn(email);
			expect(waits.at(-1)).toBe(3 * LIMITS.delayStepMs);
		} finally {
			await slowed.db.destroy();
		}
	});
});

describe('the throttling rules', () => {
	const none = { pair: 0, pairOldest: null, account: 0, accountsFromIp: 0, ipOldest: null };
	const now = 1_000_000_000;
	it('tell how long until the oldest failure of the pair leaves the window', () => {
		expect(judge({ ...none, pair: 5, pairOldest: now - 5 * 60_000 }, now)).toEqual({
			refuseForMs: 10 * 60_000,
			delayMs: 0
		});
	});
	it('cap the slowdown of an account', () => {
		expect(judge({ ...none, account: 10_000 }, now)).toEqual({
			refuseForMs: 0,
			delayMs: LIMITS.maxDelayMs
		});
		expect(judge({ ...none, account: 49 }, now)).toEqual({ refuseForMs: 0, delayMs: 0 });
	});
});
