import { z } from 'zod';
import { UI_LANGUAGES } from '$lib/languages';
import { COUNTRY_CODES } from './countries';

// Messages in these schemas are translation keys (src/lib/i18n/*/validation.json); the server
// translates them into the caller's language, so the same schema serves the API and the forms.

export { UI_LANGUAGES, type Language } from '$lib/languages';

export const languageSchema = z.enum(UI_LANGUAGES, { error: 'validation.language' });

export const countrySchema = z.enum(COUNTRY_CODES, { error: 'validation.country' });

// C0/C1 control characters have no place in a name and break logs and CSV exports.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** A trimmed single-line text of 1..max characters. */
export function lineOfText(max: number) {
	return z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, 'validation.required')
		.max(max, 'validation.tooLong')
		.refine((s) => !CONTROL_CHARS.test(s), 'validation.controlChars');
}

export const emailSchema = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, 'validation.required')
	.max(254, 'validation.tooLong')
	.pipe(z.email('validation.email'))
	.transform((e) => e.toLowerCase());

/** The row version a form was rendered from, for optimistic concurrency. */
export const versionSchema = z.number({ error: 'validation.invalid' }).int().min(1);
