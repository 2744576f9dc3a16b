import fc from 'fast-check';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeError } from '$lib/server/trpc/errors';
import { DEMO_PBX_ACCOUNT, DEMO_PBX_PASSWORD } from '$lib/server/services/pbx/demo';
import { allProcedures, callPath, outcome, snapshot } from '../helpers/procedures';
import { testResolver } from '../helpers/resolver';
import { addCompany, Browser, testRuntime } from '../helpers/runtime';

// Generated bad input for every procedure that takes input: every refusal is a 4xx with a
// message, never a 5xx, and a refused input leaves the database as it was. (Failed sign-ins and
// outbound checks are counted by design, so those two tables are left out of the comparison.)

let env: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	env = await testRuntime({}, { resolver: testResolver() });
});
afterAll(() => env.close());

const NASTY = [
	"'; DROP TABLE company; --",
	'" OR 1=1 --',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'\u0000\u0007\u001b[31m\u202e',
	'𝔘𝔫𝔦𝔠𝔬𝔡𝔢 é 漢字 🙂',
	'   ',
	'',
	'a'.repeat(100_000),
	'../../etc/passwd',
	'%00',
	'NaN',
	'1e309'
];

const nastyValue = fc.oneof(
	fc.constantFrom(...NASTY),
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'grapheme', maxLength: 50 }),
	fc.integer(),
	fc.double(),
	fc.constantFrom(null, undefined, true, false, -1, 0, 2 ** 53, Number.NaN, Infinity),
	fc.array(fc.string(), { maxLength: 5 }),
	fc.object({ maxDepth: 2 })
);

it('1,000+ generated bad inputs across all procedures get 4xx answers and change nothing', async () => {
	const company = await addCompany(env.runtime, { keys: 10, offered: ['essential'] });
	const browser = await new Browser(env.runtime).signIn(company.email);
	const api = await browser.api();
	await api.provisioning.update({
		pbxSystem: 'demo-pbx',
		accountId: DEMO_PBX_ACCOUNT,
		password: DEMO_PBX_PASSWORD
	});
	const user = await api.users.create({
		firstName: 'Ann',
		lastName: 'Lee',
		email: 'ann@x.example',
		extension: '10'
	});
	const rule = await api.callRestrictions.create({
		name: 'R',
		pattern: '1',
		pbxSystem: null,
		rule: 'deny_all'
	});
	const profile = await api.profile.get();

	// A valid input per procedure, which the generator bends field by field.
	const valid: Record<string, Record<string, unknown>> = {
		'auth.login': { email: company.email, password: 'a wrong password' },
		'general.update': {
			name: 'N',
			country: 'CA',
			pbxSystem: 'demo-pbx',
			firstLanguage: 'en',
			secondLanguage: null,
			expectedVersion: profile.general.version
		},
		'administrator.update': {
			name: 'N',
			language: 'en',
			email: company.email,
			phone: null,
			expectedVersion: profile.administrator.version
		},
		'administrator.changePassword': {
			currentPassword: 'wrong',
			newPassword: 'x',
			confirmPassword: 'y'
		},
		'assistant.update': {
			name: 'A',
			email: 'a@x.example',
			expectedVersion: profile.general.version
		},
		'provisioning.update': { pbxSystem: 'demo-pbx', accountId: 'acc' },
		'mailAccess.update': {
			serverType: 'imap',
			host: 'h.example',
			port: 993,
			security: 'tls',
			mailDomain: 'x.example',
			smtpHost: 's.example',
			smtpPort: 587,
			smtpSecurity: 'starttls'
		},
		'mailAccess.test': {
			serverType: 'imap',
			host: 'h.example',
			port: 993,
			security: 'tls',
			mailDomain: 'x.example',
			smtpHost: 's.example',
			smtpPort: 587,
			smtpSecurity: 'starttls'
		},
		'mailAccess.detect': { mailDomain: 'x.example' },
		'packages.update': { items: [{ packageId: 'essential', offered: true, isDefault: true }] },
		'users.create': { firstName: 'F', lastName: 'L', email: 'f@x.example', extension: '11' },
		'users.remove': { id: user.id },
		'callRestrictions.create': { name: 'N', pattern: '2', pbxSystem: null, rule: 'deny_all' },
		'callRestrictions.update': {
			id: rule.id,
			name: 'N',
			pattern: '3',
			pbxSystem: null,
			rule: 'allow_all'
		},
		'callRestrictions.remove': { id: rule.id },
		'callRestrictions.check': { number: '15551234567' },
		'billing.unlock': { password: 'a wrong password' },
		'billing.statement': { period: '2026-11' },
		'audit.list': { section: 'general', from: '2026-01-01', limit: 10 }
	};
	const targets = allProcedures().filter((p) => p.hasInput);
	expect(targets.filter((p) => !valid[p.path]).map((p) => p.path)).toEqual([]);

	const bent = (base: Record<string, unknown>) =>
		fc.oneof(
			// one field replaced by something bad
			fc
				.record({ key: fc.constantFrom(...Object.keys(base)), value: nastyValue })
				.map(({ key, value }) => ({ ...base, [key]: value })),
			// extra fields beside good ones, or fields missing
			fc
				.record({
					extra: fc.string({ minLength: 1, maxLength: 10 }),
					value: nastyValue,
					drop: fc.constantFrom(...Object.keys(base))
				})
				.map(({ extra, value, drop }) => {
					const copy: Record<string, unknown> = { ...base, [`${extra}_`]: value };
					delete copy[drop];
					return copy;
				}),
			// anything at all
			fc.anything({ maxDepth: 2 })
		);

	let runs = 0;
	async function check(path: string, input: unknown) {
		runs++;
		const before = await snapshot(env.runtime.db);
		const result = await outcome(callPath(await browser.api(), path, input));
		if (result.ok) return; // a bent input can still be valid
		const what = `${path} ${JSON.stringify(input)?.slice(0, 200)}`;
		const status = getHTTPStatusCodeFromError(result.error);
		expect(status, what).toBeGreaterThanOrEqual(400);
		expect(status, what).toBeLessThan(500);
		expect(describeError(result.error, 'en').message.length, what).toBeGreaterThan(0);
		expect(await snapshot(env.runtime.db), what).toBe(before);
	}
	for (const target of targets) {
		const base = valid[target.path];
		// Every field with every metacharacter string, then random shapes.
		for (const key of Object.keys(base)) {
			for (const value of NASTY) await check(target.path, { ...base, [key]: value });
		}
		await fc.assert(
			fc.asyncProperty(bent(base), (input) => check(target.path, input)),
			{ numRuns: 40, seed: 20261203 }
		);
	}
	expect(runs).toBeGreaterThanOrEqual(1000);
});
