import { z } from 'zod';
import { newPasswordSchema } from './auth';
import { countrySchema, emailSchema, languageSchema, lineOfText } from './common';
import { companyNameSchema, phoneSystemIdSchema } from './general';

/** A company and its administrator, as an operator creates them (`npm run company -- create`). */
export const companyCreateSchema = z.object({
	name: companyNameSchema,
	country: countrySchema,
	pbxSystem: phoneSystemIdSchema.optional(),
	language: languageSchema.default('en'),
	adminName: lineOfText(80).default('Administrator'),
	adminEmail: emailSchema,
	adminPassword: newPasswordSchema
});

export type CompanyCreate = z.output<typeof companyCreateSchema>;
