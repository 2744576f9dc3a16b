import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { SMTPServer } from 'smtp-server';
import { makeCertificates, type TestCertificates } from './certificates';

// Real mail servers on 127.0.0.1 for the mail checks: Dovecot from Debian for IMAP and POP3
// (its own config file, a passwd-file user, the test CA's certificate), the smtp-server package
// for SMTP (it records what it receives), and two that misbehave: one that accepts and never
// answers, one whose certificate expired.

export const MAILBOX = { username: 'alice@example.test', password: 'mailbox secret 7781' };
export const ASSISTANT_MAILBOX = {
	username: 'ava@example.test',
	password: 'assistant secret 4410'
};

export interface ReceivedMessage {
	from: string;
	to: string[];
	authenticatedAs: string | null;
	raw: string;
}

export interface MailServers {
	certificates: TestCertificates;
	ports: {
		imap: number;
		imaps: number;
		pop3: number;
		pop3s: number;
		/** SMTP with STARTTLS, sign-in optional. */
		submission: number;
		/** SMTP over TLS from the first byte. */
		smtps: number;
		/** Accepts connections and never says a word. */
		silent: number;
		/** IMAP over TLS with an expired certificate. */
		expired: number;
		/** Nothing listens here. */
		closed: number;
	};
	received: ReceivedMessage[];
	stop(): Promise<void>;
}

/** Whether Dovecot is installed (scripts/test.js installs it; see README). */
export function hasDovecot(): boolean {
	try {
		execFileSync('dovecot', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

async function freePort(): Promise<number> {
	const server = createNetServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string) {
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`dovecot exited: ${log()}`);
		const open = await new Promise<boolean>((resolve) => {
			const s = connect(port, '127.0.0.1');
			s.once('connect', () => (s.destroy(), resolve(true)));
			s.once('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`dovecot did not listen on ${port}: ${log()}`);
}

function dovecotConfig(dir: string, c: TestCertificates, p: MailServers['ports']) {
	return `protocols = imap pop3
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = yes
ssl_cert = <${c.certFile}
ssl_key = <${c.keyFile}
disable_plaintext_auth = no
# A wrong password is answered at once, and does not slow the next sign-in from 127.0.0.1:
# the tests time their steps.
auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=dovenull gid=dovenull home=${dir}/home/%u
}
service imap-login {
  inet_listener imap {
    port = ${p.imap}
  }
  inet_listener imaps {
    port = ${p.imaps}
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = ${p.pop3}
  }
  inet_listener pop3s {
    port = ${p.pop3s}
    ssl = yes
  }
}
`;
}

export async function startMailServers(): Promise<MailServers> {
	const dir = mkdtempSync(join(tmpdir(), 'company-profile-mail-'));
	// Dovecot's auth process runs as the dovecot user: it must be able to enter the folder.
	chmodSync(dir, 0o755);
	const certificates = makeCertificates(dir);
	const names = [
		'imap',
		'imaps',
		'pop3',
		'pop3s',
		'submission',
		'smtps',
		'silent',
		'expired',
		'closed'
	] as const;
	const ports = Object.fromEntries(
		await Promise.all(names.map(async (n) => [n, await freePort()]))
	) as MailServers['ports'];

	mkdirSync(join(dir, 'home'), { recursive: true });
	const dovenull = Number(execFileSync('id', ['-u', 'dovenull']).toString().trim());
	const dovenullGroup = Number(execFileSync('id', ['-g', 'dovenull']).toString().trim());
	chownSync(join(dir, 'home'), dovenull, dovenullGroup);
	writeFileSync(join(dir, 'users'), `${MAILBOX.username}:{PLAIN}${MAILBOX.password}::::::\n`);
	writeFileSync(join(dir, 'dovecot.conf'), dovecotConfig(dir, certificates, ports));
	const dovecot = spawn('dovecot', ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
	const log = () => {
		try {
			return execFileSync('cat', [join(dir, 'dovecot.log')]).toString();
		} catch {
			return '';
		}
	};

	const received: ReceivedMessage[] = [];
	const smtpOptions = (secure: boolean) =>
		new SMTPServer({
			secure,
			key: certificates.key,
			cert: certificates.cert,
			authOptional: true,
			allowInsecureAuth: true,
			logger: false,
			onAuth(auth, _session, callback) {
				const known = [MAILBOX, ASSISTANT_MAILBOX].find((m) => m.username === auth.username);
				if (known && known.password === auth.password) callback(null, { user: auth.username });
				else callback(new Error('Invalid username or password'));
			},
			onData(stream, session, callback) {
				let raw = '';
				stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
				stream.on('end', () => {
					const from = session.envelope.mailFrom;
					received.push({
						from: from ? from.address : '',
						to: session.envelope.rcptTo.map((r) => r.address),
						authenticatedAs: (session.user as string | undefined) ?? null,
						raw
					});
					callback();
				});
			}
		});
	const submission = smtpOptions(false);
	const smtps = smtpOptions(true);
	const silent: Server = createNetServer(() => {});
	const expired = createTlsServer(
		{ key: certificates.key, cert: certificates.expiredCert },
		(s) => {
			s.write('* OK expired server ready\r\n');
			s.on('error', () => {});
		}
	);
	const listen = (
		server: { listen: (port: number, host: string, cb: () => void) => unknown },
		port: number
	) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	await Promise.all([
		listen(submission, ports.submission),
		listen(smtps, ports.smtps),
		listen(silent, ports.silent),
		listen(expired, ports.expired)
	]);
	await waitForPort(ports.imap, dovecot, log);
	await waitForPort(ports.pop3s, dovecot, log);

	return {
		certificates,
		ports,
		received,
		async stop() {
			const exited = new Promise((resolve) => dovecot.once('exit', resolve));
			dovecot.kill('SIGTERM');
			await exited;
			await Promise.all(
				[submission, smtps].map((s) => new Promise<void>((resolve) => s.close(() => resolve())))
			);
			silent.close();
			expired.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
