import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailSettings } from '$lib/schemas/mail-access';
import {
	ASSISTANT_MAILBOX,
	hasDovecot,
	MAILBOX,
	type MailServers,
	startMailServers
} from '../helpers/mail-servers';
import { testResolver } from '../helpers/resolver';
import { addCompany, Browser, refusal, testRuntime } from '../helpers/runtime';

// Against real servers on 127.0.0.1: Dovecot (IMAP, POP3) and smtp-server (SMTP).

let servers: MailServers;
let env: Awaited<ReturnType<typeof testRuntime>>;

const FAST = {
	OUTBOUND_ALLOW_PRIVATE: '1',
	OUTBOUND_STEP_TIMEOUT_MS: '1500',
	OUTBOUND_CHECK_TIMEOUT_MS: '8000'
};

beforeAll(async () => {
	if (!hasDovecot()) {
		throw new Error(
			'Dovecot is not installed: run `apt-get install -y dovecot-imapd dovecot-pop3d` (npm test does it when it can)'
		);
	}
	servers = await startMailServers();
	env = await testRuntime(FAST, { resolver: testResolver(), ca: [servers.certificates.ca] });
}, 30_000);

afterAll(async () => {
	await env?.close();
	await servers?.stop();
});

const settings = (over: Partial<MailSettings> = {}): MailSettings => ({
	serverType: 'imap',
	host: 'mail.example.test',
	port: servers.ports.imaps,
	security: 'tls',
	mailDomain: 'example.test',
	smtpHost: 'smtp.example.test',
	smtpPort: servers.ports.submission,
	smtpSecurity: 'starttls',
	...over
});

async function administrator(runtime = env.runtime) {
	const company = await addCompany(runtime, { keys: 5, offered: ['essential'] });
	const browser = await new Browser(runtime).signIn(company.email);
	return { company, api: await browser.api() };
}

const stepNames = (r: { steps: { step: string }[] }) => r.steps.map((s) => s.step);
const failedStep = <S extends { ok: boolean }>(r: { steps: S[] }) => r.steps.find((s) => !s.ok);

describe('mail access test', () => {
	it('passes every step over IMAP with SSL/TLS and sends the test message to the administrator', async () => {
		const { company, api } = await administrator();
		const before = servers.received.length;
		const result = await api.mailAccess.test({ ...settings(), login: MAILBOX });
		expect(result.ok).toBe(true);
		expect(stepNames(result)).toEqual([
			'resolve',
			'connect',
			'tls',
			'greeting',
			'capabilities',
			'login',
			'smtp.resolve',
			'send'
		]);
		const tls = result.steps.find((s) => s.step === 'tls')!;
		expect(tls.message).toMatch(
			/certificate for mail\.example\.test, valid until \d{4}-\d{2}-\d{2}/
		);
		expect(result.steps.find((s) => s.step === 'greeting')!.message).toMatch(/^Greeted: \* OK/);
		expect(result.steps.every((s) => Number.isInteger(s.ms) && s.ms >= 0)).toBe(true);
		const sent = servers.received.slice(before);
		expect(sent).toHaveLength(1);
		expect(sent[0].to).toEqual([company.email]);
		expect(sent[0].authenticatedAs).toBe(MAILBOX.username);
		expect(sent[0].raw).toContain('Subject: Test message from the Company Profile portal');
	});

	it('upgrades with STARTTLS after the greeting and before the capabilities', async () => {
		const { api } = await administrator();
		const result = await api.mailAccess.test({
			...settings({ port: servers.ports.imap, security: 'starttls' }),
			login: MAILBOX
		});
		expect(result.ok).toBe(true);
		expect(stepNames(result).slice(0, 5)).toEqual([
			'resolve',
			'connect',
			'greeting',
			'tls',
			'capabilities'
		]);
	});

	it('signs in over POP3, with TLS and without', async () => {
		const { api } = await administrator();
		for (const [port, security] of [
			[servers.ports.pop3s, 'tls'],
			[servers.ports.pop3, 'none']
		] as const) {
			const result = await api.mailAccess.test({
				...settings({ serverType: 'pop3', port, security }),
				login: MAILBOX
			});
			expect(result.ok, JSON.stringify(result.steps)).toBe(true);
			expect(result.steps.find((s) => s.step === 'capabilities')!.message).toMatch(/USER/);
		}
	});

	it('sends through SMTP over TLS without a login when the server allows it', async () => {
		const { api } = await administrator();
		const result = await api.mailAccess.test(
			settings({ smtpPort: servers.ports.smtps, smtpSecurity: 'tls' })
		);
		expect(result.ok).toBe(true);
		expect(stepNames(result)).not.toContain('login');
	});

	it('says the password was refused, and sends nothing', async () => {
		const { api } = await administrator();
		const before = servers.received.length;
		const result = await api.mailAccess.test({
			...settings(),
			login: { username: MAILBOX.username, password: 'not the password' }
		});
		expect(result.ok).toBe(false);
		expect(failedStep(result)).toMatchObject({
			step: 'login',
			message: `The server refused the username or password for ${MAILBOX.username}.`
		});
		expect(stepNames(result)).not.toContain('send');
		expect(servers.received.length).toBe(before);
	});

	it('says a closed port refused the connection', async () => {
		const { api } = await administrator();
		const result = await api.mailAccess.test(settings({ port: servers.ports.closed }));
		expect(failedStep(result)).toMatchObject({
			step: 'connect',
			message: `127.0.0.1 refused the connection on port ${servers.ports.closed}. Check the port.`
		});
	});

	it('ends at the greeting timeout when a server accepts and never answers', async () => {
		const { api } = await administrator();
		const result = await api.mailAccess.test(
			settings({ port: servers.ports.silent, security: 'none' })
		);
		const failed = failedStep(result)!;
		expect(failed.step).toBe('greeting');
		expect(failed.message).toBe(
			'The server accepted the connection but never greeted within 1.5 s. Check the port and the security setting.'
		);
		expect(failed.ms).toBeGreaterThanOrEqual(1400);
		expect(failed.ms).toBeLessThan(4000);
	});

	it('names an expired certificate and its expiry date', async () => {
		const { api } = await administrator();
		const result = await api.mailAccess.test(settings({ port: servers.ports.expired }));
		expect(failedStep(result)).toMatchObject({ step: 'tls' });
		expect(failedStep(result)!.message).toMatch(
			/^The server's certificate for mail\.example\.test expired on \d{4}-\d{2}-\d{2}\./
		);
	});

	it('refuses a certificate signed by an authority it does not trust', async () => {
		const strict = await testRuntime(FAST, { resolver: testResolver() });
		try {
			const { api } = await administrator(strict.runtime);
			const result = await api.mailAccess.test(settings());
			expect(failedStep(result)).toMatchObject({ step: 'tls' });
			expect(failedStep(result)!.message).toContain(
				'is not signed by an authority the portal trusts'
			);
		} finally {
			await strict.close();
		}
	});

	it('answers in French for a French administrator', async () => {
		const company = await addCompany(env.runtime, { language: 'fr' });
		const api = await (
			await new Browser(env.runtime, { locale: 'fr' }).signIn(company.email)
		).api();
		const result = await api.mailAccess.test(settings({ port: servers.ports.closed }));
		expect(failedStep(result)!.message).toBe(
			`127.0.0.1 a refusé la connexion sur le port ${servers.ports.closed}. Vérifiez le port.`
		);
	});
});

describe('outbound guard', () => {
	it('refuses a loopback or private address unless OUTBOUND_ALLOW_PRIVATE is set', async () => {
		const closed = await testRuntime(
			{ OUTBOUND_STEP_TIMEOUT_MS: '1500' },
			{ resolver: testResolver(), ca: [servers.certificates.ca] }
		);
		try {
			const { api } = await administrator(closed.runtime);
			for (const host of ['mail.example.test', 'intranet.example.test', '127.0.0.1']) {
				const result = await api.mailAccess.test(settings({ host }));
				expect(stepNames(result)).toEqual(['resolve']);
				expect(failedStep(result)!.message).toContain('a private or loopback address');
			}
		} finally {
			await closed.close();
		}
	});

	it('never connects to a link-local or cloud metadata address, even with private ones allowed', async () => {
		const { api } = await administrator();
		for (const host of ['metadata.example.test', '169.254.169.254', 'fe80::1']) {
			const result = await api.mailAccess.test(settings({ host }));
			expect(stepNames(result)).toEqual(['resolve']);
			expect(failedStep(result)!.message).toContain('never connects to');
		}
	});
});

describe('validated connection', () => {
	it('is validated when saved after a passing test of exactly these settings, and users inherit it', async () => {
		const { api } = await administrator();
		const tested = await api.mailAccess.test({ ...settings(), login: MAILBOX });
		expect(tested.ok, JSON.stringify(failedStep(tested))).toBe(true);
		const saved = await api.mailAccess.update(settings());
		expect(saved.validated).toBe(true);
		const user = await api.users.create({
			firstName: 'Zoé',
			lastName: 'Lavoie',
			email: 'zoe@example.test',
			extension: '301'
		});
		expect(user.mailConnection).toMatchObject({
			host: 'mail.example.test',
			port: servers.ports.imaps,
			security: 'tls'
		});
		expect((await api.users.list()).users[0].mailConnection?.smtpHost).toBe('smtp.example.test');
	});

	it('is not validated when the settings differ from the tested ones or the last test failed', async () => {
		const { api } = await administrator();
		await api.mailAccess.test({ ...settings(), login: MAILBOX });
		expect(
			(
				await api.mailAccess.update(
					settings({ smtpPort: servers.ports.smtps, smtpSecurity: 'tls' })
				)
			).validated
		).toBe(false);
		const user = await api.users.create({
			firstName: 'Léa',
			lastName: 'Roy',
			email: 'lea@example.test',
			extension: '302'
		});
		expect(user.mailConnection).toBeNull();

		await api.mailAccess.update(settings());
		await api.mailAccess.test({
			...settings(),
			login: { username: MAILBOX.username, password: 'wrong one' }
		});
		expect((await api.mailAccess.get())?.validated).toBe(false);
	});

	it('rejects bad settings field by field, in the schema shared with the form', async () => {
		const { api } = await administrator();
		const r = await refusal(
			api.mailAccess.update({ ...settings(), host: 'not a host', port: 70000, mailDomain: 'nodot' })
		);
		expect(r.fieldErrors).toMatchObject({
			host: ['Enter a host name such as mail.example.com, or an IP address.'],
			port: ['Enter a port from 1 to 65535.'],
			mailDomain: ['Enter a domain such as example.com.']
		});
		expect(await api.mailAccess.get()).toBeNull();
	});
});

describe("I don't know my settings", () => {
	it('offers the usual host names and ports of the mail domain that answered', async () => {
		const p = servers.ports;
		const detecting = await testRuntime(FAST, {
			resolver: testResolver(),
			ca: [servers.certificates.ca],
			mailPorts: {
				imap: { tls: p.imaps, starttls: p.imap },
				pop3: { tls: p.pop3s, starttls: p.pop3 },
				smtp: { tls: p.smtps, starttls: p.submission }
			}
		});
		try {
			const { api } = await administrator(detecting.runtime);
			const found = await api.mailAccess.detect({ mailDomain: 'example.test' });
			expect(found.suggestion).toEqual({
				serverType: 'imap',
				host: 'imap.example.test',
				port: p.imaps,
				security: 'tls',
				smtpHost: 'smtp.example.test',
				smtpPort: p.submission,
				smtpSecurity: 'starttls'
			});
			expect(found.answered.map((a) => a.host)).toContain('pop.example.test');
		} finally {
			await detecting.close();
		}
	});

	it('recognises mail hosted by Google from its MX records', async () => {
		const hosted = await testRuntime(FAST, {
			resolver: testResolver({}, { 'hosted.test': ['aspmx.l.google.com'] })
		});
		try {
			const { api } = await administrator(hosted.runtime);
			const found = await api.mailAccess.detect({ mailDomain: 'hosted.test' });
			expect(found.suggestion).toMatchObject({
				serverType: 'google',
				host: 'imap.gmail.com',
				port: 993
			});
		} finally {
			await hosted.close();
		}
	});
});

describe('virtual assistant mailbox', () => {
	it('sends a test message from the assistant mailbox to the administrator', async () => {
		const { company, api } = await administrator();
		await api.mailAccess.update(settings());
		const view = await api.assistant.get();
		await api.assistant.update({
			name: 'Ava',
			email: ASSISTANT_MAILBOX.username,
			mailboxPassword: ASSISTANT_MAILBOX.password,
			expectedVersion: view.version
		});
		const before = servers.received.length;
		const result = await api.assistant.checkMailbox();
		expect(result.ok).toBe(true);
		expect(stepNames(result)).toEqual(['smtp.resolve', 'send']);
		const sent = servers.received.slice(before);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({
			from: ASSISTANT_MAILBOX.username,
			to: [company.email],
			authenticatedAs: ASSISTANT_MAILBOX.username
		});
		expect(sent[0].raw).toContain('Ava');
	});

	it('says the outgoing server refused a wrong mailbox password', async () => {
		const { api } = await administrator();
		await api.mailAccess.update(settings());
		const view = await api.assistant.get();
		await api.assistant.update({
			name: 'Ava',
			email: ASSISTANT_MAILBOX.username,
			mailboxPassword: 'wrong password',
			expectedVersion: view.version
		});
		const result = await api.assistant.checkMailbox();
		expect(failedStep(result)).toMatchObject({
			step: 'send',
			message: 'The outgoing server smtp.example.test refused the username or password.'
		});
	});

	it('asks for the mail access connection before it can send', async () => {
		const { api } = await administrator();
		expect((await refusal(api.assistant.checkMailbox())).code).toBe('MAIL_ACCESS_NOT_SET');
	});
});
