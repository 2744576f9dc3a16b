import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompanyCommand } from '$lib/server/cli/company-command';
import { Browser, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

/** Runs the command as a shell would, with `piped` as standard input (null: a terminal). */
async function run(args: string[], piped: string | null = 'an operator password\n') {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCompanyCommand(args, {
		db: t.runtime.db,
		readPipedLine: async () => (piped === null ? null : piped.split('\n')[0]),
		out: (l) => out.push(l),
		err: (l) => err.push(l)
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const companies = async () =>
	(await t.runtime.db.selectFrom('company').select('name').execute()).map((r) => r.name);

describe('npm run company', () => {
	it('create makes a company whose administrator signs in with the piped password', async () => {
		const r = await run([
			'create',
			'--name',
			'Acme',
			'--country',
			'ca',
			'--admin-email',
			'A@Acme.example'
		]);
		expect(r).toMatchObject({ code: 0, err: '' });
		expect(r.out).toContain('Created company "Acme"');
		expect(r.out).not.toContain('an operator password');
		const api = await (
			await new Browser(t.runtime).signIn('a@acme.example', 'an operator password')
		).api();
		expect((await api.profile.get()).general).toMatchObject({
			name: 'Acme',
			country: 'CA',
			pbxSystem: 'ets-asterisk'
		});
	});

	it('create from a terminal generates a password and prints it once', async () => {
		const r = await run(
			[
				'create',
				'--name',
				'Beta',
				'--country',
				'FR',
				'--admin-email',
				'b@beta.example',
				'--language',
				'fr'
			],
			null
		);
		expect(r.code).toBe(0);
		const password = /Password \(shown once, store it now\): (\S+)/.exec(r.out)?.[1];
		expect(password).toBeDefined();
		const api = await (await new Browser(t.runtime).signIn('b@beta.example', password)).api();
		expect((await api.profile.get()).administrator.language).toBe('fr');
	});

	it('bad arguments print the usage, exit non-zero and write nothing', async () => {
		const before = await companies();
		const cases = [
			['create', '--name', 'NoCountry', '--admin-email', 'x@x.example'],
			['create', '--name', 'Bad', '--country', 'XX', '--admin-email', 'x@x.example'],
			['create', '--name', 'Bad', '--country', 'CA', '--admin-email', 'not-an-email'],
			[
				'create',
				'--name',
				'Bad',
				'--country',
				'CA',
				'--admin-email',
				'x@x.example',
				'--colour',
				'red'
			],
			[
				'create',
				'--name',
				'Bad',
				'--country',
				'CA',
				'--admin-email',
				'x@x.example',
				'--pbx',
				'nope'
			],
			['remove'],
			[]
		];
		for (const args of cases) {
			const r = await run(args);
			expect(r.code, args.join(' ')).toBeGreaterThan(0);
			expect(r.err, args.join(' ')).not.toBe('');
		}
		expect(
			(await run(['create', '--name', 'NoCountry', '--admin-email', 'x@x.example'])).err
		).toMatch(/--country: Choose a country/);
		expect(await companies()).toEqual(before);
	});

	it('a piped password shorter than 12 characters is refused', async () => {
		const r = await run(
			['create', '--name', 'Short', '--country', 'CA', '--admin-email', 's@s.example'],
			'short\n'
		);
		expect(r.code).toBe(2);
		expect(r.err).toContain('password (standard input): Use at least 12 characters.');
		expect(await companies()).not.toContain('Short');
	});

	it('a common password, or one built from the company name, is refused', async () => {
		for (const weak of ['password123456\n', 'Weakling Corp 2026 yes\n']) {
			const r = await run(
				['create', '--name', 'Weakling Corp', '--country', 'CA', '--admin-email', 'w@w.example'],
				weak
			);
			expect(r.code, weak).toBe(2);
			expect(r.err).toMatch(/too common|company name/);
		}
		expect(await companies()).not.toContain('Weakling Corp');
	});

	it('an empty standard input is refused rather than taken as a password', async () => {
		const r = await run(
			['create', '--name', 'Empty', '--country', 'CA', '--admin-email', 'e@e.example'],
			''
		);
		expect(r.code).toBe(2);
		expect(r.err).toContain('none was given');
		expect(await companies()).not.toContain('Empty');
	});

	it('an administrator e-mail already in use is refused and nothing is written', async () => {
		const r = await run([
			'create',
			'--name',
			'Copycat',
			'--country',
			'CA',
			'--admin-email',
			'a@acme.example'
		]);
		expect(r.code).toBe(1);
		expect(r.err).toContain('--admin-email');
		expect(await companies()).not.toContain('Copycat');
	});

	it('list shows every company with its administrator', async () => {
		const r = await run(['list']);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^ID\s+NAME\s+COUNTRY\s+ADMINISTRATOR\s+CREATED/);
		expect(r.out).toMatch(/Acme\s+CA\s+a@acme\.example/);
		expect(r.out).toMatch(/Beta\s+FR\s+b@beta\.example/);
	});

	it('keys sets the subscription keys of a company, never below those in use', async () => {
		const [acme] = await t.runtime.db
			.selectFrom('company')
			.select('id')
			.where('name', '=', 'Acme')
			.execute();
		expect(await run(['keys', '--company', acme.id, '--set', '2'])).toMatchObject({ code: 0 });
		const api = await (
			await new Browser(t.runtime).signIn('a@acme.example', 'an operator password')
		).api();
		expect((await api.users.list()).keys).toEqual({ total: 2, used: 0, unused: 2 });
		for (const bad of [['--set', '-1'], ['--set', 'many'], []]) {
			expect((await run(['keys', '--company', acme.id, ...bad])).code, bad.join(' ')).toBe(2);
		}
		expect((await run(['keys', '--company', 'nope', '--set', '3'])).err).toContain(
			'no company has the ID nope'
		);
	});

	it('packages lists the catalogue, allows packages to a company, and deactivates one', async () => {
		const list = await run(['packages', 'list']);
		expect(list.out).toMatch(
			/^essential\s+Essential\s+CA\$15\.00\/month, 300 min included, CA\$0\.05\/extra min$/m
		);
		expect(list.out).toMatch(/^legacy-voice .*\(inactive\)$/m);
		const [acme] = await t.runtime.db
			.selectFrom('company')
			.select('id')
			.where('name', '=', 'Acme')
			.execute();
		expect(
			(await run(['packages', 'allow', '--company', acme.id, '--packages', 'essential,nope'])).code
		).toBe(2);
		expect((await run(['packages', 'deactivate', '--package', 'unlimited'])).code).toBe(0);
		const api = await (
			await new Browser(t.runtime).signIn('a@acme.example', 'an operator password')
		).api();
		expect((await api.packages.list()).find((p) => p.packageId === 'unlimited')?.active).toBe(
			false
		);
		expect((await run(['packages', 'activate', '--package', 'unlimited'])).code).toBe(0);
	});

	it('packages add puts a package in the catalogue, with amounts in minor units', async () => {
		const args = [
			'packages',
			'add',
			'--id',
			'night-owl',
			'--name',
			'Night Owl',
			'--included',
			'120'
		];
		const ok = await run([
			...args,
			'--base-rate',
			'9.50',
			'--minute-rate',
			'0.03',
			'--currency',
			'cad'
		]);
		expect(ok).toMatchObject({ code: 0 });
		expect((await run(['packages', 'list'])).out).toMatch(
			/^night-owl\s+Night Owl\s+CA\$9\.50\/month, 120 min included, CA\$0\.03\/extra min$/m
		);
		const bad = await run([
			...args,
			'--base-rate',
			'ten',
			'--minute-rate',
			'0.03',
			'--currency',
			'CAD'
		]);
		expect(bad).toMatchObject({ code: 2 });
		expect(bad.err).toMatch(/^--base-rate: /);
		expect(
			(await run([...args, '--base-rate', '1', '--minute-rate', '0', '--currency', 'XYZ'])).err
		).toMatch(/^--currency: /);
		expect(
			(await run([...args, '--base-rate', '1', '--minute-rate', '0', '--currency', 'CAD'])).err
		).toContain('exists already');
	});
});

describe('npm run company -- usage import', () => {
	it('loads call records by user e-mail, all or nothing, and they reach the bill', async () => {
		const { addCompany, PASSWORD } = await import('../helpers/runtime');
		const { writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const company = await addCompany(t.runtime, { keys: 2, offered: ['essential'] });
		const browser = await new Browser(t.runtime).signIn(company.email);
		const api = await browser.api();
		await api.users.create({
			firstName: 'Ann',
			lastName: 'Lee',
			email: 'ann@calls.example',
			extension: '10'
		});

		const bad = join(t.dir, 'bad.csv');
		writeFileSync(
			bad,
			'user_email,started_at,duration_seconds\nann@calls.example,2026-11-02T09:30:00Z,90\nnobody@calls.example,2026-11-02T10:00:00Z,60\nann@calls.example,yesterday,-5\n'
		);
		const refused = await run(['usage', 'import', '--company', company.companyId, '--file', bad]);
		expect(refused.code).toBe(1);
		expect(refused.err).toContain(
			'line 3: no user of this company has the e-mail nobody@calls.example'
		);
		expect(refused.err).toContain(
			'line 4: startedAt: Give a date and time such as 2026-11-02T09:30:00Z.'
		);
		expect(
			await t.runtime.db
				.selectFrom('call_record')
				.selectAll()
				.where('company_id', '=', company.companyId)
				.execute()
		).toEqual([]);

		const good = join(t.dir, 'good.csv');
		const today = new Date().toISOString().slice(0, 10);
		writeFileSync(
			good,
			`duration_seconds,user_email,started_at\r\n90,ANN@calls.example,${today}T09:30:00-04:00\r\n30,ann@calls.example,${today}T10:00:00Z\r\n`
		);
		const loaded = await run(['usage', 'import', '--company', company.companyId, '--file', good]);
		expect(loaded).toMatchObject({
			code: 0,
			out: `Company ${company.companyId}: 2 call records loaded.`
		});

		await api.billing.unlock({ password: PASSWORD });
		const [current] = await api.billing.statements();
		const statement = await api.billing.statement({ period: current.period });
		expect(statement.lines[0].minutesUsed).toBe(3); // 90 s → 2 min, 30 s → 1 min
	});
});

describe('npm run company -- phone-systems', () => {
	it('lists the phone systems with their connectors and sets a network connector address', async () => {
		const listed = await run(['phone-systems', 'list']);
		expect(listed.code).toBe(0);
		expect(listed.out).toMatch(/^demo-pbx\s+Demo PBX\s+connector demo$/m);
		expect(listed.out).toMatch(/^broadworks\s+BroadSoft BroadWorks\s+no connector$/m);

		const set = await run([
			'phone-systems',
			'set-url',
			'--id',
			'wazo',
			'--url',
			'https://pbx.example.com/some/path'
		]);
		expect(set).toMatchObject({
			code: 0,
			out: 'Phone system wazo: API at https://pbx.example.com.'
		});
		expect((await run(['phone-systems', 'list'])).out).toMatch(
			/^wazo\s+Wazo Platform\s+connector wazo, https:\/\/pbx\.example\.com$/m
		);

		const bad = await run([
			'phone-systems',
			'set-url',
			'--id',
			'wazo',
			'--url',
			'ftp://pbx.example.com'
		]);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--url: give an http or https address');
		expect(
			(await run(['phone-systems', 'set-url', '--id', 'nope', '--url', 'https://x.example'])).err
		).toContain('--id: no phone system has the ID nope');
	});
});
