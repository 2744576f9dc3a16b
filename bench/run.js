#!/usr/bin/env node
// npm run bench: a benchmark, not a test. Seeds a temporary database (1,000 companies of 50
// users), starts the production server and a bare node:http baseline, and measures each target
// with autocannon one after the other. Prints a table and writes bench/results.json.
import { execFileSync, fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { pageJavaScript } from './page-weight.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = 4480;
const BASE_PORT = 4481;
const ORIGIN = `http://127.0.0.1:${PORT}`;

// Build when the build is missing or older than the sources.
const newest = (p) =>
	statSync(p).isDirectory() ? Math.max(0, ...readDir(p).map(newest)) : statSync(p).mtimeMs;
const readDir = (p) =>
	execFileSync('ls', ['-A', p])
		.toString()
		.split('\n')
		.filter(Boolean)
		.map((f) => join(p, f));
const built = existsSync('build/index.js') && existsSync('build-cli/bench-seed.js');
if (!built || newest('src') > statSync('build-cli/bench-seed.js').mtimeMs) {
	console.log('Building…');
	if (spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' }).status !== 0)
		process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'company-profile-bench-'));
const env = {
	...process.env,
	DATABASE_PATH: join(dir, 'bench.sqlite'),
	SEED_DEMO: '0',
	ORIGIN,
	PORT: String(PORT),
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
let coldStartMs = 0;
for (;;) {
	const ok = await fetch(`${ORIGIN}/login`).then(
		(r) => r.status === 200,
		() => false
	);
	if (ok) break;
	await new Promise((r) => setTimeout(r, 10));
}
coldStartMs = Math.round(performance.now() - started);

async function signIn(email) {
	const res = await fetch(`${ORIGIN}/trpc/auth.login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: ORIGIN },
		body: JSON.stringify({ email, password: seed.password })
	});
	if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
	return res.headers
		.getSetCookie()
		.find((c) => c.startsWith('session='))
		.split(';')[0];
}
const cookies = [];
for (const email of seed.emails.slice(0, CONNECTIONS)) cookies.push(await signIn(email));
const me = await (
	await fetch(`${ORIGIN}/trpc/profile.get`, { headers: { cookie: cookies[0] } })
).json();
const companyId = me.result.data.company.id;

const baseline = fork('bench/baseline.js', [env.DATABASE_PATH, String(BASE_PORT), companyId], {
	stdio: 'ignore'
});
process.on('exit', () => baseline.kill());
await new Promise((r) => baseline.once('message', r));

/** Each connection signs in as its own administrator (its own company). */
const perConnection = () => {
	let i = 0;
	return (client) =>
		client.setHeaders({ ...client.opts.headers, cookie: cookies[i++ % cookies.length] });
};

async function measure(name, options) {
	const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
	if (r.non2xx) console.log(`${name}: statuses ${JSON.stringify(r.statusCodeStats)}`);
	return {
		name,
		rps: Math.round(r.requests.average),
		p50: r.latency.p50,
		p99: r.latency.p99,
		errors: r.errors + r.timeouts + r.non2xx
	};
}

const results = [];
results.push(
	await measure('bare baseline (node:http + better-sqlite3)', {
		url: `http://127.0.0.1:${BASE_PORT}/profile`
	})
);
results.push(
	await measure('framework floor (tRPC meta.ping)', { url: `${ORIGIN}/trpc/meta.ping` })
);
results.push(
	await measure('profile.get', { url: `${ORIGIN}/trpc/profile.get`, setupClient: perConnection() })
);
// Each connection saves its own company's General information, from the version it holds:
// every save applies (a stale version would be a 409, counted as an error).
const updating = () => {
	let i = 0;
	return (client) => {
		let version = 1;
		const body = () =>
			JSON.stringify({
				name: `Bench ${version}`,
				country: 'CA',
				pbxSystem: 'demo-pbx',
				firstLanguage: 'en',
				secondLanguage: null,
				expectedVersion: version
			});
		client.setHeaders({ ...client.opts.headers, cookie: cookies[i++ % cookies.length] });
		client.setBody(body());
		client.on('response', (status) => {
			if (status === 200) version++;
			client.setBody(body());
		});
	};
};
results.push(
	await measure('general.update', {
		url: `${ORIGIN}/trpc/general.update`,
		method: 'POST',
		headers: { origin: ORIGIN, 'content-type': 'application/json' },
		setupClient: updating()
	})
);
results.push(
	await measure('SSR /profile', { url: `${ORIGIN}/profile`, setupClient: perConnection() })
);
results.push(await measure('SSR /login (trivial page)', { url: `${ORIGIN}/login` }));

const rss = Number(
	/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0
);

const weight = await pageJavaScript(`${ORIGIN}/profile`, cookies[0]);
if (!weight) console.log('No Chromium (CHROMIUM_PATH): the /profile JavaScript is not measured.');

const baselineRps = results[0].rps;
const floorRps = results[1].rps;
const floorSsr = results[5].rps;
const table = results.map((r) => ({
	...r,
	vsBaseline: `${Math.round((100 * r.rps) / baselineRps)} %`,
	vsFloor: `${Math.round((100 * r.rps) / (r.name.startsWith('SSR') ? floorSsr : floorRps))} %`
}));
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const summary = {
	date: new Date().toISOString(),
	machine,
	seconds: SECONDS,
	connections: CONNECTIONS,
	results: table,
	peakRssMiB: Math.round(rss / 1024),
	coldStartMs,
	profileJsGzipKiB: weight && Math.round(weight.gzipBytes / 102.4) / 10,
	profileJsFiles: weight?.files ?? null,
	statementsPerProfileGet: seed.statementsPerProfileGet
};
writeFileSync('bench/results.json', JSON.stringify(summary, null, '\t') + '\n');

console.log(`\n${machine}; ${CONNECTIONS} connections, ${SECONDS} s each\n`);
console.log('| target | req/s | p50 ms | p99 ms | errors | vs baseline | vs floor |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of table)
	console.log(
		`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.vsBaseline} | ${r.vsFloor} |`
	);
console.log(
	`\npeak RSS ${summary.peakRssMiB} MiB · cold start ${coldStartMs} ms · /profile JS ${summary.profileJsGzipKiB ?? '(not measured)'} KiB gzip in ${summary.profileJsFiles} files · SQL statements per profile.get: ${seed.statementsPerProfileGet.oneCompany} with one company, ${seed.statementsPerProfileGet.allCompanies} with all`
);
process.exit(0);
