import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	actorLines,
	actorProblem,
	addActor,
	addCorrection,
	emptyNotebook,
	insertCell,
	newCell,
	removeCorrection,
	seedNotebook,
	serialiseNotebook,
	updateCell,
	type Correction,
	type Notebook,
	type SourceCell
} from '../../../src/lib/core/notebook';
import { NotebookReader } from '../../../src/lib/core/notebook/reading';
import type { Story } from '../../../src/lib/core/story';
import { storyToItems } from '../../../src/lib/core/timeline';

/** The seed notebook as the app makes it on first start (random ids made deterministic). */
function seed(): Notebook {
	const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8'));
	const files = readdirSync('seeds')
		.filter((f) => f.endsWith('.txt'))
		.map((name) => ({ name, text: readFileSync(join('seeds', name), 'utf8') }));
	let n = 1;
	// a small linear congruential generator: the same ids every run
	return seedNotebook(files, manifest, { random: () => ((n = (n * 48271) % 2147483647), n / 2147483647) });
}

const sources = (nb: Notebook) => nb.cells.filter((c): c is SourceCell => c.kind === 'source');
const input = (nb: Notebook) => ({ sources: sources(nb), corrections: nb.corrections, actors: nb.actors });
const read = (nb: Notebook) => new NotebookReader().read(input(nb));

/** A cell whose file name starts with `prefix`. */
const cellOf = (nb: Notebook, prefix: string) => sources(nb).find((c) => c.filename!.startsWith(prefix))!;

/**
 * An item and its links in words, without story ids (which number items in order of first
 * appearance): kind, who, when, text, and the evidence in `keep` documents only.
 */
function described(story: Story, keep: (doc: string) => boolean) {
	const { items, links } = storyToItems(story);
	const word = new Map(
		items.map((it) => [
			it.id,
			JSON.stringify([
				it.kind,
				it.actors,
				it.when?.earliest ?? null,
				it.when?.latest ?? null,
				it.text,
				it.status,
				it.evidence.filter((e) => keep(e.doc))
			])
		])
	);
	const inKeep = (id: string) => items.find((i) => i.id === id)!.evidence.some((e) => keep(e.doc));
	return {
		items: items
			.filter((i) => i.kind !== 'document' && i.evidence.some((e) => keep(e.doc)))
			.map((i) => word.get(i.id)!)
			.sort(),
		links: links
			.filter((l) => inKeep(l.from) && inKeep(l.to))
			.map((l) => `${word.get(l.from)} ${l.type} ${word.get(l.to)}`)
			.sort()
	};
}

describe('one reading of a notebook for every view', () => {
	const nb = seed();
	const r = read(nb);

	it('gives every source its documents, its mentions and its actors, and the story from them', () => {
		expect(r.sources.map((s) => s.cell)).toEqual(sources(nb).map((c) => c.id));
		expect(r.sources.every((s) => s.docs.length > 0 && s.actors.length > 0)).toBe(true);
		expect(r.sources.filter((s) => s.mentions.length > 0)).toHaveLength(4);
		expect(r.story.documents.map((d) => d.path)).toEqual(r.sources.flatMap((s) => s.docs.map((d) => d.path)));
		expect(r.error).toBe('');
	});

	it('shows in the text the date the story uses: an item dated by a mention has the value shown', () => {
		let checked = 0;
		for (const reading of r.sources) {
			const docIds = new Set(reading.docs.map((d) => d.id));
			for (const it of [...r.story.events, ...r.story.statements]) {
				const when = 'when' in it ? it.when : it.saidAt;
				if (!when?.text) continue;
				for (const ev of it.evidence.filter((e) => docIds.has(e.doc))) {
					const shown = reading.mentions.filter(
						(m) => m.start >= ev.start && m.end <= ev.end && m.text === when.text
					);
					if (!shown.length) continue;
					checked++;
					expect(shown.some((m) => m.earliest === when.earliest && m.latest === when.latest)).toBe(true);
				}
			}
		}
		expect(checked).toBeGreaterThanOrEqual(5);
	});

	it('resolves «الأربعاء» in Al-Araby as the story does: not to a day, the publication date being a month', () => {
		const reading = r.sources.find((s) => s.cell === cellOf(nb, '003').id)!;
		const wednesday = reading.mentions.filter((m) => m.text.includes('الأربعاء'));
		expect(wednesday.length).toBe(2);
		expect(reading.docs[0].published?.precision).toBe('month');
		for (const m of wednesday) expect(m.unresolved).toMatch(/publication date is only known to the month/);
	});

	it('reads again only the source that changed, and gives what a fresh reader gives', () => {
		const reader = new NotebookReader();
		const first = reader.read(input(nb));
		expect(first.changed).toHaveLength(5);
		const cell = cellOf(nb, '004');
		const edited = updateCell<SourceCell>(nb, cell.id, { text: cell.text + '\nنفت حركة طالبان ذلك.' });
		const second = reader.read(input(edited));
		expect(second.changed).toEqual([cell.id]);
		// the other sources keep their reading objects: views of them have nothing to redo
		for (const [i, s] of second.sources.entries()) if (s.cell !== cell.id) expect(s).toBe(first.sources[i]);
		expect(JSON.stringify(second.story)).toBe(JSON.stringify(read(edited).story));
		// nothing changed: the same reading again, nothing read
		expect(reader.read(input(edited)).changed).toEqual([]);
	});

	it('leaves out a source over the size limit, saying which', () => {
		const big = newCell(nb, 'source', { title: 'Huge', text: '٢٠١٥ '.repeat(70_000) });
		const got = read(insertCell(nb, big));
		expect(got.error).toBe('Too large to read: Huge.');
		expect(got.story.documents.some((d) => d.path === big.id)).toBe(false);
		expect(got.sources.find((s) => s.cell === big.id)!.error).toMatch(/too large/);
	});
});

describe('a dismissal only in one document', () => {
	const nb = seed();
	const before = read(nb).story;
	// a statement said in two documents (the reader merged them into one item)
	const denial = before.statements.find((s) => new Set(s.evidence.map((e) => e.doc)).size >= 2)!;
	const docOf = (id: string) => before.documents.find((d) => d.id === id)!;
	// dismissed in the second document that said it
	const ev = denial.evidence.find((e) => e.doc !== denial.evidence[0].doc)!;
	const araby = sources(nb).find((c) => c.id === docOf(ev.doc).path)!;
	const at = {
		doc: araby.id,
		start: ev.start,
		end: ev.end,
		text: araby.text.slice(ev.start, ev.end),
		item: 'statement' as const
	};
	const dismissed = addCorrection(nb, { type: 'dismiss', at, scope: 'document' });
	const after = read(dismissed).story;
	const arabyDocs = new Set(after.documents.filter((d) => d.path === araby.id).map((d) => d.id));
	const others = (doc: string) => !arabyDocs.has(doc);

	it('keeps the item in the other document, without this document’s evidence', () => {
		expect(denial).toBeTruthy();
		const kept = after.statements.find((s) => s.id === denial.id)!;
		expect(kept.evidence).toEqual(denial.evidence.filter((e) => !arabyDocs.has(e.doc)));
		expect(kept.act).toBe(denial.act);
	});

	it('leaves the other documents’ items and the links between them unchanged', () => {
		expect(described(after, others)).toEqual(described(before, others));
	});

	it('comes back exactly as it was when the dismissal is removed (byte for byte)', () => {
		const k = dismissed.corrections.at(-1)!;
		const undone = removeCorrection(dismissed, k.id);
		expect(serialiseNotebook(undone)).toBe(serialiseNotebook(nb));
		expect(JSON.stringify(read(undone).story)).toBe(JSON.stringify(before));
	});

	it('differs from a dismissal everywhere, which takes the item out of both documents', () => {
		const everywhere = read(addCorrection(nb, { type: 'dismiss', at })).story;
		expect(everywhere.statements.some((s) => s.id === denial.id)).toBe(false);
		expect(after.statements.some((s) => s.id === denial.id)).toBe(true);
	});
});

describe('items and links added by hand', () => {
	const TEXT =
		'قالت وكالة رويترز إن الرئيس الروسي فلاديمير بوتين التقى زعيم طالبان الملا أختر منصور في طاجيكستان.';
	let nb = emptyNotebook('t', 'T');
	const cell = newCell(nb, 'source', { text: TEXT, lang: 'ar', published: day('2015-12-27') });
	nb = insertCell(nb, cell);
	const dey5 = {
		earliest: '2015-12-26',
		latest: '2015-12-26',
		precision: 'day' as const,
		calendar: 'persian' as const,
		edtf: '2015-12-26',
		text: '۵ دی ۱۳۹۴'
	};

	it('puts an event added with a Solar Hijri date into the story at that day, under the correction’s id', () => {
		const withEvent = addCorrection(nb, {
			type: 'add-item',
			at: null,
			item: { kind: 'event', text: 'Talks in Doha', when: dey5, speaker: null, participants: ['Taliban'] }
		});
		const id = withEvent.corrections[0].id;
		const { items } = storyToItems(read(withEvent).story);
		expect(items.find((i) => i.id === id)).toMatchObject({
			kind: 'event',
			label: 'Talks in Doha',
			actors: ['Taliban'],
			when: { earliest: '2015-12-26', calendar: 'persian', text: '۵ دی ۱۳۹۴' },
			evidence: []
		});
	});

	it('links a denial added at a span to the report it denies, and the event is then denied', () => {
		const story = read(nb).story;
		expect(story.events.map((e) => e.status)).toEqual(['reported']);
		const start = TEXT.indexOf('زعيم طالبان');
		const span = { doc: cell.id, start, end: start + 'زعيم طالبان'.length, text: 'زعيم طالبان' };
		let edited = addCorrection(nb, {
			type: 'add-item',
			at: span,
			item: { kind: 'denial', text: 'Taliban deny it', when: dey5, speaker: 'Taliban', participants: [] }
		});
		const added = edited.corrections[0].id;
		const report = story.statements.find((s) => s.act === 'report')!;
		const reportAt = {
			doc: cell.id,
			start: report.evidence[0].start,
			end: report.evidence[0].end,
			text: TEXT.slice(report.evidence[0].start, report.evidence[0].end),
			item: 'statement' as const
		};
		edited = addCorrection(edited, {
			type: 'link',
			link: 'denies',
			from: { added },
			to: { at: reportAt }
		});
		const linked = read(edited).story;
		expect(linked.links).toContainEqual({ type: 'denies', from: added, to: report.id });
		expect(linked.events.map((e) => e.status)).toEqual(['denied']);
		expect(linked.statements.find((s) => s.id === added)!.evidence).toEqual([
			{ doc: linked.documents[0].id, start: span.start, end: span.end }
		]);
		// the same link taken away again: one decision per question, the later one counts
		const unlinked = addCorrection(edited, {
			type: 'link',
			link: 'denies',
			from: { added },
			to: { at: reportAt },
			remove: true
		});
		expect(unlinked.corrections.filter((k) => k.type === 'link')).toHaveLength(1);
		const back = read(unlinked).story;
		expect(back.links.some((l) => l.from === added)).toBe(false);
		expect(back.events.map((e) => e.status)).toEqual(['reported']);
		// removing the added item removes the links that name it
		expect(removeCorrection(edited, added).corrections).toEqual([]);
	});

	it('takes away a link the reader found, and a report set to be about the event again', () => {
		const story = read(nb).story;
		const report = story.statements.find((s) => s.act === 'report')!;
		expect(story.links).toContainEqual({ type: 'reports-on', from: report.id, to: story.events[0].id });
		const anchor = (ev: { start: number; end: number }, item: 'event' | 'statement') => ({
			at: { doc: cell.id, start: ev.start, end: ev.end, text: TEXT.slice(ev.start, ev.end), item }
		});
		const k = {
			type: 'link' as const,
			link: 'reports-on' as const,
			from: anchor(report.evidence[0], 'statement'),
			to: anchor(story.events[0].evidence[0], 'event')
		};
		const removed = read(addCorrection(nb, { ...k, remove: true })).story;
		expect(removed.links.filter((l) => l.type === 'reports-on')).toEqual([]);
		expect(removed.statements.find((s) => s.id === report.id)!.about).toBe(null);
		const again = read(addCorrection(addCorrection(nb, { ...k, remove: true }), k)).story;
		expect(JSON.stringify(again)).toBe(JSON.stringify(story));
	});

	it('edits an item’s text and date from its row', () => {
		const story = read(nb).story;
		const ev = story.events[0].evidence[0];
		const at = {
			doc: cell.id,
			start: ev.start,
			end: ev.end,
			text: TEXT.slice(ev.start, ev.end),
			item: 'event' as const
		};
		let edited = addCorrection(nb, { type: 'item-text', at, text: 'Putin met Mansour' });
		edited = addCorrection(edited, { type: 'item-date', at, value: dey5 });
		const e = read(edited).story.events[0];
		expect(e.summary).toBe('Putin met Mansour');
		expect(e.when).toMatchObject({ earliest: '2015-12-26', calendar: 'persian' });
		expect(read(addCorrection(nb, { type: 'item-date', at, value: null })).story.events[0].when).toBe(null);
	});
});

describe('actors taught to the notebook', () => {
	const EN =
		'Pakistan denies talks with Taliban\n\nZahid Hafeez Chaudhri said on Thursday, 24 December 2015, that Pakistan had no contacts with the Taliban about ISIS.';
	const AR =
		'باكستان تنفي\n\nنفى زاهد حفيظ تشودري يوم الخميس 24 ديسمبر 2015 أن تكون باكستان قد تبادلت معلومات استخباراتية مع طالبان.';
	let nb = emptyNotebook('t', 'T');
	nb = insertCell(nb, newCell(nb, 'source', { text: EN, lang: 'en', published: day('2015-12-25') }));
	nb = insertCell(nb, newCell(nb, 'source', { text: AR, lang: 'ar', published: day('2015-12-25') }));
	const person = {
		id: 'Zahid Hafeez Chaudhri',
		kind: 'person' as const,
		names: { en: 'Zahid Hafeez Chaudhri', ar: 'زاهد حفيظ تشودري' },
		aliases: ['Hafeez Chaudhri'],
		parent: 'Pakistani Foreign Ministry'
	};

	it('are written as gazetteer lines, and names the line format cannot hold are refused', () => {
		expect(actorLines([person])).toBe(
			'Zahid Hafeez Chaudhri | person | Pakistani Foreign Ministry | Zahid Hafeez Chaudhri | زاهد حفيظ تشودري | - | Hafeez Chaudhri | - | -'
		);
		expect(actorProblem(person)).toBe(null);
		for (const bad of ['A; B', 'A | B', '-', '# x', 'x'])
			expect(actorProblem({ ...person, id: bad, names: { en: bad } })).not.toBe(null);
		expect(actorLines([{ ...person, id: 'A; B' }])).toBe('');
	});

	it('make the person the speaker of their statements in every document, read again', () => {
		const reader = new NotebookReader();
		const first = reader.read(input(nb));
		// the reader finds the name in the English text, not the Arabic one
		const arabic = first.story.documents.find((d) => d.lang === 'ar')!.id;
		const saidIn = (story: typeof first.story, doc: string) =>
			story.statements.some((s) => s.speaker === person.id && s.evidence.some((e) => e.doc === doc));
		expect(saidIn(first.story, arabic)).toBe(false);
		const taught = addActor(nb, person);
		const again = reader.read(input(taught));
		expect(again.changed).toHaveLength(2);
		const theirs = again.story.statements.filter((s) => s.speaker === person.id);
		const docs = new Set(theirs.flatMap((s) => s.evidence.map((e) => e.doc)));
		expect(docs.size).toBe(2);
		expect(saidIn(again.story, arabic)).toBe(true);
		expect(again.story.actors.map((a) => a.id)).toContain(person.id);
		expect(storyToItems(again.story).items.some((i) => i.actors.includes(person.id))).toBe(true);
		expect(again.sources[1].actors.map((a) => a.id)).toContain(person.id);
	});
});

function day(d: string) {
	return {
		earliest: d,
		latest: d,
		precision: 'day' as const,
		calendar: 'gregorian' as const,
		edtf: d,
		text: ''
	};
}

// Keep the Correction type referenced for readers of this file: every decision above is one.
export type { Correction };
