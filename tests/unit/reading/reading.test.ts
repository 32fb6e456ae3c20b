import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { classifyLines, segments } from '../../../src/lib/core/reading/clean';
import { splitSentences } from '../../../src/lib/core/reading/sentences';
import { readDocuments } from '../../../src/lib/core/story';

describe('the gazetteer', () => {
	it.each([
		['نفت حركة طالبان التقارير', 'Taliban'],
		['قال بوتين', 'Vladimir Putin'],
		['به گزارش ایسنا', 'ISNA'],
		['به نقل از سی.ان.ان', 'CNN'],
		['لوكالة انترفاكس', 'Interfax'],
		['وكالة (إ.ب.أ)', 'EPA'],
		['طالبان الباكستانية', 'Tehrik-i-Taliban Pakistan'],
		['صحيفة صاندي تايمز', 'The Sunday Times']
	])('finds %s as %s', (text, id) => {
		expect(
			gazetteer()
				.find(text)
				.map((m) => m.id)
		).toContain(id);
	});

	it('does not read a military base (القاعدة العسكرية) as al-Qaeda', () => {
		expect(
			gazetteer()
				.find('في القاعدة العسكرية')
				.map((m) => m.id)
		).not.toContain('al-Qaeda');
	});
});

describe('cleaning', () => {
	it('drops a "most read" list and what follows it', () => {
		const text =
			'عنوان المقال\n\nقالت صحيفة واشنطن بوست إن باكستان تقدم دعما استخباراتيا لطالبان في حربها ضد داعش، بحسب ما قال قادة.\n\nالاكثر مشاهده\n\nخبر قصير\n\nخبر آخر';
		const kinds = classifyLines(text)
			.filter((l) => l.kind !== 'blank')
			.map((l) => l.kind);
		expect(kinds).toEqual(['heading', 'prose', 'chrome', 'chrome', 'chrome']);
	});

	it('ends a "related news" list at a sentence: the article goes on after the headlines', () => {
		const text =
			'عنوان المقال\n\nقالت صحيفة لوموند إن النيجر تفاوضت سرا مع إيران على بيع اليورانيوم الخام في العام الماضي.\n\nأخبار ذات صلة\n\nفي سباق فرض النفوذ.. 4 دول تهرول إلى النيجر\nروسيا تعزز وجودها في النيجر\n\nوتعتبر النيجر سابع أكبر منتج لليورانيوم في العالم.\n\nوتعليقا على هذه التقارير، أوضحت "أورانو" أن حكومة النيجر مساهم.';
		const kinds = classifyLines(text)
			.filter((l) => l.kind !== 'blank')
			.map((l) => l.kind);
		expect(kinds).toEqual(['heading', 'prose', 'chrome', 'chrome', 'chrome', 'prose', 'prose']);
	});

	it('splits a page holding two articles into two', () => {
		const para =
			'قال مسؤولون إن قوات الأمن أطلقت عملية أمنية تستهدف المسلحين في منطقة مضطربة على الحدود مع أفغانستان.';
		const text = `العنوان الأول\n\n${para}\n\n\n\nالعنوان الثاني\n\n${para.replace('مسؤولون', 'مسؤولون باكستانيون')}\n`;
		expect(segments(text).map((s) => s.title)).toEqual(['العنوان الأول', 'العنوان الثاني']);
	});
});

describe('sentences', () => {
	it.each([
		['قال كذا. وأضاف كذا؟ ثم انتهى', 3],
		['به گزارش سی.ان.ان، گفت. پایان', 2],
		['صورة (إ.ب.أ) هنا. وجملة', 2],
		// a page that lost the space after a period: the next word glued on still starts a sentence
		['بحسب ما أوردت وكالة الأنباء (واس) أمس.وندد المصدر بالاتهامات.', 2],
		['ومعرفة الحقيقة كاملة".وكانت رويترز نقلت الخبر.', 2],
		// look-alikes: figures, abbreviations and Latin addresses
		['بلغ العدد 3.5 مليون شخص.', 1],
		['قالت شبكة سی.ان.ان إن الهجوم وقع.', 1],
		['ذكر موقع example.com ذلك.', 1],
		// English: a lower-case word, a period and a capitalised word glued on
		[
			'It should provide documents, the mission added in the statement.In a joint statement, the FBI said so.',
			2
		],
		// look-alikes: abbreviations, titles, addresses, times
		['The U.S.Army said it. See Reuters.com for more.', 2],
		['Gen.Smith spoke at 5 p.m.Then he left.', 1]
	])('splits "%s" into %i sentences', (text, n) => {
		expect(splitSentences(text, [{ start: 0, end: text.length }])).toHaveLength(n);
	});
});

describe('statements', () => {
	const read = (text: string) => readDocuments([{ path: 'a.txt', text }]);

	it.each([
		[
			'نفت حركة طالبان تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا لبحث التهديد الذي يمثله تنظيم داعش في أفغانستان.',
			'denial',
			'Taliban'
		],
		[
			'قالت صحيفة واشنطن بوست إن باكستان تقدم الدعم لطالبان في حربها ضد داعش هذا العام على نحو واسع.',
			'report',
			'The Washington Post'
		],
		[
			'ووصف مسئول باكستانى الاتصالات بين الجانبين بالمناقشات غير الرسمية وليس شراكة تبادل استخباراتى.',
			'claim',
			'anonymous Pakistani official'
		]
	])('reads "%s" as a %s by %s', (text, act, speaker) => {
		const st = read(`عنوان\n\n${text}\n`).statements;
		expect(st[0]).toMatchObject({ act, speaker });
	});

	it.each([
		[
			'نفى الناطق الرسمي باسم وزارة الدفاع الروسية إيجور كوناشينكوف أن تكون بلاده قد زودت الحركة بأي أسلحة.',
			'denial',
			'Igor Konashenkov'
		],
		[
			'نفى نائب وزير الخارجية الروسي إيغور مورغولوف، اليوم الخميس، صحة تقارير عن دعم موسكو للحركة المسلحة.',
			'denial',
			'Igor Morgulov'
		],
		[
			'وقال المحامي سيف علي، المتحدث باسم حكومة الإقليم، إن العملية أصبحت لا مفر منها بعد تصاعد العنف في المنطقة.',
			'claim',
			'سيف علي'
		],
		[
			'ونفى الكرملين هذه التقارير جملة وتفصيلا ووصفها بأنها لا أساس لها من الصحة على الإطلاق.',
			'denial',
			'Kremlin'
		],
		[
			// "had no contact with Russia": «هیچ …» and a negated verb after it deny the contacts
			'ذبیح‌الله مجاهد، سخنگوی طالبان روز شنبه به خبرگزاری فرانسه گفت که این گروه با روسیه هیچ تماسی نداشته است.',
			'denial',
			'Zabihullah Mujahid'
		]
	])('reads "%s" as a %s by %s', (text, act, speaker) => {
		expect(read(`عنوان\n\n${text}\n`).statements[0]).toMatchObject({ act, speaker });
	});

	it.each([
		[
			'سخنگوی وزارت خارجه افغانستان تصریح کرد که ما این اخبار را تکذیب می‌کنیم و آن را تبلیغات می‌دانیم.',
			'denial'
		],
		['سفارت روسیه در کابل اتهامات برخی از مقام‌های افغان درباره حمایت مسکو از طالبان را رد کرد.', 'denial']
	])('reads the Persian compound verb in "%s" as a %s', (text, act) => {
		expect(read(`عنوان\n\n${text}\n`).statements.map((s) => s.act)).toContain(act);
	});

	it('names an institution by the state it belongs to', () => {
		const text =
			'عنوان\n\nسفارت روسیه در کابل اتهامات برخی از مقام‌های افغان درباره حمایت مسکو از طالبان را رد کرد.\n';
		const st = read(text).statements;
		expect(st.find((s) => s.act === 'denial')?.speaker).toBe('Russian embassy');
		// the accusation denied is the Afghan officials' claim, only referred to
		expect(st.find((s) => s.act === 'claim')?.speaker).toBe('several anonymous Afghan officials');
	});

	it('finds a person named in full before when only the surname comes back', () => {
		const text =
			'عنوان\n\nوقال السفير ألكسندر مانتيتسكي إن بلاده تدرس صفقتين محتملتين لطائرات هليكوبتر مع الحكومة في كابول.\nورفض مانتيتسكي تقارير إعلامية أفغانية ذكرت أن موسكو تتعاون بشكل نشط مع الحركة المسلحة.\n';
		const st = read(text).statements;
		expect(st.map((s) => [s.act, s.speaker])).toEqual([
			['claim', 'ألكسندر مانتيتسكي'],
			['denial', 'ألكسندر مانتيتسكي']
		]);
	});

	it('does not read a negated denial as a denial', () => {
		const text =
			'عنوان\n\nوكان قائد القوات الأمريكية قد قال إنه لا يمكنه نفي صحة المعلومات عن دعم الحركة من جانب موسكو.\n';
		expect(read(text).statements.map((s) => s.act)).not.toContain('denial');
	});

	it('puts the agency a Persian speaker spoke to in the chain', () => {
		const text =
			'عنوان\n\nذبیح‌الله مجاهد، سخنگوی طالبان روز شنبه به خبرگزاری فرانسه گفت که این گروه با روسیه هیچ تماسی نداشته است.\n';
		expect(read(text).statements[0].chain).toEqual(['AFP', 'Zabihullah Mujahid']);
	});

	it('reads the chain of attribution nearest first', () => {
		const text =
			'عنوان\n\nبه گزارش ایسنا به نقل از شبکه تلویزیونی سی.ان.ان، ماریا زاخارووا، سخنگوی وزارت امورخارجه روسیه گفت: ارتباط میان مسکو و طالبان افغانستان تنها حول محور تبادل اطلاعات مربوط به مبارزه با داعش است.\n';
		expect(read(text).statements[0]).toMatchObject({
			speaker: 'Maria Zakharova',
			chain: ['ISNA', 'CNN', 'Maria Zakharova']
		});
	});

	it("does not read a refusal to give one's name as a denial", () => {
		const text =
			'عنوان\n\nوأوضحت الصحيفة أن باكستان تقدم للجماعة معلومات، وفقا لقيادى بارز فى طالبان الذى رفض الكشف عن هويته مثل قادة الحركة الآخرين.\n';
		expect(read(text).statements.map((s) => s.act)).not.toContain('denial');
	});

	it('leaves an undated statement undated when the publication date is unknown', () => {
		const text =
			'عنوان\n\nقالت صحيفة واشنطن بوست إن باكستان تقدم الدعم لطالبان في حربها ضد داعش على نحو واسع ومستمر.\n';
		expect(read(text).statements[0].saidAt).toBeNull();
	});
});
