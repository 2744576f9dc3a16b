// The bench's output: the table (printed, and pasted into the README), and bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** `results` in run order: the baseline, the floor, …, the trivial SSR page last. */
export function report(results, extra, { seconds, connections, runs }) {
	const baselineRps = results[0].rps;
	const floorRps = results[1].rps;
	const floorSsr = results.at(-1).rps;
	const table = results.map((r) => ({
		...r,
		vsBaseline: `${Math.round((100 * r.rps) / baselineRps)} %`,
		vsFloor: `${Math.round((100 * r.rps) / (r.name.startsWith('SSR') ? floorSsr : floorRps))} %`
	}));
	const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
	const summary = {
		date: new Date().toISOString(),
		machine,
		seconds,
		runs,
		connections,
		results: table,
		...extra
	};
	writeFileSync('bench/results.json', JSON.stringify(summary, null, '\t') + '\n');

	console.log(
		`\n${machine}; ${connections} connections; the median of ${runs} runs of ${seconds} s each\n`
	);
	console.log('| target | req/s | p50 ms | p99 ms | errors | vs baseline | vs floor |');
	console.log('|---|---:|---:|---:|---:|---:|---:|');
	for (const r of table)
		console.log(
			`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.vsBaseline} | ${r.vsFloor} |`
		);
	const statements = extra.statementsPerProfileGet;
	console.log(
		`\npeak RSS ${extra.peakRssMiB} MiB · cold start ${extra.coldStartMs} ms · /profile JS ${extra.profileJsGzipKiB ?? '(not measured)'} KiB gzip in ${extra.profileJsFiles} files · SQL statements per profile.get: ${statements.oneCompany} with one company, ${statements.allCompanies} with all`
	);
}
