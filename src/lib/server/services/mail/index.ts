import { incomingProtocol, type Security } from '$lib/mail-presets';
import { Check, type CheckLimits, type CheckResult } from '../outbound/check';
import type { OutboundGuard, Resolver } from '../outbound/guard';
import { imapLogin, pop3Login, sendMessage, type TestMessage } from './clients';
import { detectSettings, type Detected, type WellKnownPorts } from './detect';
import { probe, quit, resolveStep } from './probe';
import type { Endpoint, MailLogin, MailSettings } from './types';

export type { TestMessage } from './clients';
export type { Detected } from './detect';

/**
 * The mail service of shared/DESIGN.md §4: checks a company's mail access step by step against
 * the real servers, and sends a test message through its SMTP settings.
 */
export interface MailService {
	/**
	 * Incoming server: resolve, connect, TLS, greeting, capabilities and, given a login, sign-in;
	 * then the message through the SMTP settings (signed in with the same login, if any).
	 */
	testConnection(
		settings: MailSettings,
		login: MailLogin | undefined,
		message: TestMessage
	): Promise<CheckResult>;
	/** A message from a mailbox (the assistant's) through the SMTP settings, signed in as it. */
	sendFrom(settings: MailSettings, login: MailLogin, message: TestMessage): Promise<CheckResult>;
	/** The usual host names and ports of a mail domain that answer. */
	detect(mailDomain: string): Promise<Detected>;
}

export interface MailServiceOptions {
	guard: OutboundGuard;
	resolver: Resolver;
	limits: CheckLimits;
	/** Extra trusted certificate authorities (tests pass the one they made). */
	ca?: string[];
	ports?: WellKnownPorts;
}

const smtpEndpoint = (s: MailSettings): Endpoint => ({
	host: s.smtpHost,
	port: s.smtpPort,
	security: s.smtpSecurity as Security
});

export function createMailService(options: MailServiceOptions): MailService {
	const { guard, limits, ca } = options;

	async function send(
		check: Check,
		settings: MailSettings,
		auth: MailLogin | undefined,
		message: TestMessage
	) {
		const endpoint = smtpEndpoint(settings);
		const target = await resolveStep(check, guard, endpoint.host, 'smtp.resolve');
		await check.run('send', async (_signal, timeoutMs) => {
			await sendMessage({ endpoint, target, ca, timeoutMs }, auth, message);
			return {
				value: undefined,
				key: 'checks.send.ok',
				params: { to: message.to, host: endpoint.host }
			};
		});
	}

	return {
		testConnection(settings, login, message) {
			const check = new Check(limits);
			const protocol = incomingProtocol(settings.serverType);
			const endpoint: Endpoint = {
				host: settings.host,
				port: settings.port,
				security: settings.security
			};
			return check.conclude(async () => {
				const probed = await probe(check, endpoint, protocol, { guard, ca });
				try {
					if (login) {
						await check.run('login', async (_signal, timeoutMs) => {
							if (protocol === 'pop3') await pop3Login(probed, login);
							else await imapLogin({ endpoint, target: probed.target, ca, timeoutMs }, login);
							return {
								value: undefined,
								key: 'checks.login.ok',
								params: { username: login.username }
							};
						});
					}
				} finally {
					quit(probed, protocol);
				}
				await send(check, settings, login, message);
			});
		},
		sendFrom(settings, login, message) {
			const check = new Check(limits);
			return check.conclude(() => send(check, settings, login, message));
		},
		detect: (mailDomain) => detectSettings(mailDomain, options)
	};
}
