// The bench's bare baseline: node:http and better-sqlite3, no framework, answering as JSON the
// rows profile.get reads for one company (the same joins, one statement). Run by bench/run.js.
import { createServer } from 'node:http';
import SQLite from 'better-sqlite3';

const [database, port, companyId] = process.argv.slice(2);
const db = new SQLite(database, { readonly: true });
const read = db.prepare(`
	select c.id, c.name, c.country, c.pbx_system_id, ps.name as pbx_name, c.first_language,
	       c.second_language, c.assistant_name, c.assistant_email, c.version, c.updated_at,
	       a.name as admin_name, a.email as admin_email, a.language, a.phone, a.version as admin_version,
	       pa.pbx_system_id as prov_pbx, pa.account_id, pa.password_set_at, m.server_type, m.host
	from company c
	join phone_system ps on ps.id = c.pbx_system_id
	join administrator a on a.company_id = c.id
	left join provisioning_access pa on pa.company_id = c.id
	left join mail_access m on m.company_id = c.id
	where c.id = ?`);
createServer((req, res) => {
	const body = JSON.stringify(read.get(companyId));
	res.writeHead(200, { 'content-type': 'application/json' });
	res.end(body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
