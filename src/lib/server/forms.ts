import { type ActionFailure, fail, isActionFailure, type RequestEvent } from '@sveltejs/kit';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { z } from 'zod';
import { logError } from './log';
import type { FormFailure } from '$lib/errors';
import { describeError } from './trpc/errors';

/**
 * A form action's one path: the section's shared schema checks the form's values, then the
 * procedure runs. A refusal of either becomes `fail()` with translated messages per field and
 * the values to show again (`echo`: leave secrets out of it). `form` names the form on a page
 * that has several.
 */
export async function submitForm<S extends z.ZodType, T>(
	event: RequestEvent,
	schema: S,
	input: unknown,
	run: (data: z.output<S>) => Promise<T>,
	{ echo = {}, form }: { echo?: Record<string, unknown>; form?: string } = {}
): Promise<T | ActionFailure<FormFailure>> {
	const locale = event.locals.locale;
	const parsed = schema.safeParse(input);
	if (!parsed.success) {
		return fail(400, { ...describeError(parsed.error, locale), values: echo, form });
	}
	return runAction(event, () => run(parsed.data), { echo, form });
}

/** An action without input of its own (Test access, say): the procedure's refusal as fail(). */
export async function runAction<T>(
	event: RequestEvent,
	run: () => Promise<T>,
	{ echo = {}, form }: { echo?: Record<string, unknown>; form?: string } = {}
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await run();
	} catch (e) {
		if (!(e instanceof TRPCError)) throw e;
		if (e.code === 'INTERNAL_SERVER_ERROR') logError(`action ${event.url.pathname}`, e.cause ?? e);
		const locale = event.locals.locale;
		return fail(getHTTPStatusCodeFromError(e), { ...describeError(e, locale), values: echo, form });
	}
}

/** A form field as text ('' when absent), for building a procedure's input. */
export const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

/** Kit's isActionFailure, narrowed to the failures submitForm makes (so `form` stays typed). */
export const failed = <T>(
	result: T | ActionFailure<FormFailure>
): result is ActionFailure<FormFailure> => isActionFailure(result);
