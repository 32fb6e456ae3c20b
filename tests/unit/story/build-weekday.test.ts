import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';

type Doc = [lang: string, text: string, published: string | null];

/** The statements of a story read from several articles. */
function statements(...docs: Doc[]) {
	return readDocuments(
		docs.map(([lang, text, published], k) => ({
			path: `d${k}.txt`,
			text: `Title\n\n${text}\n`,
			meta: { lang, published, outlet: null }
		}))
	).statements;
}

/**
 * An undated page tells a statement on a weekday it cannot resolve («نفت … الأحد» with no
 * publication date); another article dates the same speaker's same act to a day that is that
 * weekday: one occasion, one statement with that day (build.ts, `onWeekday`). Another weekday, or
 * topics that disagree, keep them apart; nothing dates the undated telling on its own.
 */
describe('an undated telling on the weekday of a dated one', () => {
	const dated: Doc = [
		'en',
		'Iran’s foreign ministry on Sunday denied reports that Tehran had sent ballistic missiles to Russia.',
		'2024-09-09'
	];
	it('ar «الأحد» on an undated page + en Sunday 8 September: one denial, dated', () => {
		const st = statements(dated, [
			'ar',
			'نفت وزارة الخارجية الإيرانية الأحد التقارير التي تفيد بإرسال طهران صواريخ باليستية لروسيا.',
			null
		]).filter((x) => x.act === 'denial');
		expect(st).toHaveLength(1);
		expect(st[0].saidAt?.edtf).toBe('2024-09-08');
		expect(new Set(st[0].evidence.map((e) => e.doc)).size).toBe(2);
	});
	it('ar «الاثنين» (another weekday): two denials, the undated one undated', () => {
		const st = statements(dated, [
			'ar',
			'نفت وزارة الخارجية الإيرانية الاثنين التقارير التي تفيد بإرسال طهران صواريخ باليستية لروسيا.',
			null
		]).filter((x) => x.act === 'denial');
		expect(st.map((x) => x.saidAt?.edtf ?? null)).toEqual(['2024-09-08', null]);
	});
	it('an undated page alone: the weekday stays unresolved', () => {
		const st = statements([
			'ar',
			'نفت وزارة الخارجية الإيرانية الأحد التقارير التي تفيد بإرسال طهران صواريخ باليستية لروسيا.',
			null
		]);
		expect(st.map((x) => x.saidAt)).toEqual([null]);
	});
});
