import { describe, expect, it } from 'vitest';
import { readDocuments, type Story } from '../../../src/lib/core/story';

/** A story of one-sentence articles, each [lang, text]. */
const story = (docs: [string, string][]): Story =>
	readDocuments(
		docs.map(([lang, text], i) => ({
			path: `d${i}.txt`,
			text: `عنوان\n\n${text}\n`,
			meta: { lang, published: '2023-05-04', outlet: null }
		}))
	);

const speakers = (s: Story) => [...new Set(s.statements.map((x) => x.speaker))];

describe('one person across articles, scripts and posts', () => {
	it.each([
		[
			'an adviser in one article, a spokesman in another',
			[
				['ar', 'وقال ميخائيل بودولياك مستشار مكتب زيلينسكي إن بلاده لا علاقة لها بالهجوم.'],
				[
					'en',
					'Ukraine presidential spokesman Mikhaylo Podolyak said his country had nothing to do with the attack.'
				]
			]
		],
		[
			'a rank before the name in each language, چ written ش in Arabic',
			[
				['fa', 'سپهبد احمد شریف چودری گفت که این اتهامات بی‌اساس است.'],
				['ar', 'وقال الفريق الركن أحمد شريف شودري إن الاتهامات لا أساس لها.'],
				['en', 'Lt. Gen. Ahmed Sharif Chaudhry said the accusations were baseless.']
			]
		],
		[
			'a surname of two skeleton letters, in three scripts (Baghaei / «بقائي» / «بقائی»)',
			[
				['en', 'Foreign ministry spokesman Esmaeil Baghaei said the report was false.'],
				['ar', 'وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن التقرير كاذب.'],
				['fa', 'اسماعیل بقائی سخنگوی وزارت امور خارجه گفت که این گزارش دروغ است.']
			]
		],
		[
			'given names written as one word in one script and two in another, after a title («مفتی»)',
			[
				['en', 'TTP chief Noor Wali Mehsud said he was alive.'],
				['fa', 'مفتی نورولی محسود رهبر تحریک طالبان پاکستان گفت که زنده است.']
			]
		],
		[
			'another spelling of a person the gazetteer knows, in an earlier article',
			[
				['en', 'Zabiullah Mujahid, the Taliban spokesman, said the strike was illegal.'],
				['en', 'Zabihullah Mujahid said the strike was a crime.']
			]
		],
		[
			'a short surname with the same first name («سيمور هيرش» / Seymour Hersh)',
			[
				['ar', 'وقال الصحفي الأمريكي سيمور هيرش إن البحرية الأمريكية فجرت الأنابيب.'],
				['en', 'US journalist Seymour Hersh said the US Navy blew up the pipelines.']
			]
		],
		[
			'a surname whose v Persian writes «و» (dropped: «لیویت» / «ليفيت» / Leavitt): the whole names agree',
			[
				['ar', 'وقالت المتحدثة باسم البيت الأبيض كارولين ليفيت إن قطر أبلغت بالهجوم.'],
				['fa', 'کارولین لیویت سخنگوی کاخ سفید گفت که قطر از حمله مطلع شده بود.'],
				['en', 'White House press secretary Karoline Leavitt said Qatar had been informed.']
			]
		],
		[
			'a surname of two parts written apart in Arabic and together in Persian («خطيب زادة» / «خطیب‌زاده»)',
			[
				['ar', 'وقال المتحدث باسم الخارجية الإيرانية سعيد خطيب زادة إن الاتهامات الأمريكية كاذبة.'],
				['fa', 'سعید خطیب‌زاده سخنگوی وزارت امور خارجه روز دوشنبه گفت که این گزارش دروغ است.']
			]
		]
	] as [string, [string, string][]][])('%s', (_name, docs) => {
		const s = story(docs);
		expect(speakers(s)).toHaveLength(1);
		const actor = s.actors.find((a) => a.id === speakers(s)[0]);
		expect(actor?.aliases.length).toBeGreaterThanOrEqual(docs.length - 1);
	});

	it.each([
		[
			'the same surname, other first names',
			[
				['en', 'Imran Khan said the government had lied.'],
				['en', 'Ahmad Khan said the report was false.']
			]
		],
		[
			'a short surname alike, first names apart (look-alike)',
			[
				['en', 'US journalist Seymour Hersh said the US Navy blew up the pipelines.'],
				['ar', 'وقال الصحفي الأمريكي مايكل هيرش إن البحرية الأمريكية لم تفجر الأنابيب.']
			]
		],
		[
			'whole names one letter apart but for the surname in the same script (look-alike: Karoline Leavitt / Caroline Levin)',
			[
				['en', 'White House press secretary Karoline Leavitt said Qatar had been informed.'],
				['fa', 'کارولین لیویت سخنگوی کاخ سفید گفت که قطر از حمله مطلع شده بود.'],
				['en', 'Caroline Levin, a lawyer for the family, said the case was closed.']
			]
		],
		[
			'a surname of two parts written apart and together, other first names (look-alike: «حسن خطيب زادة» / «سعید خطیب‌زاده»)',
			[
				['ar', 'وقال المتحدث باسم الخارجية الإيرانية حسن خطيب زادة إن الاتهامات الأمريكية كاذبة.'],
				['fa', 'سعید خطیب‌زاده سخنگوی وزارت امور خارجه روز دوشنبه گفت که این گزارش دروغ است.']
			]
		],
		[
			'the same surname, nothing but the surname to go on, and other posts',
			[
				['en', 'Foreign minister Khan said the strikes would go on.'],
				['en', 'Prime minister Khan said the strikes must stop.']
			]
		]
	] as [string, [string, string][]][])('%s: two people', (_name, docs) => {
		expect(speakers(story(docs))).toHaveLength(2);
	});
});

describe('an actor keeps the ways the articles wrote it', () => {
	it('is the gazetteer body its office names, with the words an article wrote it in', () => {
		const s = story([
			['en', 'Russia’s foreign ministry said the report was false. It added that Moscow took no part.'],
			['ar', 'وقالت وزارة الخارجية الروسية إن التقرير كاذب.']
		]);
		expect(speakers(s)).toEqual(['Russian Foreign Ministry']);
		const mfa = s.actors.find((a) => a.id === 'Russian Foreign Ministry');
		expect(mfa?.aliases).toContain('Russia’s foreign ministry');
		// a pronoun that pointed back is no way of writing it
		expect(mfa?.aliases).not.toContain('It');
	});

	it('lists the words that named a body in no list', () => {
		const s = story([['fa', 'وزارت دفاع امارت اسلامی اعلام کرد که این حمله بی‌پاسخ نمی‌ماند.']]);
		const speaker = s.actors.find((a) => a.id === s.statements[0].speaker);
		expect([speaker?.id, ...(speaker?.aliases ?? []), ...Object.values(speaker?.names ?? {})]).toContain(
			'وزارت دفاع امارت اسلامی'
		);
	});
});
