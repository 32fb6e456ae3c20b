import type { TimeValue } from '../time/time-value';
export interface PublicationDate {
	value: TimeValue | null;
	source: 'label' | 'header' | 'url' | 'inferred' | null;
	reason: string;
}
export function findPublicationDate(
	_text: string,
	_opts: { lang?: string; url?: string | null } = {}
): PublicationDate {
	return { value: null, source: null, reason: 'todo' };
}
