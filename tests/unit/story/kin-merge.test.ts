import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/lib/core/story';

type Doc = [lang: string, text: string, published: string | null];

/** The claims of a story read from several articles. */
function claims(...docs: Doc[]) {
	const s = readDocuments(
		docs.map(([lang, text, published], k) => ({
			path: `d${k}.txt`,
			text: `Title\n\n${text}\n`,
			meta: { lang, published, outlet: null }
		}))
	);
	return s.statements.filter((x) => x.act === 'claim');
}

describe("a person's statement and their body's, told in two articles", () => {
	it.each<[string, Doc, Doc]>([
		[
			'en Peskov, ar Kremlin',
			['en', 'Dmitry Peskov said on Wednesday that two Ukrainian drones attacked the Kremlin.', '2023-05-03'],
			['ar', 'قال الكرملين يوم الأربعاء إن أوكرانيا هاجمت الكرملين بطائرتين مسيرتين.', '2023-05-03']
		],
		[
			'fa Kremlin, en Peskov',
			['fa', 'کرملین روز چهارشنبه اعلام کرد که دو پهپاد اوکراینی به کرملین حمله کردند.', '2023-05-03'],
			['en', 'Dmitry Peskov said on Wednesday that two Ukrainian drones attacked the Kremlin.', '2023-05-03']
		]
	])('%s: one claim', (_name, a, b) => {
		const c = claims(a, b);
		expect(c).toHaveLength(1);
		expect(new Set(c[0].evidence.map((e) => e.doc)).size).toBe(2);
	});

	// look-alikes: the person's state, another kind of event, an undated article
	it.each<[string, Doc, Doc]>([
		[
			'en Peskov, en Russia',
			['en', 'Dmitry Peskov said on Wednesday that two Ukrainian drones attacked the Kremlin.', '2023-05-03'],
			['en', 'Russia said on Wednesday that two Ukrainian drones attacked the Kremlin.', '2023-05-03']
		],
		[
			'en Peskov, ar Kremlin on a meeting',
			['en', 'Dmitry Peskov said on Wednesday that two Ukrainian drones attacked the Kremlin.', '2023-05-03'],
			['ar', 'قال الكرملين يوم الأربعاء إن بوتين التقى وزير الخارجية الصيني في موسكو.', '2023-05-03']
		],
		[
			'ar Kremlin undated, en Peskov',
			['ar', 'قال الكرملين إن أوكرانيا هاجمت الكرملين بطائرتين مسيرتين.', null],
			['en', 'Dmitry Peskov said that two Ukrainian drones attacked the Kremlin.', null]
		]
	])('%s: two claims', (_name, a, b) => {
		expect(claims(a, b)).toHaveLength(2);
	});
});

describe("one speaker's same act on one day, told in two articles", () => {
	// FORMAT: one statement is one occasion. Told alike in another article (the same words), it is that
	// statement; in other words on the same day, it is another thing the speaker said that day
	it.each<[string, Doc, Doc, number]>([
		[
			'told alike',
			[
				'en',
				'Iranian President Masoud Pezeshkian said on Sunday that sanctions must end first.',
				'2024-09-08'
			],
			['en', 'Masoud Pezeshkian said on Sunday that sanctions must end first.', '2024-09-08'],
			1
		],
		[
			'in other words (ar, en)',
			['ar', 'قال الرئيس الإيراني مسعود بزشكيان يوم الأحد إن بلاده مستعدة للحوار.', '2024-09-08'],
			[
				'en',
				'Iranian President Masoud Pezeshkian said on Sunday that sanctions must end first.',
				'2024-09-08'
			],
			2
		],
		[
			'in other words (fa, fa)',
			['fa', 'مسعود پزشکیان رئیس جمهور ایران روز یکشنبه گفت که ایران آماده گفت‌وگو است.', '2024-09-08'],
			['fa', 'مسعود پزشکیان روز یکشنبه گفت تحریم‌ها باید لغو شود.', '2024-09-08'],
			2
		],
		[
			'another day',
			['ar', 'قال الرئيس الإيراني مسعود بزشكيان يوم الأحد إن بلاده مستعدة للحوار.', '2024-09-08'],
			[
				'en',
				'Iranian President Masoud Pezeshkian said on Monday that sanctions must end first.',
				'2024-09-09'
			],
			2
		],
		[
			'two in one article',
			[
				'en',
				'Masoud Pezeshkian said on Sunday that Iran is ready. Pezeshkian said on Sunday that sanctions must end.',
				'2024-09-08'
			],
			['en', 'Masoud Pezeshkian said on Sunday that talks could resume soon.', '2024-09-08'],
			3
		]
	])('%s: %i claims', (_name, a, b, n) => {
		expect(claims(a, b)).toHaveLength(n);
	});
});

describe("one speaker's sentences about one event: two in one article, one across articles", () => {
	// FORMAT: one item per speaker, act and sentence; the same statement told by another article is that item
	it.each<[string, Doc]>([
		[
			'ar: وأضاف',
			[
				'ar',
				'قال الجيش الباكستاني يوم الأحد إن مسلحين هاجموا قطارا في بلوشستان. وأضاف الجيش الباكستاني أن الهجوم على القطار خطط له من أفغانستان.',
				'2025-03-16'
			]
		],
		[
			'fa: در ادامه افزود',
			[
				'fa',
				'ارتش پاکستان روز یکشنبه گفت که شبه‌نظامیان به قطاری در بلوچستان حمله کردند. ارتش پاکستان در ادامه افزود که حمله به قطار از افغانستان طراحی شده بود.',
				'2025-03-16'
			]
		],
		[
			'en: added',
			[
				'en',
				"Pakistan's army said on Sunday that militants attacked a train in Balochistan. Pakistan's army added that the attack on the train was planned in Afghanistan.",
				'2025-03-16'
			]
		]
	])('%s: two claims', (_name, a) => {
		expect(claims(a)).toHaveLength(2);
	});

	it('the same claim told again in another article joins the first', () => {
		const a: Doc = [
			'en',
			"Pakistan's army said on Sunday that militants attacked a train in Balochistan.",
			'2025-03-16'
		];
		const b: Doc = [
			'en',
			"Pakistan's army said on Sunday that militants attacked a train in Balochistan.",
			'2025-03-17'
		];
		const c = claims(a, b);
		expect(c).toHaveLength(1);
		expect(new Set(c[0].evidence.map((e) => e.doc)).size).toBe(2);
	});
});
