import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { connect } from '../../examples/client';
import { accounts, PORTAL_PAGES, signIn } from './helpers';

// Against the production server: secrets written through the API are used (the checks run),
// then no page's HTML, no line the server printed and no byte of its SQLite files holds them.

const PBX_PASSWORD = 'e2e-pbx-Secret-51aa';
const MAILBOX_PASSWORD = 'e2e-mailbox-Secret-7be3';
const LOGIN_PASSWORD = 'e2e-login-Secret-c09d';

test('secrets written through the API appear in no page, no download, no server log line and no database byte', async ({
	page,
	baseURL
}) => {
	const api = await connect(baseURL!, accounts.secrets.email, accounts.secrets.password);
	const outputs: unknown[] = [];
	const keep = async (p: Promise<unknown>) =>
		outputs.push(await p.catch((e: Error) => ({ error: e.message })));

	await keep(
		api.provisioning.update.mutate({
			pbxSystem: 'demo-pbx',
			accountId: 'demo-provisioning',
			password: PBX_PASSWORD
		})
	);
	await keep(api.provisioning.test.mutate());
	const settings = {
		serverType: 'imap' as const,
		host: '127.0.0.1',
		port: 9,
		security: 'none' as const,
		mailDomain: 'secrets.example',
		smtpHost: '127.0.0.1',
		smtpPort: 9,
		smtpSecurity: 'none' as const
	};
	await keep(
		api.mailAccess.test.mutate({
			...settings,
			login: { username: 'someone@secrets.example', password: LOGIN_PASSWORD }
		})
	);
	await keep(api.mailAccess.update.mutate(settings));
	const { version } = await api.assistant.get.query();
	await keep(
		api.assistant.update.mutate({
			name: 'Kit',
			email: 'kit@secrets.example',
			mailboxPassword: MAILBOX_PASSWORD,
			expectedVersion: version
		})
	);
	await keep(api.assistant.checkMailbox.mutate());
	for (const q of [
		api.profile.get,
		api.provisioning.get,
		api.assistant.get,
		api.mailAccess.get,
		api.users.list,
		api.phoneNumbers.list
	]) {
		await keep(q.query());
	}
	expect(JSON.stringify(outputs)).toContain(
		'The phone system refused the account demo-provisioning'
	); // the check ran

	await signIn(page, accounts.secrets);
	await page.waitForURL('**/profile');
	const html: string[] = [];
	for (const path of PORTAL_PAGES) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		html.push(await page.content());
	}
	// The downloadable company account (Help, last question) too.
	const account = await page.request.get('/profile/account.json');
	expect(account.status()).toBe(200);
	html.push(await account.text());

	const { log, database } = JSON.parse(readFileSync('tests/.output/e2e-server.json', 'utf8'));
	const folder = dirname(database);
	const bytes = Buffer.concat(
		readdirSync(folder)
			.filter((f) => f.startsWith('portal.sqlite'))
			.map((f) => readFileSync(join(folder, f)))
	);
	const text = JSON.stringify(outputs) + html.join('\n') + readFileSync(log, 'utf8');
	for (const secret of [PBX_PASSWORD, MAILBOX_PASSWORD, LOGIN_PASSWORD]) {
		expect(text.includes(secret), `${secret} in a response, a page or the log`).toBe(false);
		expect(bytes.includes(Buffer.from(secret)), `${secret} in the SQLite files`).toBe(false);
	}
});
