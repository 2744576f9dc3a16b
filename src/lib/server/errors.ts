/**
 * Expected failures, raised by services and mapped to tRPC codes in one place
 * (trpc/errors.ts). Each code has a translated message under `errors.<CODE>`.
 */
export const APP_ERROR_CODES = [
	'UNAUTHENTICATED',
	'FORBIDDEN_ORIGIN',
	'INVALID_CREDENTIALS',
	'RATE_LIMITED',
	'CHECKS_RATE_LIMITED',
	'WRONG_PASSWORD',
	'CURRENT_PASSWORD_REQUIRED',
	'PASSWORD_TOO_COMMON',
	'PASSWORD_HAS_CONTEXT',
	'PHONE_INVALID',
	'VALIDATION_FAILED',
	'VERSION_CONFLICT',
	'LANGUAGE_NOT_SUPPORTED',
	'SECOND_LANGUAGE_UNAVAILABLE',
	'UNKNOWN_PHONE_SYSTEM',
	'EMAIL_TAKEN',
	'PACKAGE_NOT_AVAILABLE',
	'PACKAGE_INACTIVE',
	'PACKAGE_NOT_OFFERED',
	'DEFAULT_NOT_OFFERED',
	'DEFAULT_REQUIRED',
	'NO_KEYS_LEFT',
	'USER_EMAIL_TAKEN',
	'EXTENSION_TAKEN',
	'RESTRICTION_NAME_TAKEN',
	'RESTRICTION_READ_ONLY',
	'SECRET_REQUIRED',
	'PROVISIONING_NOT_SET',
	'IMPORT_NEEDS_KEYS',
	'MAIL_ACCESS_NOT_SET',
	'ASSISTANT_NOT_SET',
	'BILL_LOCKED',
	'NOT_FOUND',
	'INTERNAL'
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		/** The input field the error belongs to, so a form can show it beside that field. */
		readonly field?: string,
		/** Values for the translated message, e.g. { minutes } for RATE_LIMITED. */
		readonly params?: Record<string, number | string>
	) {
		super(code);
		this.name = 'AppError';
	}
}
