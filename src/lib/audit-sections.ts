// The sections the audit trail records, as the activity page filters them. Kept free of zod so
// that the page's browser bundle does not load the schemas (it was 26 KiB of zod).
export const AUDIT_SECTIONS = [
	'auth',
	'general',
	'administrator',
	'assistant',
	'provisioning',
	'mailAccess',
	'packages',
	'users',
	'callRestrictions',
	'billing',
	'account'
] as const;
