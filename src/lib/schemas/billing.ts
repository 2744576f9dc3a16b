import { z } from 'zod';

/** billing.unlock: the administrator's password, as typed. */
export const billUnlockSchema = z.object({
	password: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(128, 'validation.passwordTooLong')
});

/** billing.statement: a month, YYYY-MM. */
export const periodSchema = z.object({
	period: z.string({ error: 'validation.period' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.period')
});
