import { openMigrated } from './setup';

// npm run db:migrate: brings the database at DATABASE_PATH to the latest schema.
const { config, db, applied } = await openMigrated();
console.log(
	applied.length
		? `Applied ${applied.length} migration(s) to ${config.DATABASE_PATH}: ${applied.join(', ')}`
		: `${config.DATABASE_PATH} is up to date.`
);
await db.destroy();
