import { describe, expect, it } from 'vitest';
import { passwordProblem, strength } from '$lib/password-strength';
import { contextWords } from '$lib/password-words';

const acme = {
	companyName: 'Acme Telephony',
	name: 'Alex Martin',
	email: 'alex.martin@acme-voice.example'
};

describe('a new password', () => {
	it('is accepted when it is long and unguessable', () => {
		for (const ok of [
			'correct horse battery staple',
			'e2e demo password 2026',
			'mot de passe e2e 2026',
			'plum kettle orbit marsh'
		]) {
			expect(passwordProblem(ok, acme), ok).toBeNull();
		}
	});

	it('is refused when it is common or easy to guess, whatever its length', () => {
		for (const weak of [
			'password1234',
			'qwertyuiopasdf',
			'aaaaaaaaaaaa',
			'123456789012',
			'iloveyou1234',
			'motdepasse123'
		]) {
			expect(passwordProblem(weak, acme), weak).toBe('PASSWORD_TOO_COMMON');
		}
	});

	it('is refused when it is built from the company name, the name or the e-mail', () => {
		for (const context of [
			'Acme2026!Telephony',
			'telephony-rocks-forever',
			'my martin password xyz',
			'ACME-VOICE-secret-99',
			'alex.martin.is.here'
		]) {
			expect(passwordProblem(context, acme), context).toBe('PASSWORD_HAS_CONTEXT');
		}
	});

	it('context words ignore short fragments, case and punctuation', () => {
		expect(contextWords({ companyName: 'A & B Co', email: 'jo@ab.example' })).toEqual(['abco']);
		expect(contextWords(acme)).toEqual([
			'acmetelephony',
			'acme',
			'telephony',
			'alexmartin',
			'alex',
			'martin',
			'acmevoice',
			'voice'
		]);
	});

	it('scores from 0 to 4', () => {
		expect(strength('password')).toBe(0);
		expect(strength('plum kettle orbit marsh')).toBe(4);
	});
});
