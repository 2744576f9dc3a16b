import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';

// Password strength with zxcvbn-ts and its common, English and French dictionaries. The server
// enforces it on every new password; the browser loads this module only when the password
// dialog opens, for the meter (the dictionaries are large).

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

/** The words a password must not be built from: company, name, e-mail and its parts. */
export function contextWords(context: {
	companyName: string;
	name?: string;
	email: string;
}): string[] {
	const [local, domain = ''] = context.email.toLowerCase().split('@');
	const words = [context.companyName, context.name ?? '', local, domain.split('.')[0]]
		.flatMap((w) => [w, ...w.split(/[\s._-]+/)])
		.map((w) =>
			w
				.toLowerCase()
				.normalize('NFKD')
				.replace(/[^\p{L}\p{N}]/gu, '')
		);
	// Short fragments ("a", "co") are in too many good passwords to count.
	return [...new Set(words.filter((w) => w.length >= 4))];
}

export type PasswordProblem = 'PASSWORD_HAS_CONTEXT' | 'PASSWORD_TOO_COMMON';

/** Why a new password is refused, or null. The length rules are the schema's. */
export function passwordProblem(
	password: string,
	context: { companyName: string; name?: string; email: string }
): PasswordProblem | null {
	const folded = password
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]/gu, '');
	const words = contextWords(context);
	if (words.some((w) => folded.includes(w))) return 'PASSWORD_HAS_CONTEXT';
	return strength(password, words) < MIN_SCORE ? 'PASSWORD_TOO_COMMON' : null;
}

export function strength(password: string, userInputs: string[] = []): number {
	return zxcvbn().check(password.slice(0, 128), userInputs).score;
}
