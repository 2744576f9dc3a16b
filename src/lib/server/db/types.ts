import type { Insertable, Selectable } from 'kysely';
import type { AuditEventTable } from './tables/audit';
import type { BillUnlockTable, CallRecordTable, SubscriptionTable } from './tables/billing';
import type {
	CallRestrictionTable,
	CompanyPackageTable,
	CompanyUserTable,
	PhoneNumberTable,
	ServicePackageTable,
	UserPackageTable
} from './tables/catalogue';
import type {
	AdministratorTable,
	CompanyTable,
	PhoneSystemTable,
	SessionTable,
	SignInFailureTable
} from './tables/company';
import type {
	MailAccessTable,
	MailAccessTestTable,
	OutboundCheckTable,
	ProvisioningAccessTable
} from './tables/connections';

// Table types for the latest schema, one file per area in tables/. Only repositories see these;
// services get plain objects.

export type * from './tables/audit';
export type * from './tables/billing';
export type * from './tables/catalogue';
export type * from './tables/company';
export type * from './tables/connections';

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
