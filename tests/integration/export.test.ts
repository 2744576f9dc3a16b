import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PBX_ACCOUNT, DEMO_PBX_PASSWORD } from '$lib/server/services/pbx/demo';
import { addCompany, Browser, testRuntime } from '../helpers/runtime';

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime({ OUTBOUND_ALLOW_PRIVATE: '1' });
});
afterAll(() => t.close());

it('the account export holds every section of the company, as the other procedures show them', async () => {
	const company = await addCompany(t.runtime, {
		name: 'Exported Ltd',
		keys: 30,
		offered: ['essential', 'business']
	});
	const api = await (await new Browser(t.runtime).signIn(company.email)).api();
	await api.provisioning.update({
		pbxSystem: 'demo-pbx',
		accountId: DEMO_PBX_ACCOUNT,
		password: DEMO_PBX_PASSWORD
	});
	await api.provisioning.import();
	await api.users.create({
		firstName: 'Zoé',
		lastName: 'Roy',
		email: 'zoe@exported.example',
		extension: '400'
	});
	await api.callRestrictions.create({
		name: 'International',
		pattern: '011??????????',
		pbxSystem: null,
		rule: 'deny_all'
	});

	const account = await api.profile.export();
	expect(account.format).toEqual({ name: 'company-profile-account', version: 1 });
	expect(account.general.name).toBe('Exported Ltd');
	expect(account.administrator.email).toBe(company.email);
	expect(account.provisioning).toMatchObject({
		pbxSystem: 'demo-pbx',
		accountId: DEMO_PBX_ACCOUNT
	});
	expect(account.provisioning?.passwordSetAt).toEqual(expect.any(String));
	expect(account.packages.filter((p) => p.offered).map((p) => p.packageId)).toEqual([
		'essential',
		'business'
	]);
	expect(account.users).toEqual((await api.users.list()).users);
	expect(account.users.map((u) => u.email)).toContain('zoe@exported.example');
	expect(account.subscriptionKeys).toEqual((await api.users.list()).keys);
	expect(account.phoneNumbers).toEqual(await api.phoneNumbers.list());
	expect(account.phoneNumbers.length).toBeGreaterThan(0);
	expect(account.callRestrictions).toEqual(await api.callRestrictions.list());
	expect(account.callRestrictions.map((r) => r.name)).toContain('International');
	// Secrets only as the date they were set; the bill stays behind its password.
	expect(JSON.stringify(account)).not.toContain(DEMO_PBX_PASSWORD);
	expect(Object.keys(account)).not.toContain('billing');

	// People's names, e-mail addresses and numbers left the portal: the trail says who took them.
	const { entries } = await api.audit.list({ section: 'account' });
	expect(entries).toHaveLength(1);
	expect(entries[0]).toMatchObject({ actor: company.email, action: 'exported' });
});

it("the account export of one company holds nothing of another's", async () => {
	const a = await addCompany(t.runtime, { name: 'Alpha Export', keys: 2, offered: ['essential'] });
	const b = await addCompany(t.runtime, { name: 'Beta Export' });
	const apiA = await (await new Browser(t.runtime).signIn(a.email)).api();
	await apiA.users.create({
		firstName: 'Only',
		lastName: 'Alpha',
		email: 'only@alpha.example',
		extension: '401'
	});
	const apiB = await (await new Browser(t.runtime).signIn(b.email)).api();
	const text = JSON.stringify(await apiB.profile.export());
	for (const mark of ['Alpha Export', a.email, 'only@alpha.example', a.companyId])
		expect(text).not.toContain(mark);
});
