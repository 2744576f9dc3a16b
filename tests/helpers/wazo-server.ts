import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A loopback server that answers as Wazo Platform's documented REST API does: wazo-auth
 * (POST /api/auth/0.1/token, HTTP Basic, `{ data: { token } }`, 401 for a wrong password) and
 * wazo-confd (GET /api/confd/1.1/users and /incalls, X-Auth-Token, limit/offset paging,
 * `{ items, total }`). `mode` makes it misbehave: slow, failing with a 5xx, dropping connections.
 */
export const WAZO_ACCOUNT = {
	accountId: 'portal-provisioning',
	password: 'wazo provisioning 5523'
};

export type WazoMode = 'normal' | 'slow' | 'error' | 'drop';

export interface WazoServer {
	url: string;
	mode: WazoMode;
	users: Record<string, unknown>[];
	incalls: Record<string, unknown>[];
	/** Every request's method and path, to assert what the connector asked. */
	requests: string[];
	stop(): Promise<void>;
}

export function wazoUsers(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		uuid: `0000-user-${i + 1}`,
		id: i + 1,
		firstname: `First${i + 1}`,
		lastname: `Last${i + 1}`,
		email: `user${i + 1}@wazo.example`,
		lines: [{ id: 100 + i, extensions: [{ exten: String(1000 + i), context: 'default' }] }]
	}));
}

export function wazoIncalls(count: number) {
	return Array.from({ length: count }, (_, i) => ({
		id: i + 1,
		extensions: [
			{ id: 500 + i, exten: `+1514555${String(150 + i).padStart(4, '0')}`, context: 'from-extern' }
		],
		destination:
			i % 4 === 3
				? { type: 'application', application: 'fax_to_mail' }
				: { type: 'user', user_id: 1 }
	}));
}

const TOKEN = 'wazo-token-7d1f';

export async function startWazo(): Promise<WazoServer> {
	const state: WazoServer = {
		url: '',
		mode: 'normal',
		users: wazoUsers(130),
		incalls: wazoIncalls(12),
		requests: [],
		stop: async () => {}
	};
	const json = (res: ServerResponse, status: number, body: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	const page = (req: IncomingMessage, res: ServerResponse, items: unknown[]) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const limit = Number(url.searchParams.get('limit') ?? items.length);
		const offset = Number(url.searchParams.get('offset') ?? 0);
		json(res, 200, { items: items.slice(offset, offset + limit), total: items.length });
	};
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		state.requests.push(`${req.method} ${path}`);
		if (state.mode === 'drop') return req.socket.destroy();
		if (state.mode === 'error') return json(res, 503, { message: 'Service Unavailable' });
		if (state.mode === 'slow') return void setTimeout(() => json(res, 200, {}), 10_000).unref();

		if (req.method === 'POST' && path === '/api/auth/0.1/token') {
			const basic = Buffer.from(`${WAZO_ACCOUNT.accountId}:${WAZO_ACCOUNT.password}`).toString(
				'base64'
			);
			if (req.headers.authorization !== `Basic ${basic}`) {
				return json(res, 401, { reason: ['Authentication Failed'], status_code: 401 });
			}
			return json(res, 200, { data: { token: TOKEN, expires_at: '2030-01-01T00:00:00', acl: [] } });
		}
		if (req.headers['x-auth-token'] !== TOKEN) return json(res, 401, { message: 'Unauthorized' });
		if (req.method === 'GET' && path === '/api/confd/1.1/users') return page(req, res, state.users);
		if (req.method === 'GET' && path === '/api/confd/1.1/incalls')
			return page(req, res, state.incalls);
		json(res, 404, { message: 'Not found' });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	state.url = `http://pbx.example.test:${port}`;
	state.stop = () =>
		new Promise((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return state;
}
