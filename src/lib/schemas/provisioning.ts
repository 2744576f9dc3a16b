import { z } from 'zod';
import { phoneSystemIdSchema } from './general';

/** A secret typed into a form: kept exactly as typed (no trim), 1..256 characters. */
export const secretSchema = z
	.string({ error: 'validation.required' })
	.min(1, 'validation.required')
	.max(256, 'validation.tooLong');

/** provisioning.update. Without a password the stored one is kept. */
export const provisioningUpdateSchema = z.object({
	pbxSystem: phoneSystemIdSchema,
	accountId: z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, 'validation.required')
		.max(64, 'validation.tooLong')
		.regex(/^[A-Za-z0-9._@-]+$/, 'validation.accountId'),
	password: secretSchema.optional()
});

export type ProvisioningUpdate = z.output<typeof provisioningUpdateSchema>;
