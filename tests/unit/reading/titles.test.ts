import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segments } from '../../../src/lib/core/reading/clean';

const para =
	'همزمان با افزایش تعداد تروریستهای داعش در افغانستان، رئیس جمهوری روسیه برای تبادل اطلاعات به طالبان، یکی از دشمنان قدیمیاش رو آورده است.';

describe('document titles', () => {
	it.each([
		[
			'skips an update stamp, news codes and date labels above a short Persian headline',
			'۲۷ اسفند ۱۴۰۳\nبه روز شده در: ۲۷ اسفند ۱۴۰۳ - ۰۷:۳۰\nکد خبر ۴۴۰۱۹۹\nتاریخ انتشار: ۱۷:۴۶ - ۰۵-۱۰-۱۳۹۴\n\nهمکاری مسکو و طالبان\n\n' +
				para,
			'همکاری مسکو و طالبان'
		],
		[
			'skips an Arabic date line and a publication label',
			'الجمعة ٠٣ / مايو / ٢٠٢٤\nتاريخ النشر: 09 فبراير 2022\n\nغزل بين طالبان والجولاني\n\n' +
				'قال متحدث باسم حركة طالبان إن الحركة لا تقيم أي علاقة مع التنظيمات الأجنبية في سوريا أو غيرها من الدول.',
			'غزل بين طالبان والجولاني'
		],
		[
			'falls back to the first words of the first sentence when only header lines precede the body',
			'کد خبر ۴۴۰۱۹۹\nتاریخ انتشار: ۱۷:۴۶ - ۰۵-۱۰-۱۳۹۴\n\n' + para,
			'همزمان با افزایش تعداد تروریستهای داعش در افغانستان…'
		],
		[
			'falls back to a short opening sentence whole',
			'قالت طالبان إنها ترفض ذلك تماما وبشدة.',
			'قالت طالبان إنها ترفض ذلك تماما وبشدة.'
		]
	])('%s', (_label, text, title) => {
		expect(segments(text)[0].title).toBe(title);
	});

	it.each([
		[
			'000_bc47ae5588ddb94c',
			['واشنطن بوست: باكستان تقدم دعم استخباراتى غير رسمى لطالبان فى معركتها ضد داعش']
		],
		[
			'001_5efe405581343bf2',
			[
				'طالبان تنفي وجود أي تبادل معلومات مع موسكو حول تنظيم داعش',
				'باكستان تطلق عملية أمنية بعد تصاعد العنف الطائفي'
			]
		],
		['002_c9650de6e31c8931', ['همکاری اطلاعاتی مسکو با طالبان علیه داعش']],
		['004_6eea52bd81b2b4bd', ['غزل متبادل بين طالبان والجولاني زعيم فرع القاعدة في سوريا']]
	])('gives seed %s its headline', (id, titles) => {
		const text = readFileSync(`seeds/${id}.txt`, 'utf8');
		expect(segments(text).map((s) => s.title)).toEqual(titles);
	});

	it('gives every seed a non-empty title', () => {
		for (const id of [
			'000_bc47ae5588ddb94c',
			'001_5efe405581343bf2',
			'002_c9650de6e31c8931',
			'003_4ec9eaed58d9fb5a',
			'004_6eea52bd81b2b4bd'
		])
			for (const s of segments(readFileSync(`seeds/${id}.txt`, 'utf8')))
				expect(s.title.length).toBeGreaterThan(10);
	});
});
