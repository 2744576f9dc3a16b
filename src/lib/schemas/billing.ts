import { z } from 'zod';

/** billing.unlock: the administrator's password, as typed. */
export const billUnlockSchema = z.object({
	password: z
		.string({ error: 'validation.required' })
		.min(1, 'validation.required')
		.max(128, 'validation.passwordTooLong')
});

/** billing.statement: a month, YYYY-MM. */
export const periodSchema = z.object({
	period: z
		.string({ error: 'validation.period' })
		.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.period')
});

/** One row of `npm run company -- usage import`: a call a user made, as the PBX reports it. */
export const callRecordSchema = z.object({
	userEmail: z.email('validation.email').transform((e) => e.toLowerCase()),
	startedAt: z.iso
		.datetime({ offset: true, error: 'validation.dateTime' })
		.transform((d) => new Date(d).toISOString()),
	durationSeconds: z.coerce
		.number({ error: 'validation.duration' })
		.int('validation.duration')
		.min(0, 'validation.duration')
		.max(86_400, 'validation.duration')
});
