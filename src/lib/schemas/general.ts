import { z } from 'zod';
import { countrySchema, languageSchema, lineOfText, versionSchema } from './common';

export const companyNameSchema = lineOfText(100);

export const phoneSystemIdSchema = z
	.string({ error: 'validation.phoneSystem' })
	.min(1, 'validation.phoneSystem')
	.max(64, 'validation.phoneSystem');

/** general.update: the General information section. */
export const generalUpdateSchema = z
	.object({
		name: companyNameSchema,
		country: countrySchema,
		pbxSystem: phoneSystemIdSchema,
		firstLanguage: languageSchema,
		secondLanguage: languageSchema.nullable(),
		expectedVersion: versionSchema
	})
	.refine((v) => v.secondLanguage !== v.firstLanguage, {
		path: ['secondLanguage'],
		message: 'validation.secondLanguageSame'
	});

export type GeneralUpdate = z.output<typeof generalUpdateSchema>;
