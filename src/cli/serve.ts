import { purgeAudit } from '$lib/server/audit/audit';
import { openDatabase } from '$lib/server/db';
import { logError } from '$lib/server/log';
import { seedDemo } from '$lib/server/seed';
import { openMigrated } from './setup';

// npm start: migrate, seed the demo on an empty database, then serve the SvelteKit build.
process.env.NODE_ENV ??= 'production';

const { config, db, applied } = await openMigrated();
if (applied.length) console.log(`Database ${config.DATABASE_PATH}: applied ${applied.join(', ')}`);
const seed = await seedDemo({ config, db });
// Entries older than AUDIT_RETENTION_DAYS go at each start, and daily while the server runs.
await purgeAudit(db, config.AUDIT_RETENTION_DAYS);
setInterval(async () => {
	const daily = openDatabase(config.DATABASE_PATH);
	await purgeAudit(daily, config.AUDIT_RETENTION_DAYS).catch((e) => logError('audit purge', e));
	await daily.destroy();
}, 86_400_000).unref();
await db.destroy();

// adapter-node takes the origin from here; without it, it would assume https behind a proxy.
process.env.ORIGIN = config.ORIGIN;
// Resolved at run time: the server is the SvelteKit build beside this folder, not part of it.
const server = new URL('../build/index.js', import.meta.url).href;
await import(/* @vite-ignore */ server);

console.log(`\nCompany Profile portal: ${config.ORIGIN}`);
if (seed.state === 'created') {
	console.log(`Demo sign-in: ${seed.email}`);
	console.log(
		seed.generatedPassword
			? `Demo password (generated, shown this once): ${seed.generatedPassword}`
			: 'Demo password: the value of DEMO_ADMIN_PASSWORD'
	);
} else if (seed.state === 'present') {
	console.log(
		`Demo sign-in: ${seed.email} (password as printed at first start, or DEMO_ADMIN_PASSWORD then)`
	);
}
