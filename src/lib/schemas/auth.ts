import { z } from 'zod';
import { emailSchema } from './common';

/** auth.login. The password is not trimmed: spaces are part of it. */
export const loginSchema = z.object({
	email: emailSchema,
	password: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(1024)
});

/** A password being set (CLI, and the password change of the administrator section). */
export const newPasswordSchema = z
	.string({ error: 'validation.required' })
	.min(12, 'validation.passwordTooShort')
	.max(128, 'validation.passwordTooLong');

export type LoginData = z.output<typeof loginSchema>;
