import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../../src/lib/core/reading/html';
import { parseHtmlNode } from '../../../src/lib/core/reading/html-node';
import { readDocuments } from '../../../src/lib/core/story';

const EN = `Taliban deny talks with Moscow

The Taliban on Friday denied that they had held talks with Russia about the Islamic State group, a spokesman said. Zabihullah Mujahid told AFP that the group had no contacts with any country on this issue.

A senior Russian official said on Wednesday that Moscow's interests coincided with those of the Taliban. According to The Sunday Times, Putin met Taliban leader Akhtar Mansour in September at a military base in Tajikistan.

The Kremlin dismissed the reports as nonsense.
`;

const PAGE = `<!doctype html><html lang="ar"><head><title>طالبان تنفي</title>
<meta property="article:published_time" content="2015-12-27T10:00:00Z">
<script>alert('x')</script></head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/a">أخبار</a></li></ul></nav>
<article><h1>طالبان تنفي وجود أي تبادل معلومات مع موسكو</h1>
<p>نفت حركة طالبان تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا لبحث التهديد الذي يمثله تنظيم داعش في أفغانستان، وقالت إنها لا تحتاج إلى مساعدة أي جهة.</p>
<p>وكان ممثل الكرملين الخاص بشؤون أفغانستان زامير كابولوف قال الأربعاء إن مصالح طالبان تتطابق موضوعياً مع مصالح موسكو في الحرب على التنظيم المتشدد.</p>
</article><aside><h3>الأكثر قراءة</h3><ul><li>خبر لا علاقة له</li></ul></aside></body></html>`;

describe('English articles', () => {
	const story = readDocuments([{ path: 'en.txt', text: EN, meta: { published: '2015-12-27' } }]);
	const by = (speaker: string) => story.statements.find((s) => s.speaker === speaker);

	it('reads the language as English', () => {
		expect(story.documents[0].lang).toBe('en');
	});

	it.each([
		['Taliban', 'denial'],
		['anonymous senior Russian official', 'claim'],
		['The Sunday Times', 'report'],
		['Kremlin', 'denial']
	])('reads %s making a %s', (speaker, act) => {
		expect(by(speaker)?.act).toBe(act);
	});

	it('puts the agency spoken to in the chain', () => {
		expect(by('Zabihullah Mujahid')?.chain).toEqual(['AFP', 'Zabihullah Mujahid']);
	});

	it('dates "said on Wednesday" to the Wednesday before publication', () => {
		expect(by('anonymous senior Russian official')?.saidAt?.earliest).toBe('2015-12-23');
	});

	it('dates the reported meeting to September 2015, apart from when it was reported', () => {
		const meeting = story.events.find((e) => e.participants.includes('Vladimir Putin'))!;
		expect(meeting.when).toMatchObject({ earliest: '2015-09-01', latest: '2015-09-30', precision: 'month' });
		expect(by('The Sunday Times')?.saidAt?.earliest).toBe('2015-12-27');
	});
});

describe('HTML articles', () => {
	it('extracts the article text without scripts or navigation', () => {
		const art = htmlToArticle(PAGE, parseHtmlNode);
		expect(art.text).toContain('نفت حركة طالبان');
		expect(art.text).not.toContain('alert');
		expect(art.text).not.toContain('الرئيسية');
		expect(art.publishedMeta).toBe('2015-12-27T10:00:00Z');
	});

	it('reads statements from an HTML page with its published date from the meta tag', () => {
		const story = readDocuments([{ path: 'a.html', text: PAGE, html: true }], { parseHtml: parseHtmlNode });
		expect(story.documents[0]).toMatchObject({
			publishedSource: 'header',
			published: { edtf: '2015-12-27' }
		});
		expect(story.statements.map((s) => [s.act, s.speaker])).toEqual(
			expect.arrayContaining([
				['denial', 'Taliban'],
				['claim', 'Zamir Kabulov']
			])
		);
	});

	it('refuses HTML without a DOM parser, naming the file', () => {
		expect(() => readDocuments([{ path: 'a.html', text: PAGE, html: true }])).toThrow(/a\.html/);
	});
});
