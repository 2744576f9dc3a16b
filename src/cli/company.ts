import { runCompanyCommand } from '$lib/server/cli/company-command';
import { openMigrated } from './setup';

// npm run company -- <create|list> ...: the operator's way to add companies.

async function readPipedLine(): Promise<string | null> {
	if (process.stdin.isTTY) return null;
	let text = '';
	for await (const chunk of process.stdin) text += chunk;
	return text.split(/\r?\n/)[0];
}

const { db } = await openMigrated();
try {
	process.exitCode = await runCompanyCommand(process.argv.slice(2), {
		db,
		readPipedLine,
		out: (line) => console.log(line),
		err: (line) => console.error(line)
	});
} finally {
	await db.destroy();
}
