import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent } from '$lib/server/audit/audit.repository';
import { DEMO_PBX_ACCOUNT, DEMO_PBX_PASSWORD } from '$lib/server/services/pbx/demo';
import { startOfDay } from '$lib/time-zone';
import { addCompany, Browser, PASSWORD, refusal, testRuntime } from '../helpers/runtime';

let env: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	env = await testRuntime();
});
afterAll(() => env.close());

async function signedIn(options: Parameters<typeof addCompany>[1] = {}) {
	const company = await addCompany(env.runtime, { keys: 30, offered: ['essential'], ...options });
	const browser = new Browser(env.runtime, { ip: '203.0.113.5' });
	await browser.signIn(company.email);
	return { company, api: await browser.api(), browser };
}

describe('audit trail', () => {
	it('records who changed which fields, from what to what, with the session and address', async () => {
		const { company, api } = await signedIn({ name: 'Audited Inc' });
		const { general } = await api.profile.get();
		await api.general.update({
			...general,
			name: 'Audited Corp',
			expectedVersion: general.version
		});
		const { entries } = await api.audit.list({ section: 'general' });
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			actor: company.email,
			ip: '203.0.113.5',
			userAgent: 'vitest',
			section: 'general',
			action: 'update',
			changes: [{ field: 'name', from: 'Audited Inc', to: 'Audited Corp' }]
		});
		expect(entries[0].session).toMatch(/^[0-9a-f]{12}$/);
		expect(entries[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
	});

	it('shows secrets only as changed', async () => {
		const { api } = await signedIn();
		await api.provisioning.update({
			pbxSystem: 'demo-pbx',
			accountId: DEMO_PBX_ACCOUNT,
			password: DEMO_PBX_PASSWORD
		});
		const view = await api.assistant.get();
		await api.assistant.update({
			name: 'Ava',
			email: 'ava@x.example',
			mailboxPassword: 'mailbox secret 123',
			expectedVersion: view.version
		});
		const { entries } = await api.audit.list({});
		const text = JSON.stringify(entries);
		expect(text).not.toContain(DEMO_PBX_PASSWORD);
		expect(text).not.toContain('mailbox secret 123');
		expect(entries.find((e) => e.section === 'provisioning')?.changes).toContainEqual({
			field: 'password',
			from: 'changed',
			to: 'changed'
		});
		expect(entries.find((e) => e.section === 'assistant')?.changes).toContainEqual({
			field: 'mailboxPassword',
			from: 'changed',
			to: 'changed'
		});
	});

	it('records sign-ins, refused passwords, throttling, password changes, revocations, bill unlocks and checks', async () => {
		const { company, api, browser } = await signedIn();
		const other = new Browser(env.runtime, { ip: '198.51.100.77' });
		for (let i = 0; i < 6; i++)
			await other.signIn(company.email, 'wrong password here').catch(() => {});
		await api.billing.unlock({ password: PASSWORD });
		await api.provisioning.update({
			pbxSystem: 'demo-pbx',
			accountId: DEMO_PBX_ACCOUNT,
			password: DEMO_PBX_PASSWORD
		});
		await api.provisioning.test();
		await api.auth.revokeOtherSessions();
		await api.administrator.changePassword({
			currentPassword: PASSWORD,
			newPassword: 'an entirely new passphrase 42',
			confirmPassword: 'an entirely new passphrase 42'
		});
		const fresh = await browser.api();
		const actions = (await fresh.audit.list({ limit: 100 })).entries.map(
			(e) => `${e.section}.${e.action}`
		);
		expect(actions).toEqual(
			expect.arrayContaining([
				'auth.signIn',
				'auth.passwordRefused',
				'auth.throttled',
				'billing.billUnlocked',
				'provisioning.checkRun',
				'auth.sessionsRevoked',
				'administrator.passwordChanged'
			])
		);
		const check = (await fresh.audit.list({ section: 'provisioning' })).entries.find(
			(e) => e.action === 'checkRun'
		);
		expect(check?.detail).toEqual({ check: 'provisioning.test', ok: true, failedStep: null });
	});

	it('records users and call restrictions added and removed, and the import with its counts', async () => {
		const { api } = await signedIn();
		const user = await api.users.create({
			firstName: 'Zoé',
			lastName: 'Roy',
			email: 'zoe@x.example',
			extension: '500'
		});
		await api.users.remove({ id: user.id });
		const rule = await api.callRestrictions.create({
			name: 'Night',
			pattern: '1900',
			pbxSystem: null,
			rule: 'deny_all'
		});
		await api.callRestrictions.update({ ...rule, pattern: '1901' });
		await api.callRestrictions.remove({ id: rule.id });
		await api.provisioning.update({
			pbxSystem: 'demo-pbx',
			accountId: DEMO_PBX_ACCOUNT,
			password: DEMO_PBX_PASSWORD
		});
		await api.provisioning.import();
		const { entries } = await api.audit.list({ limit: 100 });
		const users = entries.filter((e) => e.section === 'users').map((e) => e.action);
		expect(users).toEqual(['remove', 'create']);
		expect(
			entries.find((e) => e.section === 'callRestrictions' && e.action === 'update')?.changes
		).toEqual([{ field: 'pattern', from: '1900', to: '1901' }]);
		expect(entries.find((e) => e.action === 'import')?.detail).toMatchObject({
			usersAdded: 24,
			numbersAdded: 36
		});
	});

	it('filters by section, actor and day, and pages from newest to oldest', async () => {
		const { company, api } = await signedIn();
		for (let i = 0; i < 7; i++)
			await api.callRestrictions.create({
				name: `R${i}`,
				pattern: String(i + 1),
				pbxSystem: null,
				rule: 'deny_all'
			});
		const first = await api.audit.list({ section: 'callRestrictions', limit: 5 });
		expect(first.entries).toHaveLength(5);
		expect(first.nextBefore).not.toBeNull();
		const second = await api.audit.list({
			section: 'callRestrictions',
			limit: 5,
			before: first.nextBefore!
		});
		expect(second.entries).toHaveLength(2);
		expect(second.nextBefore).toBeNull();
		expect([...first.entries, ...second.entries].map((e) => e.changes[0].to)).toEqual([
			'R6',
			'R5',
			'R4',
			'R3',
			'R2',
			'R1',
			'R0'
		]);
		const today = new Date().toISOString().slice(0, 10);
		expect(
			(await api.audit.list({ from: today, to: today, actor: company.email })).entries.length
		).toBeGreaterThan(7);
		expect((await api.audit.list({ to: '2000-01-01' })).entries).toEqual([]);
		expect(first.actors).toEqual([company.email]);
	});

	it("filters by the reader's days: an evening in Toronto is that day there, the next in UTC", async () => {
		const { company, api } = await signedIn();
		// 22:00 in Toronto two days ago, which is already the next day in UTC.
		const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
		const at = new Date(startOfDay(day, 'America/Toronto').getTime() + 22 * 3_600_000);
		await insertEvent(env.runtime.db, {
			company_id: company.companyId,
			at: at.toISOString(),
			actor_id: null,
			actor: 'evening@example.test',
			session: null,
			ip: null,
			user_agent: null,
			section: 'general',
			action: 'update',
			detail: null
		});
		const on = async (timeZone?: string) =>
			(await api.audit.list({ from: day, to: day, actor: 'evening@example.test', timeZone }))
				.entries.length;
		expect(await on('America/Toronto')).toBe(1);
		expect(await on('UTC')).toBe(0);
		expect(await on()).toBe(0);
		expect(
			(await refusal(api.audit.list({ timeZone: 'Mars/Olympus' }))).fieldErrors
		).toHaveProperty('timeZone');
	});

	it("keeps each company's trail to itself, and the table refuses any change", async () => {
		const a = await signedIn();
		const b = await signedIn();
		const { general } = await a.api.profile.get();
		await a.api.general.update({ ...general, name: 'A renamed', expectedVersion: general.version });
		expect(JSON.stringify((await b.api.audit.list({ limit: 1000 })).entries)).not.toContain(
			'A renamed'
		);
		await expect(
			sql`update audit_event set action = 'forged'`.execute(env.runtime.db)
		).rejects.toThrow(/append-only/);
		expect((await refusal(b.api.audit.list({ from: 'yesterday' }))).fieldErrors.from).toEqual([
			'Give a day as YYYY-MM-DD.'
		]);
	});

	it('forgets entries older than AUDIT_RETENTION_DAYS', async () => {
		const { company, api } = await signedIn();
		await env.runtime.db
			.insertInto('audit_event')
			.values({
				company_id: company.companyId,
				at: '2020-01-01T00:00:00.000Z',
				section: 'general',
				action: 'update'
			})
			.execute();
		const { entries } = await api.audit.list({ limit: 1000 });
		expect(entries.some((e) => e.at.startsWith('2020'))).toBe(false);
	});
});
