import { bySection } from '../by-section';

export default bySection(import.meta.glob('../fr/*.json', { eager: true, import: 'default' }));
