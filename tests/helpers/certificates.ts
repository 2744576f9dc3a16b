import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names the test servers answer for (the test resolver points them at 127.0.0.1). */
export const MAIL_NAMES = [
	'mail.example.test',
	'imap.example.test',
	'pop.example.test',
	'smtp.example.test'
];

export interface TestCertificates {
	/** The test CA, which the services under test are told to trust. */
	ca: string;
	key: string;
	cert: string;
	/** Same names, same CA, expired yesterday. */
	expiredCert: string;
	keyFile: string;
	certFile: string;
}

const openssl = (dir: string, args: string[]) =>
	execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

/** A CA and a server certificate it signed, made with openssl in `dir`. */
export function makeCertificates(dir: string): TestCertificates {
	openssl(dir, [
		'req',
		'-x509',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'ca.key',
		'-out',
		'ca.pem',
		'-days',
		'2',
		'-subj',
		'/CN=Company Profile Test CA'
	]);
	openssl(dir, [
		'req',
		'-newkey',
		'rsa:2048',
		'-nodes',
		'-keyout',
		'server.key',
		'-out',
		'server.csr',
		'-subj',
		'/CN=mail.example.test'
	]);
	writeFileSync(
		join(dir, 'san.ext'),
		`subjectAltName=${MAIL_NAMES.map((n) => `DNS:${n}`).join(',')}\n`
	);
	const sign = (out: string, days: string) =>
		openssl(dir, [
			'x509',
			'-req',
			'-in',
			'server.csr',
			'-CA',
			'ca.pem',
			'-CAkey',
			'ca.key',
			'-CAcreateserial',
			'-out',
			out,
			'-days',
			days,
			'-extfile',
			'san.ext'
		]);
	sign('server.pem', '2');
	sign('expired.pem', '-1');
	const read = (f: string) => readFileSync(join(dir, f), 'utf8');
	return {
		ca: read('ca.pem'),
		key: read('server.key'),
		cert: read('server.pem'),
		expiredCert: read('expired.pem'),
		keyFile: join(dir, 'server.key'),
		certFile: join(dir, 'server.pem')
	};
}
