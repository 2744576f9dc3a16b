import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Name resolution, injected so that tests can point names at 127.0.0.1 without touching the
 * host's resolver. `mx` serves "I don't know my settings".
 */
export interface Resolver {
	lookup(host: string): Promise<{ address: string; family: 4 | 6 }[]>;
	mx(domain: string): Promise<string[]>;
}

export const systemResolver: Resolver = {
	async lookup(host) {
		const all = await dns.lookup(host, { all: true, verbatim: true });
		return all.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
	},
	async mx(domain) {
		const records = await dns.resolveMx(domain);
		return records.sort((a, b) => a.priority - b.priority).map((r) => r.exchange);
	}
};

function blockList(v4: [string, number][], v6: [string, number][]) {
	const list = new BlockList();
	for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
	for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
	return list;
}

// ASVS 5.0 §13.2: an outbound check is a way into the host's network. These are never reached:
// link-local (where cloud metadata lives: 169.254.169.254, fd00:ec2::254), "this network",
// multicast, broadcast, and the metadata addresses of clouds that use other ranges.
const NEVER = blockList(
	[
		['0.0.0.0', 8],
		['169.254.0.0', 16],
		['100.100.100.200', 32],
		['224.0.0.0', 4],
		['240.0.0.0', 4]
	],
	[
		['::', 128],
		['fe80::', 10],
		['fd00:ec2::254', 128],
		['ff00::', 8]
	]
);

// Loopback, private and shared ranges: an internal mail server lives here, and so does
// everything else on the operator's network. Reached only with OUTBOUND_ALLOW_PRIVATE=1.
const PRIVATE = blockList(
	[
		['127.0.0.0', 8],
		['10.0.0.0', 8],
		['172.16.0.0', 12],
		['192.168.0.0', 16],
		['100.64.0.0', 10],
		['198.18.0.0', 15]
	],
	[
		['::1', 128],
		['fc00::', 7]
	]
);

export type RefusalReason = 'forbidden' | 'private';

/** Why an address may not be reached, or null when it may. */
export function addressRefusal(address: string, allowPrivate: boolean): RefusalReason | null {
	// An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is the IPv4 address it carries.
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
	const ip = mapped ?? address;
	const type = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
	if (NEVER.check(ip, type)) return 'forbidden';
	if (!allowPrivate && PRIVATE.check(ip, type)) return 'private';
	return null;
}

export class OutboundRefused extends Error {
	constructor(
		readonly reason: RefusalReason | 'unresolved',
		readonly host: string,
		readonly address?: string
	) {
		super(`outbound connection to ${host} refused: ${reason}`);
	}
}

export interface Target {
	host: string;
	/** The checked address: connections go here, so a second lookup cannot swap it. */
	address: string;
	family: 4 | 6;
}

export interface OutboundGuard {
	resolve(host: string): Promise<Target>;
}

export function createOutboundGuard(resolver: Resolver, allowPrivate: boolean): OutboundGuard {
	async function resolve(host: string): Promise<Target> {
		const literal = isIP(host.replace(/^\[|\]$/g, ''));
		const candidates = literal
			? [{ address: host.replace(/^\[|\]$/g, ''), family: literal as 4 | 6 }]
			: await resolver.lookup(host).catch(() => []);
		const first = candidates[0];
		if (!first) throw new OutboundRefused('unresolved', host);
		const reason = addressRefusal(first.address, allowPrivate);
		if (reason) throw new OutboundRefused(reason, host, first.address);
		return { host, address: first.address, family: first.family };
	}
	return { resolve };
}
