import type { Generated } from 'kysely';

// The company, its administrator and their sessions.

export interface PhoneSystemTable {
	id: string;
	name: string;
	sort_order: number;
	/** The built-in connector that speaks to it ('demo', 'wazo'), or null. */
	connector: string | null;
	/** Its API address, set by the operator, for network connectors. */
	api_url: string | null;
}

export interface CompanyTable {
	id: string;
	name: string;
	country: string;
	pbx_system_id: string;
	first_language: string;
	second_language: string | null;
	assistant_name: string | null;
	assistant_email: string | null;
	/** Sealed by services/secrets.ts, never plaintext. */
	assistant_mailbox_secret: string | null;
	assistant_mailbox_set_at: string | null;
	subscription_keys: Generated<number>;
	version: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface AdministratorTable {
	id: string;
	company_id: string;
	name: string;
	email: string;
	password_hash: string;
	language: Generated<string>;
	phone: string | null;
	version: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface SessionTable {
	id: string;
	administrator_id: string;
	expires_at: number;
	created_at: number;
	ip: string | null;
	user_agent: string | null;
}

export interface SignInFailureTable {
	id: Generated<number>;
	email: string;
	ip: string;
	at: number;
}
