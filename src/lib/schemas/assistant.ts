import { z } from 'zod';
import { emailSchema, lineOfText, versionSchema } from './common';
import { secretSchema } from './provisioning';

/** assistant.update. Without a mailbox password the stored one is kept. */
export const assistantUpdateSchema = z.object({
	name: lineOfText(40),
	email: emailSchema,
	mailboxPassword: secretSchema.optional(),
	expectedVersion: versionSchema
});

export type AssistantUpdate = z.output<typeof assistantUpdateSchema>;
