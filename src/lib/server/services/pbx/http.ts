import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { StepFailure } from '../outbound/check';
import type { Target } from '../outbound/guard';

const MAX_BODY = 5 * 1024 * 1024;

export interface JsonRequest {
	url: URL;
	/** The address the guard checked for url.hostname: the request goes there, not to a new lookup. */
	target: Target;
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: unknown;
	signal: AbortSignal;
	ca?: string[];
}

/** A JSON request whose every failure is a StepFailure the check can show. */
export function requestJson(req: JsonRequest): Promise<{ status: number; body: unknown }> {
	const { url, target } = req;
	const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
	const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
	const where = {
		address: target.address,
		port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80)
	};
	return new Promise((resolve, reject) => {
		const r = send(
			url,
			{
				method: req.method ?? 'GET',
				headers: {
					accept: 'application/json',
					...(payload ? { 'content-type': 'application/json' } : {}),
					...req.headers
				},
				lookup: (_host, options, callback) =>
					(options as { all?: boolean }).all
						? callback(null, [{ address: target.address, family: target.family }])
						: callback(null, target.address, target.family),
				ca: req.ca?.length ? req.ca : undefined,
				signal: req.signal,
				agent: false
			},
			(res) => {
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (c: Buffer) => {
					size += c.length;
					if (size > MAX_BODY) r.destroy(new Error('too large'));
					else chunks.push(c);
				});
				res.on('error', () => reject(new StepFailure('checks.pbx.dropped', where)));
				res.on('aborted', () => reject(new StepFailure('checks.pbx.dropped', where)));
				res.on('end', () => {
					const status = res.statusCode ?? 0;
					if (status >= 500) return reject(new StepFailure('checks.pbx.serverError', { status }));
					const text = Buffer.concat(chunks).toString('utf8');
					try {
						resolve({ status, body: text ? JSON.parse(text) : null });
					} catch {
						reject(new StepFailure('checks.pbx.badAnswer', { status }));
					}
				});
			}
		);
		r.on('error', (e: NodeJS.ErrnoException) => {
			if (req.signal.aborted) return; // the step's timeout speaks for itself
			const message = e.message ?? '';
			if (e.code === 'ECONNREFUSED') reject(new StepFailure('checks.connect.refused', where));
			else if (e.code === 'CERT_HAS_EXPIRED')
				reject(
					new StepFailure('checks.tls.expired', {
						host: url.hostname,
						subject: url.hostname,
						expires: ''
					})
				);
			else if (
				/certificate|self[- ]signed|altname/i.test(message) ||
				e.code?.startsWith('ERR_TLS')
			) {
				reject(
					new StepFailure('checks.tls.untrusted', {
						host: url.hostname,
						subject: url.hostname,
						expires: ''
					})
				);
			} else reject(new StepFailure('checks.pbx.dropped', where));
		});
		if (payload) r.write(payload);
		r.end();
	});
}
