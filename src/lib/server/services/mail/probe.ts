import { isIP } from 'node:net';
import type { Check } from '../outbound/check';
import { showable, StepFailure } from '../outbound/check';
import type { OutboundGuard, Target } from '../outbound/guard';
import { OutboundRefused } from '../outbound/guard';
import { DIALECT } from './dialects';
import { describeCertificate, LineSocket } from './line-socket';
import type { Endpoint, Protocol } from './types';

export interface ProbeOptions {
	guard: OutboundGuard;
	/** Certificate authorities trusted beyond the system's (tests pass the one they made). */
	ca?: string[];
}

export interface Probed {
	target: Target;
	capabilities: string;
	/** Still open after the capability list, for a caller that signs in on it (POP3). */
	connection: LineSocket;
}

/** The resolve step: the checked address, or why it may not be reached. */
export function resolveStep(check: Check, guard: OutboundGuard, host: string, step = 'resolve') {
	return check.run(step, async () => {
		try {
			const target = await guard.resolve(host);
			const key = isIP(host.replace(/^\[|\]$/g, ''))
				? 'checks.resolve.literal'
				: 'checks.resolve.ok';
			return { value: target, key, params: { host, address: target.address } };
		} catch (e) {
			if (!(e instanceof OutboundRefused)) throw e;
			throw new StepFailure(`checks.resolve.${e.reason}`, { host, address: e.address ?? '' });
		}
	});
}

/**
 * Resolve, connect, TLS (at once or after STARTTLS), greeting, capabilities: each a step of
 * `check`. Nothing is written before the server has greeted in the expected protocol.
 */
export async function probe(
	check: Check,
	endpoint: Endpoint,
	protocol: Protocol,
	{ guard, ca }: ProbeOptions
): Promise<Probed> {
	const dialect = DIALECT[protocol];
	const target = await resolveStep(check, guard, endpoint.host);
	const connection = await check.run('connect', async (signal) => ({
		value: await LineSocket.connect(target.address, endpoint.port, signal),
		key: 'checks.connect.ok',
		params: { address: target.address, port: endpoint.port }
	}));
	try {
		const tls = (signal: AbortSignal) =>
			connection.upgrade(endpoint.host, ca, signal).then(({ certificate, protocol: version }) => ({
				value: undefined,
				key: 'checks.tls.ok',
				params: {
					version,
					...describeCertificate(certificate)
				}
			}));
		if (endpoint.security === 'tls') await check.run('tls', tls);

		await check.run('greeting', async () => {
			const first = await connection.readLine();
			if (!dialect.greeting(first)) {
				throw new StepFailure('checks.greeting.unexpected', { text: showable(first) });
			}
			// A multi-line SMTP greeting ends with "220 ".
			if (protocol === 'smtp' && first.startsWith('220-'))
				await connection.readUntil((l) => /^220 /.test(l));
			return { value: undefined, key: 'checks.greeting.ok', params: { text: showable(first) } };
		});

		if (endpoint.security === 'starttls') {
			await check.run('tls', async (signal) => {
				if (protocol === 'smtp') {
					connection.write(DIALECT.smtp.capability.send);
					const ehlo = await connection.readUntil(DIALECT.smtp.capability.last);
					if (!dialect.starttlsAdvertised(dialect.capabilities(ehlo))) {
						throw new StepFailure('checks.tls.noStarttls');
					}
				}
				connection.write(dialect.starttls.send);
				const answer = await connection.readUntil(dialect.starttls.last);
				if (!dialect.starttls.ok(answer[answer.length - 1] ?? '')) {
					throw new StepFailure('checks.tls.noStarttls');
				}
				return tls(signal);
			});
		}

		const capabilities = await check.run('capabilities', async () => {
			connection.write(dialect.capability.send);
			const lines = await connection.readUntil(dialect.capability.last);
			const list = showable(dialect.capabilities(lines), 300);
			return { value: list, key: 'checks.capabilities.ok', params: { list: list || '—' } };
		});
		return { target, capabilities, connection };
	} catch (e) {
		connection.close();
		throw e;
	}
}

export function quit(probed: Probed, protocol: Protocol) {
	probed.connection.write(DIALECT[protocol].quit);
	probed.connection.close();
}
