import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '$lib/server/redirect';

describe('the page after sign-in', () => {
	it('is the page the user asked for, when it is on this site', () => {
		expect(safeRedirectTarget('/profile/general')).toBe('/profile/general');
		expect(safeRedirectTarget('/profile?tab=1')).toBe('/profile?tab=1');
	});

	it('is the profile for anything that could lead to another site', () => {
		for (const target of [
			null,
			'',
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'javascript:alert(1)'
		]) {
			expect(safeRedirectTarget(target)).toBe('/profile');
		}
	});
});
