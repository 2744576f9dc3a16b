import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import { contextWords, fold } from './password-words';

// Password strength with zxcvbn-ts and its common, English and French dictionaries, enforced by
// the server on every new password. The browser's meter (password-meter.ts) uses the common
// dictionary only: English and French add 900 KB gzipped for a hint the server checks anyway.

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
	factory ??= new ZxcvbnFactory({
		dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
		graphs: common.adjacencyGraphs,
		// Levenshtein matching costs about ten times the time for little gain here.
		useLevenshteinDistance: false
	});
	return factory;
}

/** The smallest zxcvbn score (0–4) a new password must reach: "safely unguessable". */
export const MIN_SCORE = 3;

export type PasswordProblem = 'PASSWORD_HAS_CONTEXT' | 'PASSWORD_TOO_COMMON';

/** Why a new password is refused, or null. The length rules are the schema's. */
export function passwordProblem(
	password: string,
	context: { companyName: string; name?: string; email: string }
): PasswordProblem | null {
	const folded = fold(password);
	const words = contextWords(context);
	if (words.some((w) => folded.includes(w))) return 'PASSWORD_HAS_CONTEXT';
	return strength(password, words) < MIN_SCORE ? 'PASSWORD_TOO_COMMON' : null;
}

export function strength(password: string, userInputs: string[] = []): number {
	return zxcvbn().check(password.slice(0, 128), userInputs).score;
}
