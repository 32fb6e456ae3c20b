import { describe, expect, it } from 'vitest';
import { readDocuments, type Story } from '../../../src/lib/core/story';

/** One article (a title line, then the text) published on `published`. */
const read = (lang: string, text: string, published = '2024-05-10'): Story =>
	readDocuments([{ path: 'a.txt', text: `عنوان\n\n${text}\n`, meta: { lang, published, outlet: null } }]);

const heads = (lang: string, text: string) => read(lang, text).events.map((e) => e.reading?.head);

describe('people evacuated, towns captured, inaugurations, funerals, phone conversations, lawsuits and Persian releases (events.ts data)', () => {
	it.each([
		['ar', 'وتم إجلاء 40 بحارا من السفينة يوم الأحد.', 'evacuation', '2024-05-05'],
		['ar', 'وأجلى الجيش سكان القرية يوم السبت.', 'evacuation', '2024-05-04'],
		['en', 'The Taliban captured the town of Wesh on Sunday.', 'takeover', '2024-05-05'],
		['en', 'Pezeshkian was at his inauguration in Tehran on Tuesday.', 'ceremony', '2024-05-07'],
		['ar', 'وشارك هنية في حفل تنصيب الرئيس الإيراني يوم الثلاثاء.', 'ceremony', '2024-05-07'],
		['fa', 'تحلیف رئیس‌جمهور روز سه‌شنبه در مجلس انجام شد.', 'ceremony', '2024-05-07'],
		['en', 'Thousands of Lebanese on Friday mourned the slain official.', 'ceremony', '2024-05-10'],
		['ar', 'وانطلقت جنازة الضحايا في بيروت يوم الجمعة.', 'ceremony', '2024-05-10'],
		['fa', 'خاکسپاری او روز جمعه در کابل انجام شد.', 'ceremony', '2024-05-10'],
		['en', 'Biden held a telephone conversation with Erdogan on Tuesday.', 'phone call', '2024-05-07'],
		['ar', 'وأجرى بوتين محادثة هاتفية مع أردوغان يوم الثلاثاء.', 'phone call', '2024-05-07'],
		['en', 'The minister filed a lawsuit against the newspaper on Monday.', 'lawsuit', '2024-05-06'],
		['ar', 'ورفع الوزير دعوى قضائية ضد الصحيفة يوم الاثنين.', 'lawsuit', '2024-05-06'],
		// Persian set free in the perfect, and let go
		['fa', 'این دو خبرنگار روز دوشنبه از زندان آزاد شده‌اند.', 'release', '2024-05-06'],
		['fa', 'طالبان روز دوشنبه دو خبرنگار خارجی را رها کردند.', 'release', '2024-05-06']
	])('%s: «%s» holds a %s on %s', (lang, text, head, day) => {
		const ev = read(lang, text).events.find((e) => e.reading?.head === head);
		expect(ev?.when).toMatchObject({ earliest: day, latest: day });
	});

	it.each([
		// «أجّلت» (postponed) is spelled as «أجلت» (evacuated) would be: not an evacuation
		['ar', 'وأجلت الحكومة زيارة الوزير يوم الأحد.', 'evacuation'],
		// a camera captures a moment, no town
		['en', 'The camera captured the moment.', 'takeover'],
		// «بدعوى»: on the pretext of, no lawsuit
		['ar', 'واعتقلت الشرطة الصحفي بدعوى التجسس يوم الأحد.', 'lawsuit'],
		// freedom of speech, no one set free
		['fa', 'وزیر روز دوشنبه از آزادی بیان دفاع کرد.', 'release']
	])('%s: «%s» holds no %s', (lang, text, head) => {
		expect(heads(lang, text)).not.toContain(head);
	});
});
