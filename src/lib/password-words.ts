// The words of an administrator's context that a password must not be built from. Kept apart
// from password-strength.ts so that pages can use them without loading zxcvbn's dictionaries.

/** Lower case, accents and punctuation removed: "Acmé-Voice" and "acmevoice" compare equal. */
export const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^\p{L}\p{N}]/gu, '');

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
