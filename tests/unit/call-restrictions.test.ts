import { describe, expect, it } from 'vitest';
import {
	applicableRestriction,
	dialledDigits,
	matches,
	type Restriction
} from '$lib/call-restrictions';

const rule = (
	name: string,
	pattern: string,
	r: Restriction['rule'] = 'deny_all',
	origin: Restriction['origin'] = 'company'
): Restriction => ({
	name,
	pattern,
	rule: r,
	origin
});
const premium = rule('Premium 900 numbers', '1900???????', 'deny_all', 'provider');

describe('a pattern', () => {
	it('matches digits one for one, each ? standing for exactly one digit', () => {
		expect(matches('01133?????????', '01133123456789')).toBe(true);
		expect(matches('01133?????????', '01144123456789')).toBe(false);
		expect(matches('1900???????', '1900555010')).toBe(false); // one digit short
		expect(matches('1900???????', '190055501000')).toBe(false); // one digit long
		expect(matches('??????????', '5145550100')).toBe(true);
	});

	it('reads the dialled number for its digits only', () => {
		expect(dialledDigits('+1 (900) 555-0100')).toBe('19005550100');
	});
});

describe('the rule that applies', () => {
	it('is none when nothing matches: all calls are allowed', () => {
		expect(applicableRestriction([premium], '15145550100')).toBeNull();
	});

	it('denies premium 900 numbers by default', () => {
		expect(applicableRestriction([premium], '+1 900 555 0100')).toBe(premium);
	});

	it('is the most specific pattern: the most literal digits', () => {
		const france = rule('France', '0033?????????', 'allow_some');
		const paris = rule('Paris', '00331????????', 'allow_all');
		expect(applicableRestriction([france, paris], '0033142685300')).toBe(paris);
		expect(applicableRestriction([france, paris], '0033612345678')).toBe(france);
	});

	it('on a tie, the provider’s rule wins over the company’s', () => {
		const mine = rule('Our 900 line', '1900???????', 'allow_all');
		expect(applicableRestriction([mine, premium], '19005550100')).toBe(premium);
	});

	it('on a tie between company rules, the stricter rule wins, then the name', () => {
		const allow = rule('A allow', '555????', 'allow_all');
		const some = rule('B some', '555????', 'allow_some');
		const deny = rule('C deny', '555????', 'deny_all');
		expect(applicableRestriction([allow, some, deny], '5550100')).toBe(deny);
		expect(applicableRestriction([allow, some], '5550100')).toBe(some);
		const other = rule('A other', '555????', 'allow_all');
		expect(applicableRestriction([other, allow], '5550100')).toBe(allow); // 'A allow' sorts first
	});

	it('a specific company rule can open a number inside a broad provider rule', () => {
		const hotline = rule('Support hotline', '19005550199', 'allow_all');
		expect(applicableRestriction([premium, hotline], '19005550199')).toBe(hotline);
		expect(applicableRestriction([premium, hotline], '19005550100')).toBe(premium);
	});
});
