import { describe, expect, it } from 'vitest';
import { findDates as findEachDate, mentionEnds } from '../../../src/lib/core/dates';
import { findDates } from '../../../src/lib/core/reading/dates-port';
import { readDocuments } from '../../../src/lib/core/story';

/**
 * The date finder gives a range of days as one mention with its two ends (written as two paired
 * endpoints by `mentionEnds`, the \`dates --jsonl\` form), so an event said to last from one day to
 * another is dated by the whole range.
 * Each row: [lang, ref, text, the joined mention as "span=first/last"].
 */
const rows: [string, string, string, string][] = [
	[
		'ar',
		'2019-07-15',
		'وتمتد الفعاليات من 10 إلى 14 نيسان 2018',
		'10 إلى 14 نيسان 2018=2018-04-10/2018-04-14'
	],
	[
		'ar',
		'2019-07-15',
		'من 30 نوفمبر - 2 ديسمبر 2015 عقد المؤتمر',
		'30 نوفمبر - 2 ديسمبر 2015=2015-11-30/2015-12-02'
	],
	[
		'fa',
		'2019-07-15',
		'تعطیلات از ۱ تا ۱۳ فروردین ۱۴۰۲ ادامه دارد',
		'۱ تا ۱۳ فروردین ۱۴۰۲=2023-03-21/2023-04-02'
	],
	[
		'fa',
		'2024-04-01',
		'تعطیلات مدارس از ۲۵ اسفند تا ۱۳ فروردین',
		'۲۵ اسفند تا ۱۳ فروردین=2024-03-15/2024-04-01'
	],
	['en', '2019-08-12', 'The festival ran from 5 to 9 August.', '5 to 9 August=2019-08-05/2019-08-09'],
	[
		'en',
		'2019-07-15',
		'from 28 December 2015 to 3 January 2016',
		'28 December 2015 to 3 January 2016=2015-12-28/2016-01-03'
	]
];

describe('a range of days read for events', () => {
	it.each(rows)('[%s, ref %s] the finder gives one mention with two ends in "%s"', (lang, ref, text) => {
		const found = findEachDate(text, { lang, ref });
		expect(found).toHaveLength(1);
		expect(found[0].ends).toHaveLength(2);
		const ms = mentionEnds(found);
		expect(ms).toHaveLength(2);
		expect(ms[0].rangeTo).toBe(ms[1].start);
		expect(ms[1].rangeFrom).toBe(ms[0].start);
	});

	it.each(rows)('[%s, ref %s] reading joins "%s" into %s', (lang, ref, text, want) => {
		const ms = findDates(text, { lang, ref });
		expect(ms.map((m) => `${text.slice(m.start, m.end)}=${m.earliest}/${m.latest}`)).toEqual([want]);
		expect(ms[0].text).toBe(text.slice(ms[0].start, ms[0].end));
		expect(ms[0].edtf).toBe(`${ms[0].earliest}/${ms[0].latest}`);
		expect(ms[0].rangeTo).toBeUndefined();
		expect(ms[0].rangeFrom).toBeUndefined();
	});

	it('joins two days joined by "and" after "between" ("بين 3 و5 آذار") but not a plain list ("في 3 و5 آذار")', () => {
		const at = (text: string) =>
			findDates(text, { lang: 'ar', ref: '2019-07-15' }).map((m) => `${m.text}=${m.earliest}/${m.latest}`);
		expect(at('بين 3 و5 آذار 2019')).toEqual(['3 و5 آذار 2019=2019-03-03/2019-03-05']);
		expect(at('في 3 و5 آذار 2019')).toEqual(['3=2019-03-03/2019-03-03', '5 آذار 2019=2019-03-05/2019-03-05']);
	});

	it("keeps the invalid endpoint's reason when one end of the range does not exist", () => {
		const ms = findDates('من 28 إلى 30 شباط 2015', { lang: 'ar', ref: '2019-07-15' });
		expect(ms).toHaveLength(1);
		expect(ms[0].earliest).toBeNull();
		expect(ms[0].invalid).toBeTruthy();
	});

	it.each([
		[
			'Title\n\nRussian and Taliban officials met in Moscow from 5 to 9 August 2019.\n',
			'2019-08-05/2019-08-09'
		],
		[
			'عنوان\n\nالتقى وزير الخارجية الروسي سيرغي لافروف وفدا من حركة طالبان في موسكو من 10 إلى 14 نيسان 2018.\n',
			'2018-04-10/2018-04-14'
		],
		[
			'عنوان\n\nنمایندگان طالبان و مقامات روسیه از ۱ تا ۱۳ فروردین ۱۴۰۲ در مسکو دیدار کردند.\n',
			'2023-03-21/2023-04-02'
		]
	])('dates the event in %j by the whole range, %s', (text, want) => {
		const story = readDocuments([{ path: 'a.txt', text }]);
		expect(story.events.map((e) => (e.when ? `${e.when.earliest}/${e.when.latest}` : null))).toContain(want);
	});
});
