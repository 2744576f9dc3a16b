/**
 * Expected failures, raised by services and mapped to tRPC codes in one place
 * (trpc/errors.ts). Each code has a translated message under `errors.<CODE>`.
 */
export const APP_ERROR_CODES = [
	'UNAUTHENTICATED',
	'FORBIDDEN_ORIGIN',
	'INVALID_CREDENTIALS',
	'VALIDATION_FAILED',
	'VERSION_CONFLICT',
	'LANGUAGE_NOT_SUPPORTED',
	'SECOND_LANGUAGE_UNAVAILABLE',
	'UNKNOWN_PHONE_SYSTEM',
	'EMAIL_TAKEN',
	'NOT_FOUND',
	'INTERNAL'
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		/** The input field the error belongs to, so a form can show it beside that field. */
		readonly field?: string
	) {
		super(code);
		this.name = 'AppError';
	}
}
