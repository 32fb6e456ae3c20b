import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../src/lib/core/gazetteer';
import { findRefs, newDiscourse, type Discourse, type Ref } from '../../../src/lib/core/reading/mentions';
import { READING_FOLD } from '../../../src/lib/core/reading/lexicon';
import { tokenize } from '../../../src/lib/core/reading/tokens';
import { normalize } from '../../../src/lib/core/text';
import { findDates } from '../../../src/lib/core/reading/dates-port';
import { readDocuments } from '../../../src/lib/core/story';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The references of each sentence in turn, read with one discourse (as a document is). */
function refsOf(lang: string, ...sentences: string[]): Ref[][] {
	const d: Discourse = newDiscourse(lang, null);
	return sentences.map((text) => {
		const n = normalize(text, READING_FOLD);
		const toks = tokenize(n, lang === 'fa');
		return findRefs(gazetteer(), text, { start: 0, end: text.length }, d, n, toks, findDates(text, { lang }));
	});
}

const first = (lang: string, text: string) => refsOf(lang, text)[0][0];

describe('bodies in no list, named by what they are (orghead) and their name', () => {
	it.each([
		['ar', 'وقالت جبهة التحرير الوطني إنها ستواصل', 'جبهة التحرير الوطني', null],
		['ar', 'وقالت المقاومة الإسلامية في سوريا إنها ستواصل', 'المقاومة الإسلامية في سوريا', 'Syria'],
		['ar', 'قالت لجنة التحقيق إن الأدلة كافية', 'لجنة التحقيق', null],
		['fa', 'مقاومت اسلامی سوریه همچنین افزوده است که', 'مقاومت اسلامی سوریه', 'Syria'],
		['fa', 'گروه انصار الاسلام با انتشار بیانیه‌ای اعلام کرد', 'گروه انصار الاسلام', null],
		['fa', 'انجمن صنفی روزنامه‌نگاران اعلام کرد که', 'انجمن صنفی روزنامه‌نگاران', null],
		// a family, named by whose it is
		['ar', 'وقالت عائلة تسوركوف إنها ممتنة', 'عائلة تسوركوف', null],
		['fa', 'خانواده خانم تسورکوف اعلام کرد که', 'خانواده خانم تسورکوف', null],
		// «کل» (general) right after the head is part of the name, though elsewhere it is "all"
		['fa', 'ستاد کل نیروهای مسلح اعلام کرد که', 'ستاد کل نیروهای مسلح', null],
		['fa', 'کمیته کل داوران اعلام کرد که', 'کمیته کل داوران', null]
	])('%s: «%s» is the body %s', (lang, text, id, aff) => {
		expect(first(lang, text)).toMatchObject({ id, kind: 'organisation', anonymous: false, affiliation: aff });
	});

	it.each([
		// English bodies: "in" and a state go on with the name; the head word is kept
		['en', 'The Islamic Resistance in Iraq said it would continue', 'Islamic Resistance in Iraq'],
		['en', 'The Council of Europe said it was worried', 'Council of Europe']
	])('%s: «%s» is the body %s', (lang, text, id) => {
		expect(first(lang, text)).toMatchObject({ id, kind: 'organisation' });
	});

	it.each([
		// a rank that is spelt like a body's head word («لواء», a brigade) introduces a person
		['ar', 'وقال اللواء أحمد شريف إن الجيش سيرد', 'أحمد شريف', 'person'],
		// a body the gazetteer knows keeps its name
		['ar', 'وقالت حركة طالبان إنها لم تنفذ الهجوم', 'Taliban', 'organisation']
	])('%s: «%s» is %s', (lang, text, id, kind) => {
		expect(refsOf(lang, text)[0].find((r) => !r.prep)).toMatchObject({ id, kind });
	});

	it.each([
		// a head alone points back to a group named before; "a group of" is no body's name; words
		// quoted after «بأنه» are what something is called
		['ar', 'ونفت الحركة ذلك'],
		['ar', 'وصف الهجوم بأنه "عمل إرهابي" وقال إن الرد قادم'],
		['fa', 'گروهی از معترضان گفتند که پلیس شلیک کرد'],
		// «کل» elsewhere is "all": not after a body's head word, it names no body
		['fa', 'کل کشور در این روز تعطیل بود']
	])('%s: «%s» names no new body', (lang, text) => {
		// (a bare police is a body of no state named, «پلیس»: not what these test)
		expect(
			refsOf(lang, text)[0].filter(
				(r) => r.kind === 'organisation' && r.via === 'surface' && r.id !== 'police'
			)
		).toEqual([]);
	});
});

describe('people introduced by a role, in any order', () => {
	it.each([
		['ar', 'قال الرئيس الفرنسي إيمانويل ماكرون إن', 'إيمانويل ماكرون', 'president', 'France'],
		['ar', 'قال المتحدث باسم الخارجية الصينية وانغ ون إن', 'وانغ ون', 'spokesperson', 'China'],
		['ar', 'وقال ميخائيل بودولياك مستشار مكتب زيلينسكي إن', 'ميخائيل بودولياك', 'adviser', null],
		['fa', 'سعید خطیب‌زاده سخنگوی وزارت امور خارجه گفت', 'سعید خطیب‌زاده', 'spokesperson', null],
		['fa', 'وزیر خارجه پاکستان بلاول بوتو زرداری گفت', 'بلاول بوتو زرداری', 'foreign minister', 'Pakistan'],
		['en', 'Defense Secretary Lloyd Austin said on Thursday', 'Lloyd Austin', 'defence minister', null],
		[
			'en',
			'Ned Price, the State Department spokesman, told reporters',
			'Ned Price',
			'spokesperson',
			'US State Department'
		],
		// where the post sits (after whom it serves) is no one it serves; «امیر» is a first name too
		[
			'ar',
			'وقال مندوب روسيا الدائم لدى الأمم المتحدة فاسيلي نيبينزيا إن',
			'فاسيلي نيبينزيا',
			'representative',
			'Russia'
		],
		[
			'ar',
			'وقال سفير إيران في الأمم المتحدة أمير سعيد إيرواني إن',
			'أمير سعيد إيرواني',
			'ambassador',
			'Iran'
		],
		[
			'fa',
			'نماینده دائم ایران در سازمان ملل، امیر سعید ایروانی، گفت',
			'امیر سعید ایروانی',
			'representative',
			'Iran'
		],
		// Arabic definite words after the role (or a construct ending in one) are what it is of, when two
		// bare name words follow («علي» a given name, not «على»)
		['ar', 'من جانبه، أكد وزير السياحة وليد نصار أن المطار آمن', 'وليد نصار', 'minister', null],
		['ar', 'أكد وزير الأشغال العامة والنقل علي حمية أن المطار آمن', 'علي حمية', 'minister', null],
		[
			'ar',
			'نفى وزير النقل في حكومة تصريف الأعمال علي حمية مزاعم الصحيفة',
			'علي حمية',
			'transport minister',
			null
		],
		[
			'ar',
			'أكد مستشار الامن الوطني العراقي قاسم الأعرجي أن الادعاءات باطلة',
			'قاسم الأعرجي',
			'adviser',
			'Iraq'
		],
		// a nationality word after two name words, before the verb, is a surname (al-Sudani, not Sudan)
		['ar', 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن', 'محمد شياع السوداني', 'prime minister', 'Iraq'],
		// … not the parts of a name: «عبد الفتاح», «أبو الغيط»
		['ar', 'وقال الرئيس عبد الفتاح السيسي إن', 'عبد الفتاح السيسي', 'president', null],
		['ar', 'وقال وزير الخارجية أحمد أبو الغيط إن', 'أحمد أبو الغيط', 'foreign minister', null],
		// a doctor or a hospital's director is a person, on no side
		['fa', 'عارف جلالی سرطبیب شفاخانه هرات می‌گوید', 'عارف جلالی', 'doctor', null],
		['ar', 'وقال مدير مستشفى الشفاء محمد أبو سلمية إن', 'محمد أبو سلمية', 'doctor', null],
		// «نماینده» is a representative; an MP is «نماینده مجلس»
		[
			'fa',
			'نماینده ایران در سازمان ملل، امیر سعید ایروانی، نوشت',
			'امیر سعید ایروانی',
			'representative',
			'Iran'
		],
		// a word or two of what the post deals with between the role and its body
		['fa', 'عیسی کاملی مدیرکل آمریکای وزارت امور خارجه ادعا را رد کرد', 'عیسی کاملی', 'head', null],
		['fa', 'عیسی کاملی مدیرکل حقوقی وزارت امور خارجه گفت', 'عیسی کاملی', 'head', null],
		['ar', 'وقال مدير عام الشؤون الأمريكية في الخارجية الإيرانية عيسى كاملي إن', 'عيسى كاملي', 'head', null],
		// a firm's chief, of a firm of a state; a firm's name before the verb is no person's
		[
			'ar',
			'وأكدت الرئيسة التنفيذية للشركة المجرية كريستيانا بارسوني أن الشركة لا تصنعها',
			'كريستيانا بارسوني',
			'chief executive',
			'Hungary'
		],
		['fa', 'هسو چینگ کوانگ مدیرعامل شرکت گلد آپولو گفت که', 'هسو چینگ کوانگ', 'chief executive', null],
		[
			'en',
			'Chief executive Hsu Ching-Kuang said the pagers were made by BAC',
			'Hsu Ching-Kuang',
			'chief executive',
			null
		],
		// a press officer with a name is that person, not an anonymous official
		[
			'fa',
			'احمدالله وثیق مسوول مطبوعاتی طالبان در قطر خبر را تکذیب کرد',
			'احمدالله وثیق',
			'media officer',
			'Taliban'
		],
		[
			'ar',
			'وكان مسؤول العلاقات الإعلامية في حزب الله محمد عفيف قد نفى',
			'محمد عفيف',
			'media officer',
			'Hezbollah'
		],
		[
			'en',
			'Taliban press officer Ahmadullah Wasiq denied the report',
			'Ahmadullah Wasiq',
			'media officer',
			'Taliban'
		]
	])('%s: «%s» is %s, %s', (lang, text, name, role, aff) => {
		const r = first(lang, text);
		expect(r).toMatchObject({ id: name, kind: 'person', anonymous: false, role });
		if (aff) expect(r.affiliation).toBe(aff);
	});

	it.each([
		// a role without a name is the office, never an anonymous person
		['ar', 'قال وزير الخارجية المصري إن', 'Egyptian foreign minister'],
		['fa', 'سخنگوی وزارت امور خارجه چین گفت', 'Chinese foreign ministry spokesperson'],
		// the ezafe glued after a final «ه» («خارجه‌ی») as Dari and much Persian news write it
		['fa', 'سخنگوی وزارت خارجه‌ی ایران گفت', 'Iranian foreign ministry spokesperson'],
		// a role word that is a first name too stays the role before a state («أمير قطر»)
		['ar', 'وقال أمير قطر إن', 'Qatari emir'],
		['ar', 'وقال ممثل جمهورية إيران الإسلامية في الأمم المتحدة إن', 'Iranian representative'],
		// one word after a role is what the role is of, not a name (look-alike of a surname)
		['ar', 'وقال حاكم بالي إن لافروف بصحة جيدة', 'governor of بالي']
	])('%s: «%s» is the office %s', (lang, text, id) => {
		expect(first(lang, text)).toMatchObject({ id, kind: 'person', anonymous: false });
	});

	it("reads the head of a body's own name as the body, not as what a post deals with (look-alike)", () => {
		// «رئيس لجنة التحقيق في البرلمان»: the committee's head speaks — not anonymous (a construct is
		// definite), not a person named across the committee's words
		const refs = refsOf('ar', 'وقال رئيس لجنة التحقيق في البرلمان إن')[0];
		const head = refs.find((r) => r.role === 'head');
		expect(head?.affiliation).toBe('لجنة التحقيق');
		expect(head?.anonymous).toBe(false);
		expect(refs.some((r) => r.kind === 'person' && r.role !== 'head' && r.tj > 3)).toBe(false);
	});
	it.each([
		// a body in no list after the role, then the holder's name, in quotes or not
		[
			'ar',
			'نفى رئيس هيئة الطيران المدني الإيرانية “علي عابد زاده” اليوم أن تكون الطائرة سقطت.',
			'علي عابد زاده'
		],
		['ar', 'وقال رئيس هيئة الطيران المدني محمد عابد زاده إن الطائرة لم تسقط.', 'محمد عابد زاده'],
		['ar', 'وقال وزير الخارجية “أنتوني بلينكن” إن الطائرة سقطت.', 'أنتوني بلينكن'],
		// a body named in quotes between the role and the name
		[
			'ar',
			'وقال سكرتير الناطق باسم "طالبان" بلال كريمي، في تصريح صحافي، إن التقرير غير دقيق.',
			'Bilal Karimi'
		],
		['ar', 'وقال المتحدث باسم "طالبان" ذبيح الله مجاهد إن التقرير غير دقيق.', 'Zabihullah Mujahid'],
		// a ministry the gazetteer names across the role («وزير الخارجية الإيرانية»), an acting holder,
		// an assistant, what the post deals with («للشؤون السياسية», «در امور حقوقی و بین‌المللی»)
		['ar', 'وقال وزير الخارجية الإيرانية عباس عراقجي إن الحادث مؤلم.', 'عباس عراقجي'],
		['ar', 'وقال القائم بأعمال وزير الخارجية الأفغانية، محمد حنيف أتمر، إن الحادث مؤلم.', 'محمد حنيف أتمر'],
		['ar', 'وقال مساعد مكتب الرئيس الإيراني للشؤون السياسية محمد جمشيدي إن الهجوم إرهابي.', 'محمد جمشيدي'],
		[
			'ar',
			'وقال مساعد وزير الخارجية للشؤون العربية والأفريقية حسين جابري أنصاري إن الهجوم إرهابي.',
			'حسين جابري أنصاري'
		],
		[
			'fa',
			'معاون وزیر خارجه در امور حقوقی و بین‌المللی کاظم غریب‌آبادی گفت که حمله تروریستی بود.',
			'کاظم غریب‌آبادی'
		],
		[
			'fa',
			'امیرخان متقی سرپرست وزارت خارجه حکومت طالبان گفت که پاکستان نباید برف بام خود را روی بام دیگران بریزد.',
			'امیرخان متقی'
		],
		['fa', 'آقای ظریف نیز گفت که هیأت تحقیقات را آغاز کرده است.', 'ظریف'],
		// «علي» folds to the preposition «على»: before a name word it is the first name
		['ar', 'ونفى المتحدث باسم الحكومة الإيرانية علي ربيعي أن تكون الطائرة قد سقطت.', 'علي ربيعي'],
		['fa', 'علی میثم نظری، سخنگوی جبهه مقاومت ملی گفته است که این خبر صحت ندارد.', 'علی میثم نظری']
	])('%s: «%s» is said by %s', (lang, text, id) => {
		expect(refsOf(lang, text)[0].find((r) => r.kind === 'person')?.id).toBe(id);
	});
	it.each([
		// look-alikes: «على» the preposition, a quoted body after «باسم»
		['ar', 'وقال المتحدث إن الاتفاق علي وشك الانهيار.'],
		['ar', 'وقال المتحدث باسم “الحركة الشعبية” إن الطائرة سقطت.']
	])('%s: «%s» names no person', (lang, text) => {
		expect(refsOf(lang, text)[0].filter((r) => r.kind === 'person' && r.role === null)).toEqual([]);
	});

	it.each([
		['ar', 'قال قائد في طالبان', 'anonymous Taliban commander'],
		['en', 'A senior Taliban official said', 'anonymous senior Taliban official'],
		['ar', 'بحسب ما قال اثنان من قادة طالبان', 'two anonymous Taliban leaders'],
		['ar', 'لكن مسؤولاً بالحكومة الأمريكية قال', 'anonymous American official'],
		// "official" says no more than the head; a body in no list is a side too
		['fa', 'منابع رسمی اردن نیز اعلام کردند', 'anonymous Jordanian sources'],
		['ar', 'وقال قيادي في حركة الجهاد الإسلامي إن', 'anonymous Palestinian Islamic Jihad official'],
		['fa', 'یک مقام مقاومت اسلامی سوریه هم اعلام کرده است', 'anonymous مقاومت اسلامی سوریه official'],
		// "an official source" is a source; the state a body's word or two on is its side, and the
		// name after a role passed over is that role's, not the source's
		['ar', 'نفى مصدر مسؤول في القنصلية العامة للسعودية بإسطنبول التقارير', 'anonymous Saudi source'],
		['ar', 'وقال مسؤول كبير في إدارة الرئيس الأمريكي جو بايدن إن', 'anonymous senior American official'],
		// news sources are sources («منابع خبری عراق», «مصادر إعلامية عراقية»)
		['fa', 'منابع خبری عراق امروز اعلام کردند که', 'anonymous Iraqi sources'],
		['ar', 'وقالت مصادر إعلامية عراقية إن', 'anonymous Iraqi sources'],
		// (an outlet spoken to is no side)
		['ar', 'وقال مسؤول كبير في إدارة بانججور لرويترز إن', 'anonymous senior official']
	])('%s: «%s» stays anonymous with its side: %s', (lang, text, id) => {
		expect(refsOf(lang, text)[0].find((r) => r.anonymous)?.id).toBe(id);
	});
});

describe('later mentions point back to the person', () => {
	it.each([
		['ar', ['قال الرئيس الفرنسي إيمانويل ماكرون إن', 'وأضاف ماكرون أن'], 'إيمانويل ماكرون'],
		['fa', ['سعید خطیب‌زاده سخنگوی وزارت امور خارجه گفت', 'خطیب‌زاده افزود'], 'سعید خطیب‌زاده'],
		['en', ['Defense Secretary Lloyd Austin said on Thursday', 'Austin added that'], 'Lloyd Austin'],
		// the role alone, after the person was named with it
		[
			'fa',
			['«سرگئی لاوروف» وزیر امور خارجه روسیه گفت', 'وزیر خارجه روسیه در ادامه تأکید کرد'],
			'Sergey Lavrov'
		],
		// Arabic news names a person by the first name too
		['ar', ['وقال المحامي سيف علي، المتحدث باسم حكومة الإقليم، إن', 'وأضاف سيف أن'], 'سيف علي'],
		// a person the gazetteer knows, named after a role, then by the surname as written
		[
			'ar',
			['وقال المتحدث باسم طالبان ذبيح الله مجاهد إن', 'وقال مجاهد للوكالة الإيرانية:'],
			'Zabihullah Mujahid'
		]
	])('%s: %j', (lang, sentences, id) => {
		const refs = refsOf(lang, ...(sentences as string[]));
		expect(refs[refs.length - 1][0]?.id).toBe(id);
	});

	it('takes a surname that is a common word for no one before the person was named («مجاهد», a fighter)', () => {
		expect(
			refsOf('ar', 'وقال مجاهد في الحركة إنه سيقاتل.')[0].some((r) => r.id === 'Zabihullah Mujahid')
		).toBe(false);
	});

	it('does not take a role held for someone as that person («سخنگوی ولودیمیر زلنسکی»)', () => {
		const r = first('fa', 'سخنگوی مطبوعاتی ولودیمیر زلنسکی گفت');
		expect(r.id).not.toBe('ولودیمیر زلنسکی');
		expect(r.affiliation).toBe('ولودیمیر زلنسکی');
	});
});

describe('outlets in no list', () => {
	it.each([
		['ar', 'ذكرت صحيفة ديلي ميل البريطانية أن', 'ديلي ميل', 'outlet'],
		['fa', 'به گزارش خبرگزاری آناتولی', 'Anadolu', 'agency'],
		['en', 'The Kyiv Independent reported that', 'Kyiv Independent', 'outlet'],
		['ar', 'وكانت صحيفة بريطانية قد ذكرت', 'anonymous British newspaper', 'outlet'],
		// told only by where it is from: named by what its head says it is
		['ar', 'وقال التلفزيون الإيراني إن', 'anonymous Iranian television', 'outlet'],
		['ar', 'وقالت قناة عراقية إن', 'anonymous Iraqi channel', 'outlet'],
		[
			'en',
			'A British newspaper reported that the meeting took place',
			'anonymous British newspaper',
			'outlet'
		],
		[
			'en',
			'Iranian state television reported that the helicopter crashed',
			'Iranian state television',
			'outlet'
		],
		// a named outlet after its kind stays the named one (look-alike)
		['en', 'The British newspaper The Times reported that the meeting took place', 'The Times', 'outlet'],
		['fa', 'رسانه‌های پاکستانی گزارش دادند', 'Pakistani media', 'outlet'],
		// a word for "state" between the media and whose they are; «عبرية» is Israeli
		['en', 'Iran’s state media reported earlier that', 'Iranian state media', 'outlet'],
		['en', 'Iranian state media reported that', 'Iranian state media', 'outlet'],
		['ar', 'وذكرت وسائل الإعلام الرسمية الإيرانية أن', 'Iranian state media', 'outlet'],
		['fa', 'رسانه‌های دولتی ایران گزارش دادند', 'Iranian state media', 'outlet'],
		['ar', 'وقالت وسائل إعلام عبرية إن', 'Israeli media', 'outlet'],
		// an outlet told by what it is, then named between commas
		['ar', 'وقالت وكالة الأنباء الأردنية، بترا، إن الضربة استهدفت القنصلية', 'بترا', 'agency'],
		['en', 'Syria’s state news agency, SANA, reported that the strike hit the consulate', 'SANA', 'agency'],
		// … not a date between the commas (look-alike)
		['ar', 'وقالت صحيفة بريطانية، أمس، إن الضربة استهدفت القنصلية', 'anonymous British newspaper', 'outlet'],
		// no one's: media and nothing more
		['en', 'State media reported that', 'media', 'outlet']
	])('%s: «%s» names the %s %s', (lang, text, id, kind) => {
		expect(refsOf(lang, text)[0].find((r) => r.kind === kind)?.id).toBe(id);
	});

	it('takes the document’s own outlet as an outlet, never a person', () => {
		const d = newDiscourse('en', 'Radio Azadi');
		const text = 'Radio Azadi said the strike killed nine people.';
		const n = normalize(text, READING_FOLD);
		const refs = findRefs(gazetteer(), text, { start: 0, end: text.length }, d, n, tokenize(n), []);
		expect(refs[0]).toMatchObject({ id: 'Radio Azadi', kind: 'outlet' });
	});
});

describe('a Persian name opening a clause, a preposition after it and a speech verb further on', () => {
	it('fa: «اسماعیل بقائی در واکنش به ادعاهای مقامات آمریکایی اظهار کرد» names him', () => {
		expect(
			first(
				'fa',
				'اسماعیل بقائی در واکنش به ادعاهای مقامات آمریکایی اظهار کرد که این ادعاها پایه و اساسی ندارد'
			)
		).toMatchObject({ id: 'اسماعیل بقائی', kind: 'person' });
	});
	// look-alikes: common words opening the clause; no speech verb in it
	it.each([
		['fa', 'مردم محلی در کابل از صدای انفجار خبر دادند'],
		['fa', 'اسماعیل بقائی در تهران به دنیا آمد']
	])('%s: «%s» names no one new', (lang, text) => {
		expect(refsOf(lang, text)[0].filter((r) => r.kind === 'person' && r.via === 'surface')).toEqual([]);
	});
});

describe('a title and a name before a preposition', () => {
	// «آقای اتمر در …»: a name of a word or two that a title opens ends at a preposition
	it.each([
		['fa', 'آقای اتمر در این تماس تلفنی گفت که مهاجران باید حمایت شوند', 'اتمر'],
		['fa', 'خانم گاسمن با اشاره به این گزارش گفت', 'گاسمن']
	])('%s: «%s» names %s', (lang, text, id) => {
		expect(first(lang, text)).toMatchObject({ id, kind: 'person' });
	});
});

describe('a journalist or an analyst is on no side', () => {
	// the state named with the role says where they are from, not whom they speak for
	it.each([
		['ar', 'وقال الصحافي الاستقصائي الأمريكي سيمور هيرش إن', 'سيمور هيرش'],
		['fa', 'سیمور هرش روزنامه‌نگار تحقیقی آمریکایی گفت', 'سیمور هرش'],
		['en', 'Iranian analyst Ali Vaez said', 'Ali Vaez']
	])('%s: «%s» is %s, of no state', (lang, text, id) => {
		expect(first(lang, text)).toMatchObject({ id, kind: 'person', affiliation: null });
	});
	// look-alike: a spokesman named with his state speaks for it
	it('ar: «المتحدث باسم الخارجية الإيرانية ناصر كنعاني» speaks for its ministry', () => {
		expect(first('ar', 'وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن').affiliation).toBe(
			'Iranian Foreign Ministry'
		);
	});
});

describe('regions that govern themselves', () => {
	it.each([
		['fa', 'به گفته مقامات کردستان عراق، چهار نفر کشته شدند', 'Kurdistan Region'],
		['ar', 'وقال مسؤول كردستاني إن القصف استهدف منزلا', 'Kurdistan Region'],
		['ar', 'وقالت حكومة إقليم كردستان إن القصف استهدف منزلا', 'Kurdistan Region']
	])('%s: «%s» speaks for the %s', (lang, text, aff) => {
		const r = refsOf(lang, text)[0].find((x) => !x.prep && x.via !== 'adjective');
		expect(r?.affiliation ?? r?.id).toBe(aff);
	});
	// the Kurdistan Workers' Party is no region
	it('ar: «حزب العمال الكردستاني» is the PKK', () => {
		expect(first('ar', 'وقال حزب العمال الكردستاني إن')).toMatchObject({ id: 'PKK' });
	});
});

describe('names of bodies as English news writes them', () => {
	it.each([
		["Iran's elite Revolutionary Guards Corps said", 'IRGC'],
		['The US Department of State has rejected the claims', 'US State Department'],
		[
			'The Afghan Human Rights Commission has also condemned the killings',
			'Afghanistan Independent Human Rights Commission'
		],
		["Russia's investigative committee has said", 'Russian investigative committee']
	])('en: «%s» names %s', (text, id) => {
		expect(refsOf('en', text)[0].find((r) => r.kind !== 'state')).toMatchObject({ id });
	});
});

describe('a mission and where it sits', () => {
	// the seat is part of the mission's name as written (so every spelling of it is one actor)
	it.each([
		['ar', 'وقالت البعثة الإيرانية لدى الأمم المتحدة إن', 'البعثة الإيرانية لدى الأمم المتحدة'],
		['fa', 'نمایندگی ایران در سازمان ملل اعلام کرد', 'نمایندگی ایران در سازمان ملل'],
		['en', "Iran's mission to the United Nations said", "Iran's mission to the United Nations"]
	])('%s: «%s» is the Iranian mission, written «%s»', (lang, text, written) => {
		const r = first(lang, text);
		expect(r).toMatchObject({ id: 'Iranian mission', kind: 'organisation' });
		expect(text.slice(r.start, r.end)).toBe(written);
	});
});

describe('a ministry of a government', () => {
	// «وزارت دفاع حکومت طالبان»: the ministry of whose government, as «وزارت دفاع طالبان»
	it.each([
		['fa', 'وزارت دفاع حکومت طالبان این ادعا را رد کرد', 'Taliban defence ministry'],
		['fa', 'وزارت دفاع طالبان این ادعا را رد کرد', 'Taliban defence ministry'],
		// "national" between the kind and whose it is
		['fa', 'وزارت دفاع ملی امارت اسلامی این ادعا را رد کرد', 'Taliban defence ministry']
	])('%s: «%s» is the %s', (lang, text, id) => {
		expect(first(lang, text)).toMatchObject({ id, kind: 'organisation' });
	});
	// a government alone is whose it is
	it('fa: «حکومت طالبان» alone is the Taliban', () => {
		expect(first('fa', 'حکومت طالبان این ادعا را رد کرد')).toMatchObject({ id: 'Taliban' });
	});
});

describe('look-alikes', () => {
	it('takes a word ending in «هی» with no ezafe mark for itself («سپاهی» is no IRGC)', () => {
		expect(refsOf('fa', 'یک نیروی سپاهی و گروهی از معترضان در خیابان بودند.')[0]).toEqual([]);
		expect(first('fa', 'سپاه پاسداران اعلام کرد')).toMatchObject({ id: 'IRGC' });
	});

	it.each([
		// a capital (Dushanbe) that is also a weekday in Persian, inside a date
		['fa', 'روز دوشنبه گفت'],
		// the verb «عبر» is also "across"; a country name that is an everyday word (مالي "financial")
		['ar', 'الدعم المالي للمنظمات'],
		// Washington Post is an outlet, not the United States
		['ar', 'قالت صحيفة واشنطن بوست']
	])('%s: «%s» names no state', (lang, text) => {
		expect(refsOf(lang, text)[0].filter((r) => r.kind === 'state')).toEqual([]);
	});

	it('reads «وزارت» in Persian as the ministry, not «و + زارت» (she visited)', () => {
		expect(first('fa', 'سخنگوی وزارت امور خارجه ایران گفت')).toMatchObject({
			kind: 'person',
			affiliation: 'Iranian Foreign Ministry'
		});
	});
});

describe('an office folded into the person named beside it', () => {
	// «أحمد شريف شودري، المتحدث باسم الجيش الباكستاني» folds the office into the person; a later
	// mention of the office with its body found the office's old entity, gone, and reading threw
	it('is found by every key it was filed under (the khost-strike articles as one input)', () => {
		const dir = join(import.meta.dirname, '../../eval/reading/dev');
		const text = readdirSync(dir)
			.filter((f) => /^khost-strike-.*\.txt$/.test(f))
			.sort()
			.map((f) => readFileSync(join(dir, f), 'utf8'))
			.join('\n\n');
		const story = readDocuments([
			{ path: 'n.txt', text, meta: { lang: null, published: '2025-11-25', outlet: null } }
		]);
		expect(story.statements.some((s) => /Chaudhry|چودری|شودري/.test(s.speaker))).toBe(true);
	});
});
