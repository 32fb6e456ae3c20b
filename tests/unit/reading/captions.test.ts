import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/lib/core/reading/clean';

/** The kind of the one line of a text. */
const kindOf = (line: string) => classifyLines(line)[0].kind;

describe('a line ending in a credit label is a caption', () => {
	it.each([
		['en', 'A view of the damaged building in Khost. [File: Saifullah Zahir/Reuters]'],
		['en', 'Taliban fighters stand guard at a checkpoint in Kabul (File: Ali Khara/Reuters)'],
		['en', 'Smoke rises over the village after the strike on Monday. Photo: Wakil Kohsar / AFP'],
		['en', 'File photo: Russian President Vladimir Putin at the Kremlin'],
		['ar', 'عناصر من حركة طالبان عند نقطة تفتيش في كابل (صورة: رويترز)'],
		['ar', 'الدخان يتصاعد فوق القرية بعد الغارة. تصوير: وكالة الأنباء الفرنسية'],
		['fa', 'نیروهای طالبان در یک ایست بازرسی در کابل. عکس: خبرگزاری فرانسه'],
		['fa', 'عکس: آرشیف رویترز']
	])('%s: «%s»', (_lang, line) => {
		expect(kindOf(line)).toBe('chrome');
	});

	// look-alikes: the word without its label's place or colon, and a long paragraph
	it.each([
		[
			'en',
			'Mujahid said the file: it was closed after the strike killed ten people in the village of Khost.'
		],
		[
			'en',
			'Officials said the photo showed the damaged building in Khost, and Mujahid said Pakistan bombed it.'
		],
		[
			'en',
			`The ministry said the strike killed ten people, and officials described at length what had happened in the village that night. ${'More was said about it later. '.repeat(8)}Photo: Wakil Kohsar / AFP`
		],
		['ar', 'وقال المتحدث إن الصورة التي نشرتها الحركة تظهر المبنى المدمر في خوست بعد الغارة.'],
		['fa', 'سخنگوی طالبان گفت که عکس منتشر شده ساختمان ویران شده در خوست را نشان می‌دهد.']
	])('%s: «%s» stays prose', (_lang, line) => {
		expect(kindOf(line)).toBe('prose');
	});
});
