// The bench's server: the production build (built first when older than the sources) on a
// temporary database seeded with many companies, started as `npm start` starts it.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const newest = (p) =>
	statSync(p).isDirectory()
		? Math.max(0, ...readdirSync(p).map((f) => newest(join(p, f))))
		: statSync(p).mtimeMs;

function buildIfStale() {
	const built = existsSync('build/index.js') && existsSync('build-cli/bench-seed.js');
	if (built && newest('src') <= statSync('build-cli/bench-seed.js').mtimeMs) return;
	console.log('Building…');
	if (spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status !== 0)
		process.exit(1);
}

export async function startServer(port, origin) {
	buildIfStale();
	const dir = mkdtempSync(join(tmpdir(), 'company-profile-bench-'));
	const env = {
		...process.env,
		DATABASE_PATH: join(dir, 'bench.sqlite'),
		SEED_DEMO: '0',
		ORIGIN: origin,
		PORT: String(port),
		NODE_ENV: 'production'
	};
	process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

	console.log(
		`Seeding ${process.env.BENCH_COMPANIES ?? 1000} companies of ${process.env.BENCH_USERS ?? 50} users…`
	);
	const seed = JSON.parse(
		execFileSync(process.execPath, ['build-cli/bench-seed.js'], { env, maxBuffer: 1 << 24 })
			.toString()
			.trim()
			.split('\n')
			.pop()
	);

	const started = performance.now();
	const server = spawn(process.execPath, ['build-cli/serve.js'], { env, stdio: 'ignore' });
	process.on('exit', () => server.kill('SIGTERM'));
	for (;;) {
		const ok = await fetch(`${origin}/login`).then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 10));
	}
	const coldStartMs = Math.round(performance.now() - started);

	/** A session cookie for one of the seeded administrators. */
	async function signIn(email) {
		const res = await fetch(`${origin}/trpc/auth.login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin },
			body: JSON.stringify({ email, password: seed.password })
		});
		if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
		return res.headers
			.getSetCookie()
			.find((c) => c.startsWith('session='))
			.split(';')[0];
	}

	return { env, seed, server, coldStartMs, signIn };
}
