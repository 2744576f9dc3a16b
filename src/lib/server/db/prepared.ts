import { type Compilable, CompiledQuery, type QueryResult } from 'kysely';
import type { DB } from './index';

type Scalar = string | number | bigint | null;

/**
 * A query whose shape never changes, built and compiled by Kysely once; each call then only
 * binds its values. Building and compiling the two queries of every signed-in profile.get (the
 * session and the profile) was the largest cost of the app's own code; without it profile.get
 * went from 42 % to about 65 % of the framework floor (npm run bench). Every database of this
 * app is SQLite through the same dialect, so the SQL is the same for all of them and their
 * transactions.
 *
 * `build` is called once, with stand-ins for the values of `params`: it must use each only as a
 * value (in `where`, `values`, `set`), never to choose the query's shape.
 */
export function prepared<Params extends { [K in keyof Params]: Scalar }, Row>(
	build: (db: DB, params: Params) => Compilable<Row>
): (db: DB, params: Params) => Promise<QueryResult<Row>> {
	let compiled: { query: CompiledQuery<Row>; slots: (string | null)[] } | undefined;
	return async (db, params) => {
		if (!compiled) {
			// Mixed case and outer spaces, so that a lower-, upper-casing or trimming builder is caught.
			const standIns = Object.fromEntries(
				Object.keys(params).map((name) => [name, ` \u0000${name} Stand-In\u0000 `])
			);
			const byStandIn = new Map(Object.entries(standIns).map(([name, s]) => [s, name]));
			const query = build(db, standIns as Params).compile();
			const slots = query.parameters.map((p) => byStandIn.get(p as string) ?? null);
			const unused = Object.keys(standIns).filter((name) => !slots.includes(name));
			if (unused.length > 0)
				throw new Error(`prepared(): ${unused.join(', ')} must be used as values, unchanged`);
			compiled = { query, slots };
		}
		const { query, slots } = compiled;
		const parameters = slots.map((name, i) =>
			name === null ? query.parameters[i] : params[name as keyof Params]
		);
		return db.executeQuery<Row>({
			...CompiledQuery.raw(query.sql, parameters),
			query: query.query
		});
	};
}
