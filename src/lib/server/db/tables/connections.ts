import type { Generated } from 'kysely';

// The company's connections to its PBX and mail servers, and their checks.

export interface ProvisioningAccessTable {
	company_id: string;
	pbx_system_id: string;
	account_id: string;
	/** Sealed by services/secrets.ts, never plaintext. */
	password_secret: string | null;
	password_set_at: string | null;
	updated_at: string;
}

export interface MailAccessTable {
	company_id: string;
	server_type: string;
	host: string;
	port: number;
	security: string;
	mail_domain: string;
	smtp_host: string;
	smtp_port: number;
	smtp_security: string;
	validated_at: string | null;
	updated_at: string;
}

export interface MailAccessTestTable {
	company_id: string;
	settings_digest: string;
	ok: number;
	tested_at: string;
}

export interface OutboundCheckTable {
	id: Generated<number>;
	company_id: string;
	at: number;
}
