import { bySection } from '../by-section';

export default bySection(import.meta.glob('../en/*.json', { eager: true, import: 'default' }));
