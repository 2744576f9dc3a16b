import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { StepFailure } from '../outbound/check';
import type { Target } from '../outbound/guard';
import type { Probed } from './probe';
import type { Endpoint, MailLogin } from './types';

// The sign-in and the test message, through well-kept clients (imapflow, nodemailer) connected
// to the address the guard checked, with the host name kept for SNI and certificate checks.

interface Connection {
	endpoint: Endpoint;
	target: Target;
	ca?: string[];
	timeoutMs: number;
}

export async function imapLogin({ endpoint, target, ca, timeoutMs }: Connection, login: MailLogin) {
	const client = new ImapFlow({
		host: target.address,
		port: endpoint.port,
		secure: endpoint.security === 'tls',
		// STARTTLS exactly when the settings say so: never a silent downgrade, never a surprise.
		doSTARTTLS: endpoint.security === 'starttls',
		servername: endpoint.host,
		auth: { user: login.username, pass: login.password },
		tls: { ca: ca?.length ? ca : undefined, servername: endpoint.host, rejectUnauthorized: true },
		logger: false,
		disableAutoIdle: true,
		connectionTimeout: timeoutMs,
		greetingTimeout: timeoutMs,
		socketTimeout: timeoutMs
	});
	client.on('error', () => {}); // reported through connect()'s rejection
	try {
		await client.connect();
	} catch (e) {
		const failure = e as { authenticationFailed?: boolean };
		throw new StepFailure(
			failure.authenticationFailed ? 'checks.login.rejected' : 'checks.login.failed',
			{
				username: login.username
			}
		);
	}
	await client.logout().catch(() => client.close());
}

/** POP3's sign-in is two commands; it runs on the connection the probe opened. */
export async function pop3Login(probed: Probed, login: MailLogin) {
	const { connection } = probed;
	connection.write(`USER ${login.username}`);
	const user = await connection.readLine();
	if (user.startsWith('+OK')) {
		connection.write(`PASS ${login.password}`);
		if ((await connection.readLine()).startsWith('+OK')) return;
	}
	throw new StepFailure('checks.login.rejected', { username: login.username });
}

export interface TestMessage {
	from: string;
	to: string;
	subject: string;
	text: string;
}

function sendFailure(e: unknown, endpoint: Endpoint): StepFailure {
	const err = e as { code?: string; responseCode?: number; message?: string };
	const message = String(err.message ?? '');
	const params = { host: endpoint.host, port: endpoint.port };
	if (err.code === 'EAUTH') return new StepFailure('checks.send.loginRejected', params);
	if (err.responseCode === 530) return new StepFailure('checks.send.loginRequired', params);
	if (err.code === 'EENVELOPE') return new StepFailure('checks.send.refused', params);
	if (/expired/i.test(message)) return new StepFailure('checks.send.certificate', params);
	if (/self[- ]signed|verify|issuer|altname|does not match/i.test(message)) {
		return new StepFailure('checks.send.certificate', params);
	}
	if (err.code === 'ETIMEDOUT') return new StepFailure('checks.send.timeout', params);
	if (err.code === 'ECONNECTION' || err.code === 'ESOCKET') {
		return new StepFailure('checks.send.connection', params);
	}
	return new StepFailure('checks.send.failed', params);
}

export async function sendMessage(
	{ endpoint, target, ca, timeoutMs }: Connection,
	auth: MailLogin | undefined,
	message: TestMessage
) {
	// `servername` (SNI and the certificate's name when host is an address) is a nodemailer
	// option that its type definitions do not list.
	const options: SMTPTransport.Options & { servername: string } = {
		host: target.address,
		port: endpoint.port,
		secure: endpoint.security === 'tls',
		requireTLS: endpoint.security === 'starttls',
		ignoreTLS: endpoint.security === 'none',
		servername: endpoint.host,
		tls: { ca: ca?.length ? ca : undefined, servername: endpoint.host, rejectUnauthorized: true },
		auth: auth ? { user: auth.username, pass: auth.password } : undefined,
		connectionTimeout: timeoutMs,
		greetingTimeout: timeoutMs,
		socketTimeout: timeoutMs,
		disableFileAccess: true,
		disableUrlAccess: true,
		logger: false
	};
	const transport = nodemailer.createTransport(options);
	try {
		await transport.sendMail(message);
	} catch (e) {
		throw sendFailure(e, endpoint);
	} finally {
		transport.close();
	}
}
