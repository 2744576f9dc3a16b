import { z } from 'zod';
import { newPasswordSchema } from './auth';
import { emailSchema, languageSchema, lineOfText, versionSchema } from './common';

const currentPassword = z.string({ error: 'validation.required' }).max(1024);

/** administrator.update. The phone is parsed by the service, against the company's country. */
export const administratorUpdateSchema = z.object({
	name: lineOfText(80),
	language: languageSchema,
	email: emailSchema,
	phone: z
		.string({ error: 'validation.invalid' })
		.trim()
		.max(40, 'validation.tooLong')
		.transform((p) => (p === '' ? null : p))
		.nullable(),
	/** Needed when the e-mail changes: the sign-in identity asks for re-authentication. */
	currentPassword: currentPassword.optional(),
	expectedVersion: versionSchema
});

/** administrator.changePassword. */
export const changePasswordSchema = z
	.object({
		currentPassword: currentPassword.min(1, 'validation.required'),
		newPassword: newPasswordSchema,
		confirmPassword: z.string({ error: 'validation.required' }).max(1024)
	})
	.refine((v) => v.confirmPassword === v.newPassword, {
		path: ['confirmPassword'],
		message: 'validation.passwordsDiffer',
		params: { code: 'PASSWORDS_DIFFER' }
	});

export type AdministratorUpdate = z.output<typeof administratorUpdateSchema>;
export type ChangePassword = z.output<typeof changePasswordSchema>;
