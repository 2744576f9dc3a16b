import type { Resolver } from '$lib/server/services/outbound/guard';
import { MAIL_NAMES } from './certificates';

/** Names the tests use, pointed where each test needs them; anything else does not exist. */
export function testResolver(
	extra: Record<string, string> = {},
	mx: Record<string, string[]> = {}
): Resolver {
	const names: Record<string, string> = {
		...Object.fromEntries(MAIL_NAMES.map((n) => [n, '127.0.0.1'])),
		'pbx.example.test': '127.0.0.1',
		'metadata.example.test': '169.254.169.254',
		'intranet.example.test': '10.20.30.40',
		...extra
	};
	return {
		async lookup(host) {
			const address = names[host];
			return address ? [{ address, family: address.includes(':') ? 6 : 4 }] : [];
		},
		async mx(domain) {
			return mx[domain] ?? [];
		}
	};
}
