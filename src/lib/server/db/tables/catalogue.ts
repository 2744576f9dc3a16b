import type { Generated } from 'kysely';

// Packages, users, phone numbers and call restrictions.

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

export interface UserPackageTable {
	user_id: string;
	package_id: string;
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
