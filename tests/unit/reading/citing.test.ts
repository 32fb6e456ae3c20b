import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';

/** The speakers of one article's statements. */
function speakers(lang: string, text: string): string[] {
	const s = readDocuments([
		{ path: 'a.txt', text: `Title\n\n${text}\n`, meta: { lang, published: '2023-05-04', outlet: null } }
	]);
	return s.statements.map((x) => x.speaker);
}

describe('whom a relay cites is the widest reference after it', () => {
	it.each([
		[
			'en',
			'The attack was carried out by Ukraine, the newspaper said, citing US officials.',
			'anonymous American officials',
			'United States'
		],
		[
			'en',
			'The attack was carried out by Ukraine, the newspaper said, citing UN officials.',
			'anonymous United Nations officials',
			'United Nations'
		],
		[
			'en',
			'The attack was carried out by Ukraine, the newspaper said, citing Pakistan officials.',
			'anonymous Pakistani officials',
			'Pakistan'
		],
		[
			'ar',
			'ونقلت صحيفة واشنطن بوست عن مسؤولين أمريكيين قولهم إن مصر تخطط لتزويد روسيا بالصواريخ.',
			'anonymous American officials',
			'United States'
		],
		[
			'fa',
			'به نقل از مقامات آمریکایی، مصر قصد داشت موشک به روسیه بدهد.',
			'anonymous American officials',
			'United States'
		]
	])('%s: «%s» is told by %s, not %s', (lang, text, want, not) => {
		const got = speakers(lang, text);
		expect(got).toContain(want);
		expect(got).not.toContain(not);
	});

	// look-alike: a named state cited alone is the state
	it('en: «…, citing the United States.» is told by the United States', () => {
		expect(
			speakers('en', 'The attack was carried out by Ukraine, the newspaper said, citing the United States.')
		).toContain('United States');
	});
});
