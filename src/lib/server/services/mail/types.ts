import type { MailSettings, Security } from '$lib/schemas/mail-access';

export type Protocol = 'imap' | 'pop3' | 'smtp';

export interface Endpoint {
	host: string;
	port: number;
	security: Security;
}

export interface MailLogin {
	username: string;
	password: string;
}

export type { MailSettings, Security };
