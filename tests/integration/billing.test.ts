import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '$lib/server/runtime';
import { addCompany, Browser, PASSWORD, refusal, testRuntime } from '../helpers/runtime';

let env: Awaited<ReturnType<typeof testRuntime>>;
const NOW = new Date('2026-12-03T15:00:00Z');

beforeAll(async () => {
	env = await testRuntime({ BILL_TAX_PERCENT: '14.975' });
	env.runtime.clock = () => NOW;
});
afterAll(() => env.close());

async function subscribe(
	runtime: Runtime,
	companyId: string,
	userId: string,
	packageId: string,
	startedOn: string,
	endedOn: string | null = null
) {
	await runtime.db
		.insertInto('subscription')
		.values({
			company_id: companyId,
			user_id: userId,
			package_id: packageId,
			started_on: startedOn,
			ended_on: endedOn
		})
		.execute();
}

async function call(
	runtime: Runtime,
	companyId: string,
	userId: string,
	startedAt: string,
	minutes: number
) {
	await runtime.db
		.insertInto('call_record')
		.values({
			company_id: companyId,
			user_id: userId,
			started_at: startedAt,
			duration_seconds: minutes * 60
		})
		.execute();
}

async function unlocked() {
	const company = await addCompany(env.runtime, { keys: 10, offered: ['essential'] });
	const browser = await new Browser(env.runtime).signIn(company.email);
	const api = await browser.api();
	await api.billing.unlock({ password: PASSWORD });
	return { company, browser, api };
}

describe('bill unlock', () => {
	it('refuses the statements without an unlock, with a code the page turns into the password prompt', async () => {
		const company = await addCompany(env.runtime);
		const api = await (await new Browser(env.runtime).signIn(company.email)).api();
		for (const call of [
			api.billing.statements(),
			api.billing.statement({ period: '2026-11' }),
			api.billing.status()
		]) {
			expect(await refusal(call)).toMatchObject({
				trpcCode: 'FORBIDDEN',
				code: 'BILL_LOCKED',
				message: 'Enter your password to open the company bill.'
			});
		}
	});

	it('opens the bill for 5 minutes of this session, then asks again', async () => {
		const company = await addCompany(env.runtime);
		const api = await (await new Browser(env.runtime).signIn(company.email)).api();
		const { unlockedUntil } = await api.billing.unlock({ password: PASSWORD });
		expect(unlockedUntil).toBe('2026-12-03T15:05:00.000Z');
		expect(await api.billing.statements()).toEqual([]);
		try {
			env.runtime.clock = () => new Date(NOW.getTime() + 5 * 60_000);
			expect((await refusal(api.billing.statements())).code).toBe('BILL_LOCKED');
		} finally {
			env.runtime.clock = () => NOW;
		}
	});

	it('does not carry over to another session or survive signing out', async () => {
		const { company, browser, api } = await unlocked();
		const other = await (await new Browser(env.runtime).signIn(company.email)).api();
		expect((await refusal(other.billing.statements())).code).toBe('BILL_LOCKED');
		await api.auth.logout();
		await browser.signIn(company.email);
		expect((await refusal((await browser.api()).billing.statements())).code).toBe('BILL_LOCKED');
	});

	it('counts a wrong password and, after 5, refuses even the right one for 15 minutes', async () => {
		const company = await addCompany(env.runtime);
		const api = await (
			await new Browser(env.runtime, { ip: '198.51.100.9' }).signIn(company.email)
		).api();
		for (let i = 0; i < 5; i++) {
			expect(await refusal(api.billing.unlock({ password: 'not my password' }))).toMatchObject({
				code: 'WRONG_PASSWORD',
				fieldErrors: { password: ['This is not your current password.'] }
			});
		}
		const locked = await refusal(api.billing.unlock({ password: PASSWORD }));
		expect(locked.code).toBe('RATE_LIMITED');
		expect(locked.fieldErrors.password?.[0]).toMatch(/Wait 15 min/);
	});
});

describe('statements', () => {
	it('prorates by day at the start and the end of a subscription', async () => {
		const { company, api } = await unlocked();
		await subscribe(env.runtime, company.companyId, 'u-start', 'essential', '2026-11-16'); // 15 of 30 days
		await subscribe(
			env.runtime,
			company.companyId,
			'u-end',
			'essential',
			'2026-10-01',
			'2026-11-11'
		); // 10 days
		const nov = await api.billing.statement({ period: '2026-11' });
		expect(nov.lines).toEqual([
			expect.objectContaining({
				packageId: 'essential',
				users: 2,
				baseRate: 1500,
				baseAmount: 1250,
				includedMinutes: 250,
				minutesUsed: 0,
				extraMinutes: 0,
				total: 1250
			})
		]);
		const oct = await api.billing.statement({ period: '2026-10' });
		expect(oct.lines[0]).toMatchObject({ users: 1, baseAmount: 1500, includedMinutes: 300 });
		expect((await api.billing.statements()).map((s) => s.period)).toEqual([
			'2026-12',
			'2026-11',
			'2026-10'
		]);
	});

	it('charges extra minutes only above the included ones, each call rounded up to the minute', async () => {
		const { company, api } = await unlocked();
		await subscribe(env.runtime, company.companyId, 'u1', 'essential', '2026-10-01'); // 300 included
		await call(env.runtime, company.companyId, 'u1', '2026-11-02T10:00:00Z', 299);
		await env.runtime.db
			.insertInto('call_record')
			.values({
				company_id: company.companyId,
				user_id: 'u1',
				started_at: '2026-11-03T10:00:00Z',
				duration_seconds: 1
			})
			.execute();
		let line = (await api.billing.statement({ period: '2026-11' })).lines[0];
		expect(line).toMatchObject({ minutesUsed: 300, extraMinutes: 0, total: 1500 });
		await call(env.runtime, company.companyId, 'u1', '2026-11-04T10:00:00Z', 40);
		line = (await api.billing.statement({ period: '2026-11' })).lines[0];
		expect(line).toMatchObject({
			minutesUsed: 340,
			extraMinutes: 40,
			minuteRate: 5,
			extraAmount: 200,
			total: 1700
		});
	});

	it('adds the configured tax once, and the lines add up to the total exactly', async () => {
		const { company, api } = await unlocked();
		await subscribe(env.runtime, company.companyId, 'a', 'essential', '2026-11-07');
		await subscribe(env.runtime, company.companyId, 'b', 'business', '2026-11-19');
		await subscribe(env.runtime, company.companyId, 'c', 'business', '2026-10-01', '2026-11-23');
		await call(env.runtime, company.companyId, 'b', '2026-11-20T09:00:00Z', 1234);
		const s = await api.billing.statement({ period: '2026-11' });
		expect(s.lines.map((l) => l.packageId)).toEqual(['essential', 'business']);
		expect(s.subtotal).toBe(s.lines.reduce((sum, l) => sum + l.total, 0));
		for (const l of s.lines) expect(l.total).toBe(l.baseAmount + l.extraAmount);
		expect(s.taxRate).toBe('14.975');
		expect(s.tax).toBe(Math.round((s.subtotal * 14.975) / 100));
		expect(s.total).toBe(s.subtotal + s.tax);
		expect((await api.billing.statements()).find((x) => x.period === '2026-11')?.total).toBe(
			s.total
		);
	});

	it('counts the current period up to today', async () => {
		const { company, api } = await unlocked();
		await subscribe(env.runtime, company.companyId, 'u', 'essential', '2026-11-01');
		const dec = await api.billing.statement({ period: '2026-12' });
		expect(dec).toMatchObject({ current: true, from: '2026-12-01', to: '2026-12-03' });
		expect(dec.lines[0].baseAmount).toBe(Math.round((1500 * 3) / 31));
	});

	it('bills users made and removed through the portal from the day they were made until their removal', async () => {
		const { company, api } = await unlocked();
		const user = await api.users.create({
			firstName: 'Zoé',
			lastName: 'Roy',
			email: 'zoe@example.test',
			extension: '100'
		});
		const rows = await env.runtime.db
			.selectFrom('subscription')
			.selectAll()
			.where('company_id', '=', company.companyId)
			.execute();
		expect(rows).toEqual([
			expect.objectContaining({
				user_id: user.id,
				package_id: 'essential',
				started_on: new Date().toISOString().slice(0, 10),
				ended_on: null
			})
		]);
		await api.users.remove({ id: user.id });
		const ended = await env.runtime.db
			.selectFrom('subscription')
			.select('ended_on')
			.where('user_id', '=', user.id)
			.executeTakeFirstOrThrow();
		expect(ended.ended_on).toBe(new Date().toISOString().slice(0, 10));
	});

	it("never reaches another company's statements", async () => {
		const a = await unlocked();
		await subscribe(env.runtime, a.company.companyId, 'ua', 'essential', '2026-09-01');
		const b = await unlocked();
		expect(await b.api.billing.statements()).toEqual([]);
		expect((await refusal(b.api.billing.statement({ period: '2026-11' }))).code).toBe('NOT_FOUND');
		expect((await a.api.billing.statements()).length).toBe(4);
	});

	it('refuses a period that is not a month', async () => {
		const { api } = await unlocked();
		const r = await refusal(api.billing.statement({ period: '2026-13' }));
		expect(r.fieldErrors.period).toEqual(['Give a month as YYYY-MM.']);
	});
});
