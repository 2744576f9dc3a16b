import { z } from 'zod';
import { RULES } from '$lib/call-restrictions';
import { lineOfText } from './common';
import { phoneSystemIdSchema } from './general';

const id = z.string({ error: 'validation.invalid' }).min(1).max(64);

const restriction = {
	name: lineOfText(60),
	pattern: z
		.string({ error: 'validation.required' })
		.trim()
		.regex(/^[0-9?]{1,20}$/, 'validation.pattern'),
	/** null: the company's own PBX. */
	pbxSystem: phoneSystemIdSchema.nullable(),
	rule: z.enum(RULES, { error: 'validation.rule' })
};

export const restrictionCreateSchema = z.object(restriction);
export const restrictionUpdateSchema = z.object({ id, ...restriction });
export const restrictionRemoveSchema = z.object({ id });
export const restrictionCheckSchema = z.object({
	number: z
		.string({ error: 'validation.required' })
		.trim()
		.regex(/^\+?[0-9 ().-]{1,30}$/, 'validation.dialledNumber')
		.refine((n) => /\d/.test(n), 'validation.dialledNumber')
});

export type RestrictionCreate = z.output<typeof restrictionCreateSchema>;
export type RestrictionUpdate = z.output<typeof restrictionUpdateSchema>;
