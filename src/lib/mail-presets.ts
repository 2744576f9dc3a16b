// The mail server types the portal knows, shared by the schema (server) and the form (browser):
// picking a hosted service fills in its known host, port and security.

export const SERVER_TYPES = ['imap', 'pop3', 'microsoft365', 'google', 'exchange'] as const;
export type ServerType = (typeof SERVER_TYPES)[number];

export const SECURITIES = ['tls', 'starttls', 'none'] as const;
export type Security = (typeof SECURITIES)[number];

export interface Preset {
	/** null: the company's own server, whose name only the administrator knows. */
	host: string | null;
	port: number;
	security: Security;
	smtpHost: string | null;
	smtpPort: number;
	smtpSecurity: Security;
}

export const PRESETS: Record<ServerType, Preset> = {
	imap: {
		host: null,
		port: 993,
		security: 'tls',
		smtpHost: null,
		smtpPort: 587,
		smtpSecurity: 'starttls'
	},
	pop3: {
		host: null,
		port: 995,
		security: 'tls',
		smtpHost: null,
		smtpPort: 587,
		smtpSecurity: 'starttls'
	},
	microsoft365: {
		host: 'outlook.office365.com',
		port: 993,
		security: 'tls',
		smtpHost: 'smtp.office365.com',
		smtpPort: 587,
		smtpSecurity: 'starttls'
	},
	google: {
		host: 'imap.gmail.com',
		port: 993,
		security: 'tls',
		smtpHost: 'smtp.gmail.com',
		smtpPort: 465,
		smtpSecurity: 'tls'
	},
	exchange: {
		host: null,
		port: 993,
		security: 'tls',
		smtpHost: null,
		smtpPort: 587,
		smtpSecurity: 'starttls'
	}
};

/** POP3 for the POP3 type; every other type is read over IMAP. */
export const incomingProtocol = (type: ServerType) => (type === 'pop3' ? 'pop3' : 'imap');

/** The usual port of a protocol with a security, for the form's "port follows security". */
export function usualPort(protocol: 'imap' | 'pop3' | 'smtp', security: Security): number {
	const ports = {
		imap: { tls: 993, starttls: 143, none: 143 },
		pop3: { tls: 995, starttls: 110, none: 110 },
		smtp: { tls: 465, starttls: 587, none: 25 }
	};
	return ports[protocol][security];
}
