import { z } from 'zod';
import { emailSchema, lineOfText } from './common';

/** users.create. Without packageIds the user gets the company's Default packages. */
export const userCreateSchema = z.object({
	firstName: lineOfText(60),
	lastName: lineOfText(60),
	email: emailSchema,
	extension: z
		.string({ error: 'validation.required' })
		.trim()
		.regex(/^\d{1,6}$/, 'validation.extension'),
	packageIds: z.array(z.string().min(1).max(64)).max(50).optional()
});

/** users.remove. */
export const userRemoveSchema = z.object({
	id: z.string({ error: 'validation.invalid' }).min(1).max(64)
});

export type UserCreate = z.output<typeof userCreateSchema>;
