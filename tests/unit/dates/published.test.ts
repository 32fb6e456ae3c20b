import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '../../../src/lib/core/dates';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

describe('findPublicationDate', () => {
	it.each([
		['fa', 'تاریخ انتشار: ۱۷:۴۶ - ۰۵-۱۰-۱۳۹۴\nمتن خبر', '2015-12-26'],
		['fa', 'انتشار: ۰۸:۱۲ - ۳۱-۰۱-۱۳۹۸\nمتن', '2019-04-20'],
		['ar', 'نُشر في: الخميس 24 ديسمبر 2015\nنص الخبر', '2015-12-24'],
		['ar', 'تاريخ النشر: 2016/01/02\nنص', '2016-01-02'],
		['en', 'Published: Dec. 26, 2015\nBody text', '2015-12-26'],
		['en', 'Published\nDecember 26, 2015\nBody', '2015-12-26']
	])('reads a labelled date [%s] "%s"', (lang, text, day) => {
		const r = findPublicationDate(text, { lang });
		expect(r.source).toBe('label');
		expect(r.value?.earliest).toBe(day);
	});

	it.each([
		['Published 24 December 2015, updated 26 December 2015\nbody'],
		['Updated 26 December 2015, published 24 December 2015\nbody']
	])('reads the published date next to an updated one: %s', (text) => {
		const r = findPublicationDate(text, { lang: 'en' });
		expect(r.source).toBe('label');
		expect(r.value?.earliest).toBe('2015-12-24');
	});

	it.each([
		['ar', 'الخميس 14 ربيع الأول 1437 هـ - 24 ديسمبر 2015 م\nقال المتحدث باسم الحركة', '2015-12-24'],
		['ar', 'الخميس 5 ذو القعدة 1444 هـ - 25 مايو 2023 م\nقال', '2023-05-25'],
		// the two dates disagree (5 Shawwal 1444 is 25 April): the Gregorian one, which the weekday confirms
		['ar', 'الخميس 5 شوال 1444 هـ - 25 مايو 2023 م\nقال', '2023-05-25'],
		['fa', 'سه‌شنبه 7 آبان 1398\nبه گزارش خبرنگار، نشست دیروز برگزار شد.', '2019-10-29'],
		['fa', 'سه‌شنبه ۷ آبان ۱۳۹۸ - ۲۹ اکتبر ۲۰۱۹\nبه گزارش', '2019-10-29'],
		['ar', 'الجمعة ٠٣ / مايو / ٢٠٢٤\nأعلنت الوزارة اليوم', '2024-05-03'],
		['en', 'Thursday, 24 December 2015 | 13 Rabi al-Awwal 1437\nThe Taliban said', '2015-12-24'],
		// the source or the writer after the date (publication.ts `byline`)
		['ar', 'عنوان الخبر\n\n2021-11-14 00:00:00 - المصدر: العربية\n\nقال مسؤولون', '2021-11-14'],
		['en', 'Headline\n\n12 May 2024 | By Jane Doe\n\nThe minister said', '2024-05-12'],
		['fa', 'تیتر\n\nجمعه, 25ام تیر, 1400\n\nوزیر گفت', '2021-07-16']
	])('reads a date line at the head of the page [%s] "%s"', (lang, text, day) => {
		const r = findPublicationDate(text, { lang });
		expect(r.source).toBe('header');
		expect(r.value?.earliest).toBe(day);
	});

	it.each([
		// a time, and an "updated" label with only a time after it, on the date line
		[
			'ar',
			'السبت 28 رجب 1447 هـ - 17 يناير 2026 م | آخر تحديث: 14:10\nكابل - الراصد',
			'2026-01-17',
			'header'
		],
		['ar', 'الخميس ٩ فبراير ٢٠٢٣ الساعة ٨:٥٨ صباحاً\nنص الخبر', '2023-02-09', 'header'],
		['en', 'April 8, 2025, 6:12 AM GMT+4:30 | Updated 3 hours ago\nKABUL —', '2025-04-08', 'header'],
		['fa', 'پنجشنبه ۱۰ آبان ۱۴۰۳ ساعت ۱۴:۳۵\nمتن خبر', '2024-10-31', 'header'],
		// an agency dateline opening the story
		['ar', 'طهران 12 أكتوبر 2024 (شينخوا) رفضت البعثة الإيرانية المزاعم', '2024-10-12', 'header'],
		['ar', 'بورتسودان 4 مارس 2024 ــ نفى السودان وإيران المزاعم', '2024-03-04', 'header'],
		['en', 'KABUL, Dec. 23, 2015 (Reuters) - The Taliban said', '2015-12-23', 'header'],
		// a label that opens a line
		['en', 'date 2023-04-11 The Kremlin commented on the report.', '2023-04-11', 'label'],
		// … or a cell of a line of page facts
		[
			'fa',
			'کد خبر: 37839 | صفحه ۱۱ | ایران و جهان | تاریخ: 27 آبان 1403\nبقایی مطرح کرد',
			'2024-11-17',
			'label'
		],
		['ar', 'رقم الخبر: 5521 | القسم: عربي | التاريخ: 12 مارس 2024\nنص الخبر', '2024-03-12', 'label']
	])('reads [%s] "%s" as %s (%s)', (lang, text, day, source) => {
		const r = findPublicationDate(text, { lang });
		expect(r.value?.earliest).toBe(day);
		expect(r.source).toBe(source);
	});

	it('takes a site clock ("weekday: date") for no article date, and the date line after it for one', () => {
		const clockOnly = findPublicationDate('الثلاثاء: 09 ديسمبر 2025\nقال المتحدث إن الاجتماع عقد', {
			lang: 'ar'
		});
		expect(clockOnly.value).toBeNull();
		expect(clockOnly.reason).toMatch(/clock/);
		const both = findPublicationDate(
			'*\nالثلاثاء: 09 ديسمبر 2025\n  • 16 أكتوبر 2025\n  • 21:43\n\nKhaberni - text',
			{
				lang: 'ar'
			}
		);
		expect(both.value?.earliest).toBe('2025-10-16');
	});

	it('takes "date" for a label only at the start of a line, and an address that opens with its day', () => {
		expect(
			findPublicationDate('He said that to date, on 5 March 2016, nothing changed.', { lang: 'en' }).value
		).toBeNull();
		expect(
			findPublicationDate('نص', { lang: 'ar', url: 'https://www.afintl.com/ar/202510148570' }).value?.earliest
		).toBe('2025-10-14');
		expect(
			findPublicationDate('نص', { lang: 'ar', url: 'https://example.com/news/2025101' }).value
		).toBeNull();
	});

	it('takes an address with a year and month only for a publication date known to the month, after any date line', () => {
		const m = findPublicationDate('text', { lang: 'en', url: 'https://eir.news/2023/02/news/seymour-hersh' });
		expect([m.value?.earliest, m.value?.latest, m.value?.precision, m.source]).toEqual([
			'2023-02-01',
			'2023-02-28',
			'month',
			'url'
		]);
		const fa = findPublicationDate('متن', { lang: 'fa', url: 'https://example.ir/1398/01/news' });
		expect(fa.value?.calendar).toBe('persian');
		expect(fa.value?.earliest).toBe('2019-03-21');
		const both = findPublicationDate('الخميس ٩ فبراير ٢٠٢٣\nنص', {
			lang: 'ar',
			url: 'https://x.com/2023/02/slug'
		});
		expect([both.value?.earliest, both.source]).toEqual(['2023-02-09', 'header']);
	});

	it('takes no date inside a sentence at the head of the page for the publication date', () => {
		const r = findPublicationDate('قال المتحدث يوم الخميس 24 ديسمبر 2015 إن الحركة لم تتلق دعما\nنص', {
			lang: 'ar'
		});
		expect(r.value).toBeNull();
	});

	const menu = (items: string[]) => items.map((x) => x + '\n').join('\n');
	const provinces = Array.from({ length: 45 }, (_, k) => `استان ${k + 1}`);
	it.each([
		// a site's clock next to the weather, then the article's own stamp under the headline
		[
			'ar',
			'- ℃ 11 تركيا\n- 22 ديسمبر 2024\nعنوان الخبر\n- 3 أغسطس 2024, 2:48:25 م\nكذبت الوكالة التقرير',
			'2024-08-03'
		],
		[
			'en',
			'Weather 11°C Ankara\nDecember 22, 2024\nHeadline\nAugust 3, 2024, 2:48 PM\nThe agency denied',
			'2024-08-03'
		],
		// a stamp below a site menu longer than the head's first lines
		['fa', menu(provinces) + 'پخش زنده\n\n۱۲:۴۱ - ۲۶ بهمن ۱۳۹۹\n\nتیتر خبر\n\nمتن خبر', '2021-02-14'],
		['fa', menu(provinces) + '۱۹:۴۲ | ۲۸ / ۰۳ /۱۴۰۴\n| |\n\nتیتر خبر', '2025-06-18'],
		[
			'ar',
			menu(provinces.map((p) => p.replace('استان', 'قسم'))) + '١٢:٤١ - ١٤ فبراير ٢٠٢١\nعنوان\nنص',
			'2021-02-14'
		],
		// a stamp in one cell of a line of page facts
		[
			'fa',
			menu(provinces) + 'تیتر خبر کد خبر: 722990 | ۱۴۰۴/۰۴/۱۷ ۱۹:۲۴:۳۸ اعتمادآنلاین |\n\nمتن خبر',
			'2025-07-08'
		],
		[
			'en',
			menu(provinces) + 'Headline | News ID: 722990 | 8 July 2025 19:24 | Etemad Online\n\nBody',
			'2025-07-08'
		],
		// a date written over several short lines, its year alone on one
		[
			'fa',
			'خبرگزاری اهلبیت(ع) - ابنا\n\nیکشنبه\n۱۴ اردیبهشت\n۱۳۹۹\n۹:۰۷:۴۰\nمنبع:\nابنا\n\nتیتر خبر',
			'2020-05-03'
		],
		['ar', 'موقع الأخبار\n\nالأحد\n3 مايو\n2020\n\nعنوان الخبر\nنص', '2020-05-03'],
		// a date-time stamp on a line that also holds the site's name and the address, or a section
		[
			'fa',
			'پایگاه خبری ایران خبر 28 تير 1398 ساعت 10:20 https://www.irankhabar.ir/fa/doc/news/136228/x ----- عنوان : ایران هیچ پهپادی از دست نداده است ----- معاون وزیر گفت: ما هیچ پهپادی را از دست نداده‌ایم.',
			'2019-07-19'
		],
		['fa', 'جمعه، 3 شهریور 1402 ساعت 15:452023-08-25بين الملل\nتیتر خبر\nمتن خبر', '2023-08-25'],
		['ar', 'موقع الأخبار 14 فبراير 2021 الساعة 12:41 https://example.com/news/1\nعنوان\nنص', '2021-02-14'],
		['en', 'News Site | 14 February 2021 at 12:41 | World\nHeadline\nBody', '2021-02-14']
	])("reads the article's stamp past the site header [%s] %#", (lang, text, day) => {
		const r = findPublicationDate(text, { lang });
		expect(r.source).toBe('header');
		expect(r.value?.earliest).toBe(day);
	});

	it.each([
		// a list of headlines, each with its stamp: no one of them is the page's date
		['fa', menu(provinces) + '۱۲:۴۱ - ۲۶ بهمن ۱۳۹۹\nخبر یک\n۰۹:۱۰ - ۲۵ بهمن ۱۳۹۹\nخبر دو'],
		// a stamp next to site furniture is the site's clock
		['fa', menu(provinces) + 'جستجو\n۱۲:۴۱ - ۲۶ بهمن ۱۳۹۹\nتیتر'],
		// the weather and the clock, and no article stamp after them
		['ar', '- ℃ 11 تركيا\n- 22 ديسمبر 2024\nعنوان الخبر\nنص الخبر'],
		// a date inside a sentence, even with a time, is no stamp
		['en', menu(provinces) + 'The meeting began at 10:30 on 14 February 2021 in Doha.\nBody'],
		// … nor a date and its time told late in a line of prose
		[
			'en',
			'Headline\n\nThe foreign minister of Qatar arrived in the capital for talks, and on 14 February 2021 at 10:30 he met the envoy.\nBody'
		],
		[
			'fa',
			'تیتر\n\nوزیر امور خارجه قطر برای گفت‌وگو به تهران رفت و روز 28 تیر 1398 ساعت 10:20 با همتای خود دیدار کرد.\nمتن'
		],
		// … nor a date without a year before a time
		['ar', 'موقع الأخبار 14 فبراير الساعة 12:41\nعنوان\nنص'],
		// the site's clock under its accessibility links and "latest news" (Radio Azadi's header)
		['fa', 'لینکهای قابل دسترسی\n\nخبر تازه\nجمعه ۲۵ عقرب ۱۴۰۳ کابل ۰۴:۰۴\n\nتیتر خبر\nمتن خبر'],
		// a writer named before the date does not make a sentence a date line
		['en', 'Headline\n\nBy Jane Doe, 12 May 2024, said the minister who spoke\n\nBody'],
		// short lines around a whole date (the site's clock and the weather) are no date split over lines
		['ar', '- ℃ 11 تركيا\n- 22 ديسمبر\nعنوان الخبر\nنص الخبر'],
		// a year alone among short lines with no day is no date
		['en', 'Menu\nSports\n2024\nHeadline\nBody']
	])('takes no publication date from a clock, a list of stamps or a sentence [%s] %#', (lang, text) => {
		expect(findPublicationDate(text, { lang }).value).toBeNull();
	});

	it('never takes an "updated" date for the publication date', () => {
		const r = findPublicationDate('Updated: 27 December 2015\nLast updated 28 December 2015\nBody', {
			lang: 'en'
		});
		expect(r.value).toBeNull();
		const fa = findPublicationDate('۲۷ اسفند ۱۴۰۳\nبه روز شده در: ۲۷ اسفند ۱۴۰۳ - ۰۷:۳۰\nمتن', {
			lang: 'fa'
		});
		expect(fa.value).toBeNull();
		expect(fa.reason).toMatch(/update/);
	});

	it.each([
		['https://www.isna.ir/news/1398/01/31/x', '2019-04-20'],
		['https://example.com/2015/12/26/taliban.html', '2015-12-26'],
		['https://example.com/news/20151226/x', '2015-12-26'],
		['https://thelevantnews.com/article/x-february-9,-2022,-9:53-am', '2022-02-09']
	])('reads the date in the address %s', (url, day) => {
		const r = findPublicationDate('نص بلا تاريخ', { lang: 'ar', url });
		expect(r.source).toBe('url');
		expect(r.value?.earliest).toBe(day);
	});

	it('takes a date standing alone at the head of an article', () => {
		const r = findPublicationDate('Taliban deny talks\nDecember 26, 2015\nThe Taliban denied…', {
			lang: 'en'
		});
		expect(r.source).toBe('header');
		expect(r.value?.earliest).toBe('2015-12-26');
	});

	it('tells a site-header clock from the article date (seed 004) and says why', () => {
		const r = findPublicationDate(seed('004_6eea52bd81b2b4bd.txt'), { lang: 'ar' });
		expect(r.value).toBeNull();
		expect(r.reason).toMatch(/site/);
	});

	it('prefers the label over the header and update dates (seed 002)', () => {
		const r = findPublicationDate(seed('002_c9650de6e31c8931.txt'), { lang: 'fa' });
		expect(r.source).toBe('label');
		expect(r.value?.earliest).toBe('2015-12-26');
	});

	// a full date the article tells as today, with no date at its head: the day it was written
	const lead = {
		ar: 'لبنان\nالوزير ينفي مزاعم الصحيفة حول المطار\nنفى وزير النقل مزاعم الصحيفة البريطانية حول وجود أسلحة في المطار.\n',
		fa: 'سیاست\nوزیر خارجه: مذاکرات ادامه دارد\nسخنگوی وزارت خارجه گفت که مذاکرات با طرف‌های اروپایی ادامه دارد و نتیجه آن به زودی اعلام می‌شود.\n',
		en: 'World\nMinister denies the report about the airport\nThe transport minister denied a British newspaper report about weapons at the airport.\n'
	};
	it.each([
		[
			'ar',
			'وقال الوزير في مؤتمر صحافي عقده عصر اليوم الأحد 23 حزيران/ يونيو 2024 إن المصادر غير معروفة.',
			'2024-06-23'
		],
		[
			'ar',
			'وكانت الصحيفة قد كشفت في وقت سابق من اليوم السبت (14 تشرين الثاني 2020) تفاصيل العملية.',
			'2020-11-14'
		],
		['fa', 'وزیر امروز یکشنبه ۲۲ بهمن ۱۴۰۲ در نشست خبری گفت که مذاکرات ادامه دارد.', '2024-02-11'],
		['en', 'The minister said today, Sunday, June 23, 2024, that the sources were unknown.', '2024-06-23']
	])('reads the day an article tells as today [%s] "%s"', (lang, body, day) => {
		const r = findPublicationDate(lead[lang as 'ar' | 'fa' | 'en'] + body, { lang });
		expect(r.source).toBe('inferred');
		expect(r.value?.earliest).toBe(day);
		expect(r.reason).toMatch(/today/);
	});
	// look-alikes: a weekday that is not the date's, a date said on another day, today and a date apart
	it.each([
		['fa', 'وزیر امروز سه‌شنبه ۲۲ بهمن ۱۴۰۲ در نشست خبری گفت که مذاکرات ادامه دارد.'],
		['en', 'The minister said today, Monday, June 23, 2024, that the sources were unknown.'],
		['en', 'The minister said on Sunday, June 23, 2024, that the sources were unknown.'],
		['ar', 'وقال الوزير اليوم إن الاجتماع الذي عقد في 23 حزيران/ يونيو 2024 كان مثمرا.']
	])('takes no day told as today from [%s] "%s"', (lang, body) => {
		expect(findPublicationDate(lead[lang as 'ar' | 'fa' | 'en'] + body, { lang }).value).toBeNull();
	});

	it('returns null with a reason when nothing says when (seed 000)', () => {
		const r = findPublicationDate(seed('000_bc47ae5588ddb94c.txt'), { lang: 'ar' });
		expect(r.value).toBeNull();
		expect(r.source).toBeNull();
		expect(r.reason.length).toBeGreaterThan(10);
	});
});
