import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { appRouter } from '$lib/server/trpc/router';
import { hasDovecot, MAILBOX, type MailServers, startMailServers } from '../helpers/mail-servers';
import { testResolver } from '../helpers/resolver';
import { addCompany, Browser, testRuntime } from '../helpers/runtime';

// The write-only secrets (PBX password, assistant mailbox password, a login typed for one test)
// go in through the API and are used for real (Dovecot and smtp-server receive them), then
// nothing that leaves the server or rests beside it holds them in plaintext: no procedure's
// output, no log line, no byte of the SQLite files.

const PBX_PASSWORD = 'pbx-Secret-8c1f-never-shown';
const MAILBOX_PASSWORD = 'assistant-Secret-44d0-never-shown';

let servers: MailServers;
let env: Awaited<ReturnType<typeof testRuntime>>;
const logged: string[] = [];

beforeAll(async () => {
	if (!hasDovecot())
		throw new Error('Dovecot is not installed: apt-get install -y dovecot-imapd dovecot-pop3d');
	servers = await startMailServers();
	env = await testRuntime(
		{ OUTBOUND_ALLOW_PRIVATE: '1', OUTBOUND_STEP_TIMEOUT_MS: '2000' },
		{ resolver: testResolver(), ca: [servers.certificates.ca] }
	);
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		vi.spyOn(console, method).mockImplementation(
			(...args: unknown[]) => void logged.push(args.map(String).join(' '))
		);
	}
	for (const stream of [process.stdout, process.stderr]) {
		const write = stream.write.bind(stream);
		vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
			logged.push(String(chunk));
			return write(chunk as string, ...rest);
		}) as typeof stream.write);
	}
}, 30_000);

afterAll(async () => {
	vi.restoreAllMocks();
	await env?.close();
	await servers?.stop();
});

it('no procedure output, log line or database byte holds a secret in plaintext', async () => {
	const company = await addCompany(env.runtime, { keys: 50, offered: ['essential'] });
	const api = await (await new Browser(env.runtime).signIn(company.email)).api();
	const outputs: unknown[] = [];
	const keep = async <T>(p: Promise<T>) => {
		const value = await p.catch((e: unknown) => e);
		outputs.push(
			value instanceof Error ? { message: value.message, cause: String(value.cause) } : value
		);
		return value;
	};

	const settings = {
		serverType: 'imap' as const,
		host: 'mail.example.test',
		port: servers.ports.imaps,
		security: 'tls' as const,
		mailDomain: 'example.test',
		smtpHost: 'smtp.example.test',
		smtpPort: servers.ports.submission,
		smtpSecurity: 'starttls' as const
	};
	await keep(
		api.provisioning.update({
			pbxSystem: 'demo-pbx',
			accountId: 'demo-provisioning',
			password: PBX_PASSWORD
		})
	);
	await keep(api.provisioning.test());
	await keep(api.provisioning.importPreview());
	await keep(api.mailAccess.test({ ...settings, login: MAILBOX })); // signs in to Dovecot for real
	await keep(
		api.mailAccess.test({
			...settings,
			login: { username: MAILBOX.username, password: `${MAILBOX.password}-wrong` }
		})
	);
	await keep(api.mailAccess.update(settings));
	const { version } = await api.assistant.get();
	await keep(
		api.assistant.update({
			name: 'Ava',
			email: 'ava@example.test',
			mailboxPassword: MAILBOX_PASSWORD,
			expectedVersion: version
		})
	);
	await keep(api.assistant.checkMailbox()); // smtp-server refuses this password: an error path
	await keep(
		api.users.create({
			firstName: 'Zoé',
			lastName: 'Roy',
			email: 'zoe@example.test',
			extension: '400'
		})
	);

	// Every query procedure that takes no input, whatever routers exist now or later.
	const procedures = appRouter._def.procedures as unknown as Record<
		string,
		{ _def: { type?: string; query?: boolean; inputs: unknown[] } }
	>;
	const queries = Object.entries(procedures).filter(
		([, p]) =>
			(p._def.type ?? (p._def.query ? 'query' : '')) === 'query' && p._def.inputs.length === 0
	);
	expect(queries.map(([path]) => path)).toEqual(
		expect.arrayContaining([
			'profile.get',
			'profile.export',
			'provisioning.get',
			'assistant.get',
			'mailAccess.get'
		])
	);
	for (const [path] of queries) {
		const call = path
			.split('.')
			.reduce<unknown>(
				(node, key) => (node as Record<string, unknown>)[key],
				api
			) as () => Promise<unknown>;
		await keep(call());
	}

	// The secrets were used: Dovecot accepted the login, smtp-server saw the assistant try.
	expect(JSON.stringify(outputs)).toContain('Signed in as alice@example.test.');

	const secrets = [PBX_PASSWORD, MAILBOX_PASSWORD, MAILBOX.password];
	const text = JSON.stringify(outputs) + logged.join('\n');
	const files = readdirSync(env.dir).filter((f) => f.startsWith('portal.sqlite'));
	expect(files).toContain('portal.sqlite-wal'); // WAL mode: recent writes live here
	const bytes = Buffer.concat(files.map((f) => readFileSync(join(env.dir, f))));
	for (const secret of secrets) {
		expect(text, 'procedure output or log').not.toContain(secret);
		expect(bytes.includes(Buffer.from(secret)), `SQLite files hold ${secret}`).toBe(false);
		expect(
			bytes.includes(Buffer.from(secret, 'utf16le')),
			`SQLite files hold ${secret} (UTF-16)`
		).toBe(false);
	}
});
