import { describe, expect, it } from 'vitest';
import {
	addressRefusal,
	createOutboundGuard,
	OutboundRefused
} from '$lib/server/services/outbound/guard';

describe('outbound address rules', () => {
	it.each([
		['169.254.169.254', 'forbidden'],
		['169.254.10.1', 'forbidden'],
		['100.100.100.200', 'forbidden'],
		['0.0.0.0', 'forbidden'],
		['224.0.0.1', 'forbidden'],
		['fe80::1', 'forbidden'],
		['fd00:ec2::254', 'forbidden'],
		['::', 'forbidden'],
		['::ffff:169.254.169.254', 'forbidden']
	])('never reaches %s, even with private ranges allowed', (address, reason) => {
		expect(addressRefusal(address, true)).toBe(reason);
		expect(addressRefusal(address, false)).toBe(reason);
	});

	it.each([
		'127.0.0.1',
		'10.1.2.3',
		'172.16.0.9',
		'192.168.1.1',
		'100.64.0.1',
		'::1',
		'fd12::1',
		'::ffff:10.0.0.1'
	])('reaches the private or loopback address %s only when allowed', (address) => {
		expect(addressRefusal(address, false)).toBe('private');
		expect(addressRefusal(address, true)).toBeNull();
	});

	it.each(['8.8.8.8', '203.0.113.7', '2001:db8::1', '172.32.0.1'])(
		'reaches the public address %s',
		(address) => {
			expect(addressRefusal(address, false)).toBeNull();
		}
	);

	it('checks the address a name resolves to, and hands that same address to the connection', async () => {
		let lookups = 0;
		const guard = createOutboundGuard(
			{
				async lookup() {
					lookups++;
					return [{ address: lookups === 1 ? '203.0.113.7' : '127.0.0.1', family: 4 }];
				},
				async mx() {
					return [];
				}
			},
			false
		);
		const target = await guard.resolve('mail.example.com');
		expect(target).toEqual({ host: 'mail.example.com', address: '203.0.113.7', family: 4 });
		// A second lookup would now answer 127.0.0.1 (a rebinding name): it is refused.
		await expect(guard.resolve('mail.example.com')).rejects.toBeInstanceOf(OutboundRefused);
	});

	it('refuses a name that does not resolve', async () => {
		const guard = createOutboundGuard({ lookup: async () => [], mx: async () => [] }, true);
		await expect(guard.resolve('nowhere.example')).rejects.toMatchObject({ reason: 'unresolved' });
	});
});
