// The few lines of each protocol that a check speaks before the sign-in (RFC 9051 for IMAP,
// RFC 1939 and 2449 for POP3, RFC 5321 and 3207 for SMTP).

/** How each protocol greets, answers and lists what it can do. */
export const DIALECT = {
	imap: {
		greeting: (l: string) => /^\* (OK|PREAUTH)\b/i.test(l),
		starttls: {
			send: 'a1 STARTTLS',
			ok: (l: string) => /^a1 OK\b/i.test(l),
			last: (l: string) => /^a1 /i.test(l)
		},
		capability: { send: 'a2 CAPABILITY', last: (l: string) => /^a2 /i.test(l) },
		capabilities: (lines: string[]) =>
			lines.find((l) => /^\* CAPABILITY /i.test(l))?.slice('* CAPABILITY '.length) ?? '',
		starttlsAdvertised: (caps: string) => /\bSTARTTLS\b/i.test(caps),
		quit: 'a9 LOGOUT'
	},
	pop3: {
		greeting: (l: string) => /^\+OK\b/.test(l),
		starttls: { send: 'STLS', ok: (l: string) => /^\+OK\b/.test(l), last: () => true },
		capability: { send: 'CAPA', last: (l: string) => l === '.' || /^-ERR\b/.test(l) },
		capabilities: (lines: string[]) =>
			lines
				.slice(1)
				.filter((l) => l !== '.')
				.join(' '),
		starttlsAdvertised: (caps: string) => /\bSTLS\b/i.test(caps),
		quit: 'QUIT'
	},
	smtp: {
		greeting: (l: string) => /^220[ -]/.test(l),
		starttls: {
			send: 'STARTTLS',
			ok: (l: string) => /^220 /.test(l),
			last: (l: string) => /^\d{3} /.test(l)
		},
		capability: { send: 'EHLO portal.invalid', last: (l: string) => /^\d{3} /.test(l) },
		capabilities: (lines: string[]) =>
			lines
				.slice(1)
				.map((l) => l.slice(4))
				.join(' '),
		starttlsAdvertised: (caps: string) => /\bSTARTTLS\b/i.test(caps),
		quit: 'QUIT'
	}
} as const;
