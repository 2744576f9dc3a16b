import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const admin = locals.session?.administrator;
	return {
		locale: locals.locale,
		me: admin ? { name: admin.name, companyName: admin.companyName } : null
	};
};
