import { TRPCError } from '@trpc/server';
import type { ErrorPayload } from '$lib/errors';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { translate } from '$lib/i18n';
import { type Issue, issueMessage } from '$lib/i18n/issues';
import type { Language } from '$lib/schemas/common';
import { AppError, type AppErrorCode } from '../errors';

/** The one place where an expected failure gets its transport code. */
const TRPC_CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
	UNAUTHENTICATED: 'UNAUTHORIZED',
	FORBIDDEN_ORIGIN: 'FORBIDDEN',
	INVALID_CREDENTIALS: 'UNAUTHORIZED',
	RATE_LIMITED: 'TOO_MANY_REQUESTS',
	CHECKS_RATE_LIMITED: 'TOO_MANY_REQUESTS',
	WRONG_PASSWORD: 'BAD_REQUEST',
	CURRENT_PASSWORD_REQUIRED: 'BAD_REQUEST',
	PASSWORD_TOO_COMMON: 'BAD_REQUEST',
	PASSWORD_HAS_CONTEXT: 'BAD_REQUEST',
	PHONE_INVALID: 'BAD_REQUEST',
	VALIDATION_FAILED: 'BAD_REQUEST',
	VERSION_CONFLICT: 'CONFLICT',
	LANGUAGE_NOT_SUPPORTED: 'BAD_REQUEST',
	SECOND_LANGUAGE_UNAVAILABLE: 'BAD_REQUEST',
	UNKNOWN_PHONE_SYSTEM: 'BAD_REQUEST',
	EMAIL_TAKEN: 'CONFLICT',
	PACKAGE_NOT_AVAILABLE: 'BAD_REQUEST',
	PACKAGE_INACTIVE: 'BAD_REQUEST',
	PACKAGE_NOT_OFFERED: 'BAD_REQUEST',
	DEFAULT_NOT_OFFERED: 'BAD_REQUEST',
	DEFAULT_REQUIRED: 'BAD_REQUEST',
	NO_KEYS_LEFT: 'CONFLICT',
	USER_EMAIL_TAKEN: 'CONFLICT',
	EXTENSION_TAKEN: 'CONFLICT',
	RESTRICTION_NAME_TAKEN: 'CONFLICT',
	RESTRICTION_READ_ONLY: 'FORBIDDEN',
	SECRET_REQUIRED: 'BAD_REQUEST',
	PROVISIONING_NOT_SET: 'PRECONDITION_FAILED',
	IMPORT_NEEDS_KEYS: 'CONFLICT',
	MAIL_ACCESS_NOT_SET: 'PRECONDITION_FAILED',
	ASSISTANT_NOT_SET: 'PRECONDITION_FAILED',
	BILL_LOCKED: 'FORBIDDEN',
	NOT_FOUND: 'NOT_FOUND',
	INTERNAL: 'INTERNAL_SERVER_ERROR'
};

export const toTRPCError = (error: AppError) =>
	new TRPCError({ code: TRPC_CODE[error.code], message: error.code, cause: error });

function isValidationError(cause: unknown): cause is { issues: Issue[] } {
	return cause instanceof Error && cause.name === 'ZodError' && 'issues' in cause;
}

/** A procedure's failure (or a schema's, in a form action) as the client is told of it. */
export function describeError(error: TRPCError | Error, locale: Language): ErrorPayload {
	const cause = error instanceof TRPCError ? error.cause : error;
	if (isValidationError(cause)) {
		const fieldErrors: Record<string, string[]> = {};
		for (const issue of cause.issues) {
			const field = issue.path.map(String).join('.') || 'form';
			(fieldErrors[field] ??= []).push(issueMessage(issue, locale));
		}
		const message = translate(locale, 'errors.VALIDATION_FAILED');
		// A rule with a name of its own (a refine's params.code) is the code clients see.
		const code = cause.issues.find((i) => i.params?.code)?.params?.code ?? 'VALIDATION_FAILED';
		return { code, message, fieldErrors };
	}
	if (cause instanceof AppError) {
		const message = translate(locale, `errors.${cause.code}`, cause.params);
		const fieldErrors = cause.field ? { [cause.field]: [message] } : {};
		const summary = cause.field ? translate(locale, 'errors.VALIDATION_FAILED') : message;
		return { code: cause.code, message: summary, fieldErrors };
	}
	if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') {
		return { code: 'INTERNAL', message: translate(locale, 'errors.INTERNAL'), fieldErrors: {} };
	}
	// tRPC's own refusals: unknown procedure, wrong method, unparsable body.
	return {
		code: error.code,
		message: translate(locale, 'errors.REQUEST_REJECTED'),
		fieldErrors: {}
	};
}
