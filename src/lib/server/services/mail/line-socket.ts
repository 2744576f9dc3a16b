import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type PeerCertificate, type TLSSocket } from 'node:tls';
import { StepFailure } from '../outbound/check';

/**
 * The few lines of IMAP, POP3 and SMTP that a check needs before signing in (the greeting,
 * STARTTLS, the capability list), read one line at a time. The mail clients (imapflow,
 * nodemailer) do all of this in one call, which could not say which step failed; the sign-in
 * itself and the test message go through those clients.
 */
export class LineSocket {
	private buffer = '';
	private waiting: (() => void) | null = null;
	private closed: Error | null = null;

	private constructor(private socket: Socket | TLSSocket) {
		this.listen();
	}

	private listen() {
		this.socket.setEncoding('utf8');
		this.socket.on('data', (chunk: string) => {
			this.buffer += chunk;
			this.waiting?.();
		});
		const end = (e?: Error) => {
			this.closed ??= e ?? new Error('closed');
			this.waiting?.();
		};
		this.socket.on('error', end);
		this.socket.on('close', () => end());
	}

	/** A TCP connection to a checked address; `signal` aborts it (the step's timeout). */
	static connect(address: string, port: number, signal: AbortSignal): Promise<LineSocket> {
		return new Promise((resolve, reject) => {
			const socket = netConnect({ host: address, port });
			signal.addEventListener('abort', () => socket.destroy(), { once: true });
			socket.once('connect', () => resolve(new LineSocket(socket)));
			socket.once('error', (e: NodeJS.ErrnoException) => {
				const key =
					e.code === 'ECONNREFUSED'
						? 'checks.connect.refused'
						: e.code === 'EHOSTUNREACH' || e.code === 'ENETUNREACH'
							? 'checks.connect.unreachable'
							: 'checks.connect.failed';
				reject(new StepFailure(key, { address, port }));
			});
		});
	}

	/**
	 * Starts TLS on this connection (at once for SSL/TLS, after STARTTLS otherwise). The chain and
	 * the name are checked by Node; a failure is told apart (expired, untrusted, wrong name).
	 */
	upgrade(
		servername: string,
		ca: string[] | undefined,
		signal: AbortSignal
	): Promise<{ certificate: PeerCertificate; protocol: string }> {
		const plain = this.socket;
		plain.removeAllListeners('data');
		return new Promise((resolve, reject) => {
			const secure = tlsConnect({
				socket: plain,
				servername,
				ca: ca?.length ? ca : undefined,
				// Checked below, so that the step can say why a certificate is refused.
				rejectUnauthorized: false
			});
			signal.addEventListener('abort', () => secure.destroy(), { once: true });
			secure.once('error', () => reject(new StepFailure('checks.tls.failed')));
			secure.once('secureConnect', () => {
				const certificate = secure.getPeerCertificate();
				const params = describeCertificate(certificate);
				if (!secure.authorized) {
					secure.destroy();
					const code = String(secure.authorizationError);
					const key =
						code === 'CERT_HAS_EXPIRED'
							? 'checks.tls.expired'
							: code === 'CERT_NOT_YET_VALID'
								? 'checks.tls.notYetValid'
								: code === 'ERR_TLS_CERT_ALTNAME_INVALID'
									? 'checks.tls.wrongName'
									: 'checks.tls.untrusted';
					reject(new StepFailure(key, { ...params, host: servername }));
					return;
				}
				this.socket = secure;
				this.buffer = '';
				this.listen();
				resolve({ certificate, protocol: secure.getProtocol() ?? 'TLS' });
			});
		});
	}

	/** The next line the server sends, without its CRLF. */
	async readLine(): Promise<string> {
		for (;;) {
			const end = this.buffer.indexOf('\n');
			if (end >= 0) {
				const line = this.buffer.slice(0, end).replace(/\r$/, '');
				this.buffer = this.buffer.slice(end + 1);
				return line;
			}
			if (this.closed) throw new StepFailure('checks.closedByServer');
			await new Promise<void>((resolve) => (this.waiting = resolve));
			this.waiting = null;
		}
	}

	/** Lines up to and including the first one `last` accepts. */
	async readUntil(last: (line: string) => boolean, max = 200): Promise<string[]> {
		const lines: string[] = [];
		while (lines.length < max) {
			const line = await this.readLine();
			lines.push(line);
			if (last(line)) return lines;
		}
		throw new StepFailure('checks.greeting.unexpected', { text: lines[0] ?? '' });
	}

	write(line: string) {
		this.socket.write(`${line}\r\n`);
	}

	close() {
		this.socket.destroy();
	}
}

export function describeCertificate(cert: PeerCertificate) {
	const subject = cert.subject?.CN ?? cert.subjectaltname ?? '';
	const expires = cert.valid_to ? new Date(cert.valid_to).toISOString().slice(0, 10) : '';
	return { subject: String(subject), expires };
}
