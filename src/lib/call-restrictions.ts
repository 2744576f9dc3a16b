// Which call restriction applies to a dialled number: pure rules, shared by the server (the
// check procedure) and documented on the page.
//
// A pattern is digits and '?', each '?' standing for exactly one digit, so a pattern matches
// numbers of its own length only. Of the rules that match, the most specific wins: the one with
// the most literal digits. On a tie: the service provider's rule before the company's, then the
// stricter rule (deny all, then allow some users, then allow all), then the name. When no rule
// matches, the call is allowed to all users.

export const RULES = ['deny_all', 'allow_some', 'allow_all'] as const;
export type Rule = (typeof RULES)[number];

export interface Restriction {
	name: string;
	pattern: string;
	rule: Rule;
	origin: 'provider' | 'company';
}

/** The digits of a dialled number: "+1 (900) 555-0100" is "19005550100". */
export const dialledDigits = (number: string) => number.replace(/\D/g, '');

export function matches(pattern: string, digits: string): boolean {
	if (pattern.length !== digits.length) return false;
	for (let i = 0; i < pattern.length; i++) {
		if (pattern[i] !== '?' && pattern[i] !== digits[i]) return false;
	}
	return true;
}

export const specificity = (pattern: string) => pattern.replace(/\?/g, '').length;

function precedence(a: Restriction, b: Restriction): number {
	return (
		specificity(b.pattern) - specificity(a.pattern) ||
		Number(b.origin === 'provider') - Number(a.origin === 'provider') ||
		RULES.indexOf(a.rule) - RULES.indexOf(b.rule) ||
		a.name.localeCompare(b.name)
	);
}

/** The restriction that applies to `number`, or null when none does (the call is allowed). */
export function applicableRestriction<R extends Restriction>(
	restrictions: R[],
	number: string
): R | null {
	const digits = dialledDigits(number);
	const matching = restrictions.filter((r) => matches(r.pattern, digits));
	return matching.sort(precedence)[0] ?? null;
}
