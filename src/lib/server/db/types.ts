import type { Generated, Insertable, Selectable } from 'kysely';

// Table types for the latest schema. Only repositories see these; services get plain objects.

export interface PhoneSystemTable {
	id: string;
	name: string;
	sort_order: number;
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
	mail_connection: string | null;
	created_at: string;
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
}

export type NewCompanyRow = Insertable<CompanyTable>;
export type NewAdministratorRow = Insertable<AdministratorTable>;
export type SessionRow = Selectable<SessionTable>;
