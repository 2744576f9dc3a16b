import type { Generated, Insertable, Selectable } from 'kysely';

// Table types for the latest schema. Only repositories see these; services get plain objects.

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

export interface ProvisioningAccessTable {
	company_id: string;
	pbx_system_id: string;
	account_id: string;
	/** Sealed by services/secrets.ts, never plaintext. */
	password_secret: string | null;
	password_set_at: string | null;
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

export interface ServicePackageTable {
	id: string;
	name: string;
	/** Minor units (cents) of `currency`. */
	base_rate: number;
	included_minutes: number;
	minute_rate: number;
	currency: string;
	active: Generated<number>;
	sort_order: Generated<number>;
}

export interface CompanyPackageTable {
	company_id: string;
	package_id: string;
	offered: Generated<number>;
	is_default: Generated<number>;
}

export interface CompanyUserTable {
	id: string;
	company_id: string;
	first_name: string;
	last_name: string;
	email: string;
	extension: string;
	/** JSON of the validated mail access settings the user inherited. */
	mail_connection: string | null;
	/** "<phone system>:<PBX id>" for a user imported from the PBX. */
	pbx_ref: string | null;
	created_at: string;
}

export interface PhoneNumberTable {
	id: string;
	company_id: string;
	/** E.164. */
	number: string;
	type: 'voice' | 'fax' | 'voice_fax';
	pbx_ref: string | null;
	/** null: an unused number. */
	user_id: string | null;
	created_at: string;
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

export interface UserPackageTable {
	user_id: string;
	package_id: string;
}

export interface CallRestrictionTable {
	id: string;
	/** null: a rule of the service provider's, which companies see and cannot change. */
	company_id: string | null;
	name: string;
	pattern: string;
	pbx_system_id: string | null;
	rule: 'allow_some' | 'allow_all' | 'deny_all';
	created_at: string;
}

export interface OutboundCheckTable {
	id: Generated<number>;
	company_id: string;
	at: number;
}

export interface SubscriptionTable {
	id: Generated<number>;
	company_id: string;
	user_id: string;
	package_id: string;
	/** YYYY-MM-DD, the first day billed. */
	started_on: string;
	/** YYYY-MM-DD, the first day no longer billed; null while it lasts. */
	ended_on: string | null;
}

export interface CallRecordTable {
	id: Generated<number>;
	company_id: string;
	user_id: string;
	/** ISO-8601 UTC. */
	started_at: string;
	duration_seconds: number;
}

export interface BillUnlockTable {
	/** session.id: the SHA-256 of the session's token. */
	session_id: string;
	expires_at: number;
}

export interface AuditEventTable {
	id: Generated<number>;
	company_id: string;
	at: string;
	actor_id: string | null;
	/** The actor's e-mail at the time. */
	actor: string | null;
	/** The first characters of the session's id (itself a hash of the token). */
	session: string | null;
	ip: string | null;
	user_agent: string | null;
	section: string;
	action: string;
	/** JSON: [{ field, from, to }], secrets as "changed". */
	changes: Generated<string>;
	/** JSON: a few facts of the event (a check's outcome, an import's counts). */
	detail: string | null;
}

export interface Database {
	phone_system: PhoneSystemTable;
	company: CompanyTable;
	administrator: AdministratorTable;
	provisioning_access: ProvisioningAccessTable;
	session: SessionTable;
	sign_in_failure: SignInFailureTable;
	service_package: ServicePackageTable;
	company_package: CompanyPackageTable;
	company_user: CompanyUserTable;
	user_package: UserPackageTable;
	call_restriction: CallRestrictionTable;
	phone_number: PhoneNumberTable;
	mail_access: MailAccessTable;
	mail_access_test: MailAccessTestTable;
	outbound_check: OutboundCheckTable;
	subscription: SubscriptionTable;
	call_record: CallRecordTable;
	bill_unlock: BillUnlockTable;
	audit_event: AuditEventTable;
}

export type NewCompanyRow = Insertable<CompanyTable>;
export type NewAdministratorRow = Insertable<AdministratorTable>;
export type SessionRow = Selectable<SessionTable>;
