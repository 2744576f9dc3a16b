import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PBX_ACCOUNT, DEMO_PBX_PASSWORD } from '$lib/server/services/pbx/demo';
import { allProcedures, callPath, companyRows, outcome } from '../helpers/procedures';
import { testResolver } from '../helpers/resolver';
import { addCompany, Browser, PASSWORD, testRuntime } from '../helpers/runtime';

// Company B's administrator calls every procedure of AppRouter (read from the router, so a new
// one cannot be forgotten) with inputs that name company A's objects. Nothing of A comes back,
// and nothing of A changes.

let env: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	env = await testRuntime({}, { resolver: testResolver() });
});
afterAll(() => env.close());

it("an administrator can neither read nor change another company's data through any procedure", async () => {
	const a = await addCompany(env.runtime, {
		name: 'Alpha Tenancy Corp',
		keys: 40,
		offered: ['essential']
	});
	const asA = await (await new Browser(env.runtime).signIn(a.email)).api();
	const alphaMail = {
		serverType: 'imap' as const,
		host: 'imap.alpha.example',
		port: 993,
		security: 'tls' as const,
		mailDomain: 'alpha.example',
		smtpHost: 'smtp.alpha.example',
		smtpPort: 587,
		smtpSecurity: 'starttls' as const
	};
	const user = await asA.users.create({
		firstName: 'Alma',
		lastName: 'Secret',
		email: 'alma@alpha.example',
		extension: '777'
	});
	const rule = await asA.callRestrictions.create({
		name: 'Alpha night rule',
		pattern: '1555???????',
		pbxSystem: null,
		rule: 'deny_all'
	});
	await asA.provisioning.update({
		pbxSystem: 'demo-pbx',
		accountId: DEMO_PBX_ACCOUNT,
		password: DEMO_PBX_PASSWORD
	});
	await asA.provisioning.import();
	await asA.mailAccess.update(alphaMail);
	await asA.billing.unlock({ password: PASSWORD });
	const [period] = (await asA.billing.statements()).map((s) => s.period);
	const profile = await asA.profile.get();

	const b = await addCompany(env.runtime, { name: 'Bravo Ltd', keys: 5, offered: ['essential'] });
	const browserB = await new Browser(env.runtime).signIn(b.email);
	await (await browserB.api()).billing.unlock({ password: PASSWORD });

	const general = {
		name: 'Bravo took over',
		country: 'CA' as const,
		pbxSystem: 'demo-pbx',
		firstLanguage: 'en' as const,
		secondLanguage: null,
		expectedVersion: profile.general.version
	};
	const inputs: Record<string, unknown> = {
		'auth.login': { email: a.email, password: 'not alpha password' },
		'general.update': general,
		'administrator.update': {
			name: 'Bravo admin',
			language: 'en',
			email: a.email,
			phone: null,
			expectedVersion: profile.administrator.version
		},
		'administrator.changePassword': {
			currentPassword: 'wrong wrong wrong',
			newPassword: 'a brand new passphrase',
			confirmPassword: 'a brand new passphrase'
		},
		'assistant.update': {
			name: 'Bravo bot',
			email: 'bot@bravo.example',
			expectedVersion: profile.general.version
		},
		'provisioning.update': { pbxSystem: 'demo-pbx', accountId: DEMO_PBX_ACCOUNT },
		'mailAccess.update': alphaMail,
		'mailAccess.test': alphaMail,
		'mailAccess.detect': { mailDomain: 'alpha.example' },
		'packages.update': { items: [{ packageId: 'essential', offered: true, isDefault: true }] },
		// B's own, on the extension A uses: extensions are unique per company only.
		'users.create': {
			firstName: 'Bea',
			lastName: 'Bravo',
			email: 'bea@bravo.example',
			extension: '777'
		},
		'users.remove': { id: user.id },
		'callRestrictions.create': {
			name: 'Bravo rule',
			pattern: '1555???????',
			pbxSystem: null,
			rule: 'deny_all'
		},
		'callRestrictions.update': {
			id: rule.id,
			name: 'Hijacked',
			pattern: '1',
			pbxSystem: null,
			rule: 'allow_all'
		},
		'callRestrictions.remove': { id: rule.id },
		'callRestrictions.check': { number: '15551234567' },
		'billing.unlock': { password: PASSWORD },
		'billing.statement': { period },
		'audit.list': { limit: 1000 }
	};

	const procedures = allProcedures();
	const withInput = procedures.filter((p) => p.hasInput).map((p) => p.path);
	expect(
		withInput.filter((p) => !(p in inputs)),
		'procedures this test gives no input yet'
	).toEqual([]);

	// Signing out last, so that every other call runs signed in as B.
	const order = [...procedures].sort(
		(x, y) => Number(x.path === 'auth.logout') - Number(y.path === 'auth.logout')
	);
	const before = await companyRows(env.runtime.db, a.companyId);
	const trail = async () =>
		(
			await env.runtime.db
				.selectFrom('audit_event')
				.selectAll()
				.where('company_id', '=', a.companyId)
				.execute()
		).map((r) => JSON.stringify(r));
	const trailBefore = await trail();
	const markers = [
		a.companyId,
		user.id,
		rule.id,
		'Alpha Tenancy Corp',
		'Alpha night rule',
		a.email,
		a.administratorId
	];
	const answers: string[] = [];
	for (const p of order) {
		const api = await browserB.api();
		const result = await outcome(callPath(api, p.path, inputs[p.path]));
		const text = JSON.stringify(
			result.ok ? result.value : { code: result.code, message: result.error.message }
		);
		answers.push(`${p.path}: ${text}`);
		for (const marker of markers) {
			expect(text.includes(marker), `${p.path} answered with ${marker}`).toBe(false);
		}
	}
	expect(answers.length).toBe(procedures.length);
	expect(await companyRows(env.runtime.db, a.companyId)).toBe(before);
	// A's trail only grows (B's wrong password on A's e-mail is A's to see); no entry changed or went.
	expect(await trail()).toEqual(expect.arrayContaining(trailBefore));
});
