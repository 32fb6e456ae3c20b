/**
 * ArmanPersoNERCorpus (Persian, external: `HaniehP/PersianNER`, fetched into
 * ../shared/eval/arman-ner and never committed) as trap sentences for the date finder: 7,682
 * sentences of Persian text whose names of people, organisations, places, facilities and products are
 * annotated. Names such as بهمن, آذر, مهر, شعبان are month names too, so a date the finder reads
 * inside one of these names is a false mention. Events (wars, holidays: «نوروز») are not counted:
 * a holiday is a date.
 *
 * Each sentence is rebuilt from its tokens joined by single spaces, the entities' spans kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the corpus lies: ../shared/eval/arman-ner beside the repository. */
export const ARMAN = resolve(import.meta.dirname, '../../../shared/eval/arman-ner');

export interface NamedSpan {
	start: number;
	end: number;
	kind: string;
	text: string;
}

export interface TrapSentence {
	id: string;
	text: string;
	names: NamedSpan[];
}

/** The sentences of one file of the corpus ("test_fold1.txt"), [] when it is absent. */
export function armanSentences(file: string): TrapSentence[] {
	const path = join(ARMAN, file);
	if (!existsSync(path)) return [];
	const out: TrapSentence[] = [];
	let words: string[] = [];
	let tags: string[] = [];
	const flush = () => {
		if (!words.length) return;
		let text = '';
		const names: NamedSpan[] = [];
		let open: NamedSpan | null = null;
		words.forEach((w, k) => {
			const start = text.length ? text.length + 1 : 0;
			text += (text.length ? ' ' : '') + w;
			const tag = tags[k];
			if (tag.startsWith('I-') && open && open.kind === tag.slice(2)) {
				open.end = text.length;
				return;
			}
			if (open) names.push(open);
			open =
				tag.startsWith('B-') || tag.startsWith('I-')
					? { start, end: text.length, kind: tag.slice(2), text: '' }
					: null;
		});
		if (open) names.push(open);
		for (const n of names) n.text = text.slice(n.start, n.end);
		out.push({ id: `${file}:${out.length + 1}`, text, names });
		words = [];
		tags = [];
	};
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const t = line.trim();
		if (!t) {
			flush();
			continue;
		}
		const at = t.lastIndexOf(' ');
		words.push(t.slice(0, at));
		tags.push(t.slice(at + 1));
	}
	flush();
	return out;
}

/** Kinds of name a date must not be read in (events are not: a holiday is a date). */
export const NAME_KINDS = new Set(['pers', 'org', 'loc', 'fac', 'pro']);
