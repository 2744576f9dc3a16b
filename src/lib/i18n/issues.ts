import type { Language } from '$lib/languages';
import { translate } from './index';

/** The part of a zod issue that its message needs. */
export interface Issue {
	path: PropertyKey[];
	message: string;
	minimum?: unknown;
	maximum?: unknown;
	/** A refine's own stable code (`params: { code }`), e.g. PASSWORDS_DIFFER. */
	params?: { code?: string };
}

/**
 * The message for a failed schema check, in `locale`. Schema messages are translation keys
 * (`validation.*`); a check without one, such as a wrong type sent by a script, gets the generic one.
 */
export function issueMessage(issue: Issue, locale: Language): string {
	const key = issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
	return translate(locale, key, { min: Number(issue.minimum), max: Number(issue.maximum) });
}
