import { PRESETS, type Security, type ServerType } from '$lib/mail-presets';
import { Check } from '../outbound/check';
import { probe, quit } from './probe';
import type { MailServiceOptions } from './index';
import type { Protocol } from './types';

/** The ports tried for each protocol and security (tests map them to their own servers). */
export type WellKnownPorts = Record<Protocol, Record<'tls' | 'starttls', number>>;

const STANDARD_PORTS: WellKnownPorts = {
	imap: { tls: 993, starttls: 143 },
	pop3: { tls: 995, starttls: 110 },
	smtp: { tls: 465, starttls: 587 }
};

// The host names mail providers and hosting panels use most, best first.
const CANDIDATES: { protocol: Protocol; prefix: string; security: 'tls' | 'starttls' }[] = [
	{ protocol: 'imap', prefix: 'imap', security: 'tls' },
	{ protocol: 'imap', prefix: 'mail', security: 'tls' },
	{ protocol: 'imap', prefix: 'imap', security: 'starttls' },
	{ protocol: 'imap', prefix: 'mail', security: 'starttls' },
	{ protocol: 'pop3', prefix: 'pop', security: 'tls' },
	{ protocol: 'pop3', prefix: 'pop3', security: 'tls' },
	{ protocol: 'pop3', prefix: 'mail', security: 'tls' },
	{ protocol: 'smtp', prefix: 'smtp', security: 'starttls' },
	{ protocol: 'smtp', prefix: 'smtp', security: 'tls' },
	{ protocol: 'smtp', prefix: 'mail', security: 'starttls' },
	{ protocol: 'smtp', prefix: 'mail', security: 'tls' }
];

export interface Answered {
	protocol: Protocol;
	host: string;
	port: number;
	security: Security;
}

export interface Detected {
	/** Everything that greeted with a trusted certificate, best first. */
	answered: Answered[];
	/** The settings to offer, when an incoming and an outgoing server answered (or the MX is known). */
	suggestion: {
		serverType: ServerType;
		host: string;
		port: number;
		security: Security;
		smtpHost: string;
		smtpPort: number;
		smtpSecurity: Security;
	} | null;
}

/** Mail hosted by Google or Microsoft is recognised from its MX records. */
function hostedBy(mx: string[]): ServerType | null {
	if (mx.some((m) => /(^|\.)(google|googlemail)\.com\.?$/i.test(m))) return 'google';
	if (mx.some((m) => /\.protection\.outlook\.com\.?$/i.test(m))) return 'microsoft365';
	return null;
}

export async function detectSettings(
	mailDomain: string,
	options: MailServiceOptions
): Promise<Detected> {
	const ports = options.ports ?? STANDARD_PORTS;
	const mx = await options.resolver.mx(mailDomain).catch(() => []);
	const hosted = hostedBy(mx);

	const tried = await Promise.all(
		CANDIDATES.map(async (c): Promise<Answered | null> => {
			const endpoint = {
				host: `${c.prefix}.${mailDomain}`,
				port: ports[c.protocol][c.security],
				security: c.security
			};
			const check = new Check(options.limits);
			let answered = false;
			await check.conclude(async () => {
				const probed = await probe(check, endpoint, c.protocol, options);
				quit(probed, c.protocol);
				answered = true;
			});
			return answered ? { protocol: c.protocol, ...endpoint } : null;
		})
	);
	const answered = tried.filter((a): a is Answered => a !== null);
	const incoming = answered.find((a) => a.protocol !== 'smtp');
	const outgoing = answered.find((a) => a.protocol === 'smtp');

	let suggestion: Detected['suggestion'] = null;
	if (hosted) {
		// A hosted service's own servers, whatever answers under the domain's own names.
		const p = PRESETS[hosted];
		suggestion = { serverType: hosted, ...p, host: p.host ?? '', smtpHost: p.smtpHost ?? '' };
	} else if (incoming && outgoing) {
		suggestion = {
			serverType: incoming.protocol === 'pop3' ? 'pop3' : 'imap',
			host: incoming.host,
			port: incoming.port,
			security: incoming.security,
			smtpHost: outgoing.host,
			smtpPort: outgoing.port,
			smtpSecurity: outgoing.security
		};
	}
	return { answered, suggestion };
}
