import { describe, expect, it } from 'vitest';
import { readDocuments, type Story } from '../../../src/lib/core/story';

/** One article (a title line, then the text) published on `published`. */
const read = (lang: string, text: string, published = '2023-05-04', outlet: string | null = null): Story =>
	readDocuments([{ path: 'a.txt', text: `عنوان\n\n${text}\n`, meta: { lang, published, outlet } }]);

describe('speakers, outlets and channels', () => {
	it.each([
		// «كان» opens the clause: its subject stands before the verb (grammar `kana`); the Arabic first
		// name «أناتولي» is no Persian «آناتولی» (Anadolu, an exact spelling of the gazetteer)
		[
			'ar',
			'وكان نائب وزير الدفاع الروسي أناتولي أنتونوف اتهم أردوغان وعائلته بالتورط في تجارة النفط.',
			'claim',
			'أناتولي أنتونوف',
			['أناتولي أنتونوف']
		],
		[
			'ar',
			'وكانت الخارجية الروسية أعلنت أن الوفد سيصل غدا.',
			'claim',
			'Russian Foreign Ministry',
			['Russian Foreign Ministry']
		],
		[
			'fa',
			'به گزارش آناتولی، وزیر خارجه ترکیه گفت که مذاکرات ادامه دارد.',
			'claim',
			'Turkish foreign minister',
			['Anadolu', 'Turkish foreign minister']
		],
		// the person named after a role and the state or body the post is at holds it
		[
			'en',
			'According to the Afghan ambassador to neighboring Tajikistan, Mohammad Zahir Aghbar, Ghani fled with cash.',
			'claim',
			'Mohammad Zahir Aghbar',
			['Mohammad Zahir Aghbar']
		],
		[
			'en',
			'According to the US envoy to the UN, Linda Thomas-Greenfield, the vote failed.',
			'claim',
			'Linda Thomas-Greenfield',
			['Linda Thomas-Greenfield']
		],
		// the body of a holder named after the role ("Prime Minister Imran Khan's office"), not the holder
		[
			'en',
			'Israeli Prime Minister Benjamin Netanyahu’s office said the ship was not Israeli.',
			'claim',
			'office of Benjamin Netanyahu',
			['office of Benjamin Netanyahu']
		],
		['en', 'Prime Minister Imran Khan said the letter was genuine.', 'claim', 'Imran Khan', ['Imran Khan']],
		// the office of a post whose holder is not named speaks as the post's office (not the post)
		[
			'ar',
			'وقال مكتب رئيس الوزراء العراقي إن الهجوم جريمة.',
			'claim',
			'office of Iraqi prime minister',
			['office of Iraqi prime minister']
		],
		[
			'fa',
			'دفتر رئیس جمهور افغانستان اعلام کرد که این سفر لغو شد.',
			'claim',
			'office of Afghan president',
			['office of Afghan president']
		],
		[
			'ar',
			'وقال رئيس الوزراء العراقي إن الهجوم جريمة.',
			'claim',
			'Iraqi prime minister',
			['Iraqi prime minister']
		],
		// an English surname that is also a word ("May") after a first name that is none
		[
			'en',
			'British Prime Minister Theresa May had voiced her support for Denmark.',
			'claim',
			'Theresa May',
			['Theresa May']
		],
		[
			'en',
			'British Prime Minister Gordon Brown said he supported Denmark.',
			'claim',
			'Gordon Brown',
			['Gordon Brown']
		],
		// a state by its official long name (nationalities data `alias`)
		[
			'en',
			'The Kingdom of Saudi Arabia said the incident could be an act of war.',
			'claim',
			'Saudi Arabia',
			['Saudi Arabia']
		],
		['ar', 'وأعلنت دولة قطر أنها ترحب بالاتفاق.', 'claim', 'Qatar', ['Qatar']],
		['fa', 'سلطنت عمان اعلام کرد که میزبان مذاکرات خواهد بود.', 'claim', 'Oman', ['Oman']],
		// the person speaks; the outlet spoken to relays
		[
			'en',
			'Ned Price, the State Department spokesman, told Al Jazeera that the talks would go on.',
			'claim',
			'Ned Price',
			['Al Jazeera', 'Ned Price']
		],
		[
			'ar',
			'وقال زامير كابولوف لوكالة سبوتنيك إن مصالح روسيا وطالبان تتطابق في الحرب على داعش.',
			'claim',
			'Zamir Kabulov',
			['Sputnik', 'Zamir Kabulov']
		],
		[
			'fa',
			'به گزارش تسنیم به نقل از رویترز، سرگئی لاوروف گفت که روسیه آماده گفت‌وگو است.',
			'claim',
			'Sergey Lavrov',
			['Tasnim', 'Reuters', 'Sergey Lavrov']
		],
		// an outlet is the speaker when it is the source
		[
			'ar',
			'ذكرت صحيفة ديلي ميل البريطانية أن مسؤولين مصريين حثوا الأسد على المغادرة.',
			'report',
			'ديلي ميل',
			['ديلي ميل']
		],
		[
			'en',
			'Reuters reported that the convoy was attacked near the border.',
			'report',
			'Reuters',
			['Reuters']
		],
		// relays with nobody else speaking: the relay reports it
		[
			'fa',
			'به گزارش میدل ایست نیوز، مصر قصد داشت موشک به روسیه بفرستد.',
			'report',
			'میدل ایست نیوز',
			['میدل ایست نیوز']
		],
		// "according to" an unnamed source
		[
			'ar',
			'وأوضحت الصحيفة أن باكستان تقدم للجماعة معلومات، وفقا لقيادي بارز في طالبان.',
			'claim',
			'anonymous senior Taliban official',
			null
		],
		// the comma after a relative clause closes it, not a quote: the subject before it speaks,
		// not the owner of what it dismisses; a quote before the verb still has its speaker after
		[
			'en',
			"Ukraine President Zelenskyy, who was on a visit to Helsinki for talks with Nordic leaders, dismissed Moscow's allegations.",
			'denial',
			'Zelenskyy',
			null
		],
		['en', '"The talks will go on," said Ned Price, who arrived on Monday.', 'claim', 'Ned Price', null],
		// a negation inside the quote does not negate the verb after it
		['en', '"The meeting never happened," said Abbas Araghchi.', 'denial', 'Abbas Araghchi', null],
		// a word or two in quotes is a manner, not a quote: the subject before the verb speaks
		[
			'en',
			'Iran on Saturday "categorically" denied that its United Nations envoy had met Elon Musk.',
			'denial',
			'Iran',
			null
		],
		// a name set off by commas after a role or a descriptor is that person
		[
			'ar',
			'وقال المتحدث باسم وزارة الدفاع الأمريكية "البنتاغون"، باتريك رايدر، إن الحكومة تتبع المنطاد.',
			'claim',
			'باتريك رايدر',
			null
		],
		[
			'ar',
			'وكان مسؤول العلاقات الإعلامية في حزب الله، محمد عفيف، نفى استهداف البلدة.',
			'denial',
			'محمد عفيف',
			null
		],
		['en', "The Pentagon's spokesman, Pat Ryder, said the balloon was tracked.", 'claim', 'Pat Ryder', null],
		// an outlet that says what it cites relays it: the cited source speaks
		[
			'ar',
			'وقالت صحيفة لوموند نقلا عن مصادر رسمية إن الاتفاق وقع.',
			'claim',
			'anonymous sources',
			['Le Monde', 'anonymous sources']
		],
		// …but a report that cites a body stays the report's (no new speaker)
		[
			'ar',
			'وذكر تقرير للأمم المتحدة نقلاً عن جهاز الاستخبارات أن الهجوم وقع.',
			'claim',
			'United Nations',
			['United Nations']
		],
		// a name set off by commas right before the verb is its subject, whatever follows the verb;
		// a military rank is a title; "Niger" is the state
		[
			'en',
			"Niger's government spokesman, Colonel Abderrahmane Amadou, denied Western reports of a deal.",
			'denial',
			'Abderrahmane Amadou',
			null
		],
		['en', 'Russia attacked Ukraine, said Zelensky.', 'claim', 'Zelensky', null],
		['en', 'The major cities were hit, officials said.', 'claim', 'anonymous officials', null],
		['ar', 'وقال العقيد أحمد المسماري إن القوات تقدمت.', 'claim', 'أحمد المسماري', null],
		['en', 'Niger denied the reports of a uranium deal.', 'denial', 'Niger', null],
		// dismissals with no denial verb: "no basis for", "full of lies", "psychological warfare"
		[
			'ar',
			'وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إنه "لا أساس لمزاعم الغرب بإرسال صواريخ إلى روسيا".',
			'denial',
			'ناصر كنعاني',
			null
		],
		[
			'fa',
			'فضل‌الله نوذری، فرمانده ارشد سپاه پاسداران، گزارش‌ها مبنی بر انتقال موشک به روسیه را "جنگ روانی" خواند.',
			'denial',
			'فضل‌الله نوذری',
			null
		],
		[
			'ar',
			'وأكد المتحدث باسم الكرملين ديمتري بيسكوف أن لا صحة لما نشرته الصحيفة.',
			'denial',
			'Dmitry Peskov',
			null
		],
		// "called the report baseless": a claim of a claim-like object, a denial by its words
		['en', 'The Kremlin called the report baseless.', 'denial', 'Kremlin', null],
		// "according to a statement issued by X": X speaks
		[
			'ar',
			'وبحسب بيان صادر عن وزارة الدفاع السورية، فإن الهجوم فشل.',
			'claim',
			'Syrian defence ministry',
			null
		],
		[
			'fa',
			'بر اساس بیانیه منتشر شده از سوی وزارت دفاع روسیه، دو پهپاد سرنگون شد.',
			'claim',
			'Russian Defence Ministry',
			null
		],
		[
			'en',
			'According to a statement issued by the Pentagon, the strike killed a leader.',
			'claim',
			'Pentagon',
			null
		],
		// an Arabic subject before its verb, with where it sits and «قد» between
		[
			'ar',
			'وكانت البعثة الإيرانية في الأمم المتحدة قد نفت أي تورط في الهجوم.',
			'denial',
			'Iranian mission',
			null
		],
		// "A report by X revealed": the report's owner speaks
		[
			'en',
			'A report by "Africa Intelligence" revealed that the junta negotiated with Iran.',
			'claim',
			'Africa Intelligence',
			null
		],
		// a statement issued is said; "the statement said" is its issuer's
		[
			'fa',
			'وزارت خارجه تاجیکستان بیانیه‌ای صادر کرد و گفت که سه شهروند کشته شدند.',
			'claim',
			'Tajik foreign ministry',
			null
		],
		// threats, pledges and welcomes are said too
		['ar', 'وهدد الحرس الثوري بالرد على الهجوم.', 'claim', 'IRGC', null],
		['fa', 'سپاه پاسداران تهدید کرد که پاسخ خواهد داد.', 'claim', 'IRGC', null],
		['en', 'The Pentagon vowed that it would respond to the attack.', 'claim', 'Pentagon', null],
		// «X را Y توصیف کرد»: described as
		[
			'fa',
			'وزارت امور خارجه طالبان این حادثه را دردناک توصیف کرد.',
			'claim',
			'Taliban foreign ministry',
			null
		],
		// «به نوشته X»: as X wrote
		['fa', 'به نوشته الجزیره، این پایگاه در خاک اردن قرار دارد.', 'report', 'Al Jazeera', ['Al Jazeera']],
		// a name in quotes right after the verb, before what was said, is the subject
		['ar', 'وقالت "تسنيم" إن الصحيفة تعتمد على مصادر إسرائيلية.', 'report', 'Tasnim', ['Tasnim']],
		['ar', 'أوضحت "أورانو" أنها لم تبع اليورانيوم.', 'denial', 'أورانو', ['أورانو']],
		// an outlet in no list, named after what it is and where it is from; «گلوبال تایمز» is not «تایمز»
		['fa', 'روزنامه چینی گلوبال تایمز نوشت که اوکراین مقصر است.', 'report', 'گلوبال تایمز', null],
		['fa', 'روزنامه تایمز نوشت که اوکراین مقصر است.', 'report', 'The Times', null],
		['fa', 'یک روزنامه چینی نوشت که اوکراین مقصر است.', 'report', 'anonymous Chinese newspaper', null],
		// «مدعی شد», «یادآور شد» are active (the subject speaks); «… تکذیب شد» is a passive
		[
			'fa',
			'شبکه آی‌تی‌وی نیوز شامگاه جمعه مدعی شد که این دیدار انجام شده است.',
			'report',
			'آی‌تی‌وی نیوز',
			null
		],
		['fa', 'وزارت خارجه روسیه یادآور شد که مذاکرات ادامه دارد.', 'claim', 'Russian Foreign Ministry', null],
		['fa', 'این گزارش از سوی وزارت خارجه روسیه تکذیب شد.', 'denial', 'Russian Foreign Ministry', null],
		// «به ادعای X»: according to X's claim
		['fa', 'به ادعای وزارت خارجه روسیه، دیدار انجام شد.', 'claim', 'Russian Foreign Ministry', null],
		// an agency's "reported" closing the sentence relays the speech before it; it is no report of its own
		[
			'en',
			"Dmitry Peskov denied the report, calling it a lie, Russia's state news agency TASS reported.",
			'denial',
			'Dmitry Peskov',
			['TASS', 'Dmitry Peskov']
		],
		// the named person opening the clause, not the last noun of the apposition before the verb
		[
			'en',
			"Lieutenant General Ahmed Sharif Chaudhry, Director General of Pakistan Army's media wing, said the claims were baseless.",
			'denial',
			'Ahmed Sharif Chaudhry',
			null
		],
		// a name and its apposition before the verb are the subject, not the claims' owner after it
		[
			'en',
			'Enayatullah Khwarazmi, spokesman for the defence ministry, denied the Pakistani claims.',
			'denial',
			'Enayatullah Khwarazmi',
			null
		],
		// a compound first name with «الله» is a name
		[
			'ar',
			'قال حمد الله فيترات نائب المتحدث باسم الحكومة إن الغارات قتلت مدنيين.',
			'claim',
			'حمد الله فيترات',
			null
		],
		// a state's mission and justice ministry are bodies of it; «تساءل» (wondered) is said
		['ar', 'وكانت البعثة الإيرانية قد نفت الاتهامات.', 'denial', 'Iranian mission', null],
		['ar', 'وقالت وزارة العدل الأمريكية إنها وجهت الاتهامات.', 'claim', 'US Justice Department', null],
		[
			'ar',
			'وتساءل المتحدث باسم الخارجية الإيرانية: لماذا هذه الاتهامات؟',
			'claim',
			'Iranian Foreign Ministry spokesperson',
			null
		],
		// a national security council is not the UN Security Council
		['ar', 'وقال مجلس الأمن القومي إن النقل تصعيد.', 'claim', 'National Security Council', null],
		['ar', 'وقال مجلس الأمن الدولي إن النقل تصعيد.', 'claim', 'UN Security Council', null],
		// "a spokesperson of the X ministry": the ministry's spokesperson, not the ministry
		[
			'en',
			'A spokesperson of the Afghan Defense Ministry said the talks failed.',
			'claim',
			'Afghan defence ministry spokesperson',
			null
		],
		['en', 'A spokesman for the Taliban said the talks failed.', 'claim', 'Taliban spokesperson', null],
		// a body of a state named by what it is, not the state (nor its capital's metonymy)
		['fa', 'دادستانی تهران اعلام کرد که پرونده بسته شد.', 'claim', 'Iranian prosecution', null],
		['ar', 'وقالت النيابة العامة الإيرانية إن القضية أغلقت.', 'claim', 'Iranian prosecution', null],
		['fa', 'مرزبانی ایران اعلام کرد که دو نفر کشته شدند.', 'claim', 'Iranian border guard', null],
		// a state's authorities are the state; local authorities stay anonymous
		['en', 'The Russian authorities claimed that the military disabled the drones.', 'claim', 'Russia', null],
		['ar', 'وقالت السلطات الإيرانية إن الحادث وقع مساء الأحد.', 'claim', 'Iran', null],
		// a body after "to the" is where the subject goes, not the subject
		[
			'en',
			'The Iranian mission to the UN said the strike was a violation.',
			'claim',
			'Iranian mission',
			null
		],
		['ar', 'وأكدت السلطات المحلية أنه تم إرسال فرق التحقيق.', 'claim', 'anonymous local authorities', null],
		// a preposition and a word for what was said name a source, in any pairing («بر بنیاد» +
		// «گزارش», «براساس» + «ارزیابی‌های»), with an adjective between the word and the source
		['fa', 'بر بنیاد گزارش منابع موثق، حقانی استعفا داده است.', 'claim', 'anonymous sources', null],
		['fa', 'براساس اطلاعات منابع محلی، ۴۶ تن کشته شدند.', 'claim', 'anonymous local sources', null],
		[
			'fa',
			'بر اساس ارزیابی‌های اولیه طالبان، این حمله از خاک تاجیکستان انجام شده است.',
			'claim',
			'Taliban',
			null
		],
		[
			'fa',
			'به استناد بیانیه وزارت دفاع روسیه، دو پهپاد سرنگون شد.',
			'claim',
			'Russian Defence Ministry',
			null
		],
		// ministries named by what they do, in the three languages («وزارة الأمن» had no speaker,
		// «وزارة الإعلام» was read as the media)
		['ar', 'أعلنت وزارة الأمن الإيرانية أنها اعتقلت خلية.', 'claim', 'Iranian intelligence ministry', null],
		['ar', 'أعلنت وزارة الإعلام السودانية أن 12 شخصا قتلوا.', 'claim', 'Sudanese information ministry', null],
		[
			'fa',
			'وزارت اطلاعات ایران اعلام کرد که یک شبکه را منهدم کرده است.',
			'claim',
			'Iranian intelligence ministry',
			null
		],
		[
			'en',
			"Sudan's information ministry said 12 people were killed.",
			'claim',
			'Sudanese information ministry',
			null
		]
	])('%s: «%s» is a %s by %s', (lang, text, act, speaker, chain) => {
		const s = read(lang as string, text as string);
		const st = s.statements.find((x) => x.speaker === speaker);
		expect(st?.act).toBe(act);
		if (chain) expect(st?.chain).toEqual(chain);
	});

	// a name right after a role or a descriptor, with no comma, is the person's: across the body the
	// post is in («في طالبان»), a title («الملا») or a word that names («يدعى», "named"); a body's
	// name stops before two bare words after its definite words; no name → still anonymous
	it.each([
		['ar', 'قال عضو اللجنة الثقافية في طالبان محمد وثيق إن الأنباء كاذبة.', 'محمد وثيق', 'اللجنة الثقافية'],
		['ar', 'قال مسؤول في طالبان يدعى محمد وثيق إن الأنباء كاذبة.', 'محمد وثيق', 'Taliban'],
		['ar', 'نفى عضو اللجنة الثقافية الملا أحمد الله وثيق أنباء مقتل برادر.', 'أحمد الله وثيق', null],
		['ar', 'قال مسؤول في طالبان إن الأنباء كاذبة.', 'anonymous Taliban official', 'Taliban'],
		['ar', 'أعلنت جماعة أنصار الإسلام مسؤوليتها عن الهجوم.', 'جماعة أنصار الإسلام', null],
		['ar', 'قالت المقاومة الإسلامية في سوريا إنها استهدفت القاعدة.', 'المقاومة الإسلامية في سوريا', null]
	])('%s: «%s» is said by %s (%s)', (lang, text, speaker, aff) => {
		const st = read(lang, text).statements;
		expect(st.map((x) => x.speaker)).toEqual([speaker]);
		if (aff) expect(st[0].reading?.affiliation).toBe(aff);
	});

	// a denial's subject stands between its verb and the claim it rejects: the claim's owner after
	// it is not the speaker («نفت وزارة الخارجية الأوكرانية تصريحات الرئيس الروسي»)
	it.each([
		[
			'ar',
			'نفت وزارة الخارجية الأوكرانية تصريحات الرئيس الروسي بشأن تورط البلاد في الهجوم.',
			'Ukrainian foreign ministry'
		],
		[
			'ar',
			'رفضت الاستخبارات العسكرية الأوكرانية بشدة تصريحات الرئيس الروسي فلاديمير بوتين.',
			'Ukrainian intelligence'
		],
		['en', "Ukraine's military intelligence rejected Putin's claims.", 'Ukrainian intelligence'],
		// a person right after the role is the holder (no claim word between)
		['ar', 'نفى الناطق باسم وزارة الدفاع الروسية إيجور كوناشينكوف التقارير.', 'Igor Konashenkov']
	])('%s: «%s» is denied by %s', (lang, text, speaker) => {
		const st = read(lang, text).statements.find((x) => x.act === 'denial');
		expect(st?.speaker).toBe(speaker);
	});

	// Arabic: two or three name words in no list right after a speech verb and before «إن» / «أن» or
	// a colon are its subject; a source, a report or a body there is none of this
	it.each([
		['قال محمد وثيق إن الخبر كاذب.', ['محمد وثيق']],
		['وأكد أحمد الله وثيق أن الخبر كاذب.', ['أحمد الله وثيق']],
		['قال محمد وثيق: الخبر كاذب.', ['محمد وثيق']],
		['قال مصدر مطلع إن الخبر كاذب.', ['anonymous source']],
		['قال التقرير الأممي إن الخبر كاذب.', []],
		['قالت مصادر أمنية عراقية إن الهجوم وقع.', ['anonymous security Iraqi sources']]
	])('ar: «%s» is said by %j', (text, speakers) => {
		expect(read('ar', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});

	// a name after a comma and before «قد» and its verb is the role's holder
	it('ar: «المتحدث العسكري باسم جماعة الحوثي، يحيى سريع قد أعلن» is said by the named spokesman', () => {
		const st = read(
			'ar',
			'وكان المتحدث العسكري باسم جماعة الحوثي، يحيى سريع قد أعلن استهداف الحاملة.'
		).statements;
		expect(st.map((x) => x.speaker)).toEqual(['يحيى سريع']);
	});
	// "rejected" with no claim and no dismissal after it is no speech act
	it('en: «Iranian officials rejected a plan to build a dam.» is no statement', () => {
		expect(read('en', 'Iranian officials rejected a plan to build a dam.').statements).toEqual([]);
	});

	// an adjective of two («أميركيان») says whose two officials
	it('ar: «نفى مسؤولان أميركيان …» is denied by American officials', () => {
		expect(
			read('ar', 'نفى مسؤولان أميركيان أن تكون الحاملة أصيبت.').statements.map((x) => x.speaker)
		).toEqual(['anonymous American officials']);
	});

	// a bare anonymous head ("Officials said") is of the body the last such source of the document
	// was; alone, it is of none
	it.each([
		[
			'en',
			'White House officials said the strike was wrong. Officials said the US was not told.',
			['anonymous White House officials', 'anonymous White House officials']
		],
		[
			'ar',
			'قال مسؤولون أميركيون إن الضربة خاطئة. وقال مسؤولون إن واشنطن لم تبلغ.',
			['anonymous American officials', 'anonymous American officials']
		],
		['en', 'Officials said the US was not told.', ['anonymous officials']],
		['ar', 'وقال مسؤولون إن واشنطن لم تبلغ.', ['anonymous officials']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});

	it('en: "X reported, citing Y, that …" stays the report of X', () => {
		const s = read(
			'en',
			'The New York Times reported on Thursday that the meeting took place, citing two Iranian officials.'
		);
		expect(s.statements.find((x) => x.speaker === 'The New York Times')?.act).toBe('report');
	});

	// a name written with its lower-case particle ("al-Ansari", "el-Sisi") is a name; a body of two
	// words before a role ("foreign ministry spokesperson") gives the role its state
	it.each([
		[
			'Qatari foreign ministry spokesperson Majed al-Ansari said the talks failed.',
			'Majed al-Ansari',
			'Qatar'
		],
		[
			'Pakistan’s foreign ministry spokesperson Mumtaz Zahra Baloch said the talks failed.',
			'Mumtaz Zahra Baloch',
			'Pakistan'
		],
		['Egypt’s President Abdel Fattah el-Sisi said the talks failed.', 'Abdel Fattah el-Sisi', 'Egypt'],
		['Majed al-Ansari said the talks failed.', 'Majed al-Ansari', null]
	])('en: «%s» is said by %s of %s', (text, speaker, aff) => {
		const st = read('en', text).statements;
		expect(st.map((x) => [x.speaker, x.reading?.affiliation ?? null])).toEqual([[speaker, aff]]);
	});

	// an unnamed source with no side, relayed by a state's agency or a movement's channel, speaks for
	// that side; a wire service gives it none
	it.each([
		['ar', 'ونقلت وكالة تسنيم عن مصدر مطلع قوله إن التقرير كاذب.', 'anonymous source', 'Iran'],
		[
			'ar',
			'ونقلت الوكالة العربية السورية للأنباء عن مصدر عسكري قوله إن الدفاعات تصدت للهجوم.',
			'anonymous military source',
			'Syria'
		],
		[
			'en',
			'TASS quoted a military source as saying that the drones were shot down.',
			'anonymous military source',
			'Russia'
		],
		['ar', 'ونقلت وكالة رويترز عن مصدر أمني قوله إن خمسة قتلوا.', 'anonymous security source', null],
		// a source with a side of its own keeps it
		['ar', 'ونقلت وكالة تسنيم عن مسؤول عراقي قوله إن خمسة قتلوا.', 'anonymous Iraqi official', 'Iraq']
	])('%s: «%s» is said by %s of %s', (lang, text, speaker, aff) => {
		const st = read(lang, text).statements.filter((x) => x.speaker === speaker);
		expect(st.map((x) => x.reading?.affiliation ?? null)).toEqual([aff]);
	});
	// a role right after a person's name (no comma in Persian and Arabic) is that person's: the
	// words after it are no new name; a dateline opening a paragraph is no one of the sentence
	it.each([
		[
			'fa',
			'سیمور هرش روزنامه‌نگار تحقیقی برنده جایزه پولیتزر مدعی شده که غواصان آمریکایی مین کار گذاشته‌اند.',
			'سیمور هرش'
		],
		['fa', 'عیسی کاملی مدیرکل آمریکای وزارت امور خارجه گفت که این گزارش دروغ است.', 'عیسی کاملی'],
		['ar', 'وقال ماجد الأنصاري المتحدث باسم الخارجية القطرية إن التقارير كاذبة.', 'ماجد الأنصاري'],
		[
			'fa',
			'باشگاه خبرنگاران جوان- وزارت امور خارجه طالبان در بیانیه‌ای رسمی این حادثه را محکوم کرد و گفت که این حمله تروریستی است.',
			'Taliban foreign ministry'
		],
		[
			'en',
			'ISLAMABAD (Reuters) — Zabihullah Mujahid said on Monday that the attack was a crime.',
			'Zabihullah Mujahid'
		]
	])('%s: «%s» is said by %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
	// a participle of speech after a comma, with no speech verb before it, is said by the subject that
	// opens the sentence; with none there, by no one
	it.each([
		['The Taliban defended their governance, asserting that Afghanistan is now secure.', ['Taliban']],
		[
			'Putin broke his silence about the crash on Thursday, calling Prigozhin a man with a complicated fate.',
			['Vladimir Putin']
		],
		['The army moved into the city, calling residents to stay at home.', []]
	])('en: «%s» is said by %j', (text, speakers) => {
		expect(read('en', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// Arabic: «، وقال» with no subject of its own shares the subject of the sentence's first verb, not
	// the object nearest to it
	it.each([
		['واستقبل المتحدث باسم طالبان ذبيح الله مجاهد الصحفيين، وقال: لا صحة للتقارير.', ['Zabihullah Mujahid']],
		['واستقبل الرئيس الإيراني وزير الخارجية الروسي، وقال إن العلاقات جيدة.', ['Iranian president']]
	])('ar: «%s» is said by %j', (text, speakers) => {
		expect(read('ar', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// Dari spellings of a known outlet; condemning as a Persian compound verb of speech
	it.each([
		['نیویارک تایمز گزارش داده است که طالبان با روسیه رابطه دارند.', 'report', 'The New York Times'],
		['وزارت خارجه طالبان این حمله را محکوم کرده است.', 'claim', 'Taliban foreign ministry'],
		// Dari posts: a district governor («ولسوال») named before his post, in the present tense
		['عبدالغنی نوری، ولسوال گلران به سلام‌وطندار می‌گوید که اجساد پیدا شده است.', 'claim', 'عبدالغنی نوری']
	])('fa: «%s» is a %s by %s', (text, act, speaker) => {
		expect(read('fa', text).statements.map((x) => [x.act, x.speaker])).toEqual([[act, speaker]]);
	});
	// Persian: two name words opening a clause right before a speech verb (a date may stand between)
	// are a person; a common noun and a place are not
	it.each([
		['عباس عراقچی روز شنبه گفت که هیأت به عمان اعزام شده است.', ['عباس عراقچی']],
		['عباس عراقچی تأکید کرد: «هیچ هیأتی به عمان اعزام نشده است.»', ['عباس عراقچی']],
		['نیروهای امنیتی گفتند که حمله دفع شد.', []]
	])('fa: «%s» is said by %j', (text, speakers) => {
		expect(read('fa', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// guards, doctors, businessmen, survivors and relatives who are not named (descriptors.ts data)
	it.each([
		[
			'en',
			'A guard posted outside the hotel told Reuters that no one was allowed inside.',
			'anonymous guard'
		],
		// (where they work is named with them when it is a body: a hospital)
		['ar', 'وقال طبيب في المستشفى إن خمس جثث وصلت.', 'anonymous hospital doctor'],
		['fa', 'یک پزشک در بیمارستان گفت که پنج جسد رسیده است.', 'anonymous hospital doctor'],
		['en', 'Survivors told Reuters that the border guards fired at them.', 'anonymous survivors'],
		// a governor of a province is a post, not a guard (look-alike: Arabic «محافظ»)
		['ar', 'وقال محافظ الإقليم إن الهجوم فشل.', 'governor of الإقليم']
	])('%s: «%s» is said by %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
	// bodies of the gazetteer: the US Fifth Fleet (a spokesperson of it), the PKK's armed wing (not
	// «الدفاع», the defence ministry, inside its name)
	it.each([
		['fa', 'سخنگوی ناوگان پنجم آمریکا گفت که کشتی ایرانی شلیک کرد.', 'Fifth Fleet spokesperson'],
		['ar', 'وقال المتحدث باسم الأسطول الخامس الأمريكي إن السفينة أطلقت النار.', 'Fifth Fleet spokesperson'],
		['ar', 'وأعلنت قوات الدفاع الشعبي في بيان أن الجيش التركي استخدم أسلحة كيماوية.', 'HPG'],
		['ar', 'وقال وزير الدفاع التركي إن الاتهامات كاذبة.', 'Turkish defence minister']
	])('%s: «%s» is said by %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
	// "the Guard" points back to the body told before (a guard is a guard: "a guard posted outside");
	// "Sepah" is the IRGC
	it.each([
		[
			'en',
			"Iran's Islamic Revolutionary Guard Corps said it carried out a strike. According to the statement, the Guard warned of a severe response.",
			['IRGC', 'IRGC']
		],
		['en', "According to Sunday's Sepah statement, the strike hit a strategic center.", ['IRGC']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// rights groups that are not named; an apposition opened by a participle ("Hengaw, based in Oslo,");
	// Pakistan's The News International
	it.each([
		[
			'en',
			'Human rights groups denounced this Wednesday the arrest of the journalist.',
			['anonymous rights groups']
		],
		['en', 'Hengaw, based in Oslo, denounced that the young woman had been assaulted.', ['Hengaw']],
		['en', 'Pakistan’s The News International has reported that talks were held.', ['The News International']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// an apposition describing a state or a body ("X, a Y, said") is no subject; a list is no apposition;
	// "X was quoted (by Y) as saying": X speaks
	it.each([
		[
			'en',
			'Two weeks ago, the UAE, a US ally, said that four vessels were targeted.',
			['United Arab Emirates']
		],
		['en', 'Hamas, an ally of Iran, said the report was false.', ['Hamas']],
		['en', 'Iran, the US and Russia said the talks would resume.', ['United States', 'Russia']],
		['en', 'The minister was quoted by Reuters as saying the talks had failed.', ['minister']],
		[
			'en',
			'Bolton was quoted on Wednesday as saying that the attacks were caused by naval mines.',
			['Bolton']
		]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// a word for a place after a post opens where the post is, not a name (placehead); a name may follow
	it.each([
		['ar', 'لكن حاكم منطقة باكوا قال إن كثيرين من القتلى مدنيون.', ['governor of منطقة باكوا']],
		['ar', 'لكن حاكم منطقة باكوا عبد الغفور مجاهد قال إن كثيرين من القتلى مدنيون.', ['عبد الغفور مجاهد']],
		[
			'fa',
			'ولسوال ولسوالی بکواه می‌گوید که ده فابریکه تخریب شده است.',
			['district governor of ولسوالی بکواه']
		],
		// the body the post belongs to may follow the place (look-alike)
		[
			'ar',
			'أعلن مسؤول أمن ولاية بنجشير في حكومة طالبان عبد الحميد "خراساني"، عن مبايعة الهيئة لقيادة طالبان.',
			['عبد الحميد خراساني']
		]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// the press by the side it serves (medialink data); a claim by an owner described before its name
	it.each([
		['en', 'Houthi-run media said the airport was hit.', ['Houthis media']],
		['en', 'PKK-affiliated media said the army used chemical weapons.', ['PKK media']],
		['en', 'Media close to the PKK said the army used chemical weapons.', ['PKK media']],
		['ar', 'وقالت وسائل إعلام مقربة من حزب الله إن الهجوم فشل.', ['Hezbollah media']],
		['fa', 'رسانه‌های نزدیک به سپاه گزارش دادند که حمله ناکام ماند.', ['IRGC media']],
		['en', 'Israeli media said the attack failed.', ['Israeli media']],
		[
			'en',
			'Turkey rejected the claim by the outlawed PKK that the army used chemical weapons.',
			['Turkey', 'PKK']
		]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// a Persian adverb is no part of whose an unnamed speaker is («پیشتر», earlier); the Afghan
	// ministry as Persian writes it without «امور»
	it.each([
		[
			'fa',
			'یک عضو خانواده محمودشاه حبیبی پیشتر گفته بود که او زنده است.',
			['anonymous خانواده محمودشاه حبیبی member']
		],
		[
			'fa',
			'مقامات وزارت خارجه افغانستان می گویند که مهاجران به زور به رودخانه انداخته شدند.',
			['anonymous Afghan Foreign Ministry officials']
		]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// "maintained a presence" is no speech ("maintained that" is); a sentence-initial adverb is no name
	it.each([
		['en', 'The report also said that Al-Qaeda maintained a presence in Afghanistan.', []],
		['en', 'Iran maintained that the drones were its own.', ['Iran']],
		['en', 'Initially labeled a "terrorist attack" by Iranian officials, the blasts killed 84 people.', []]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// «الحرس» alone is the IRGC; not the national, border or republican guard (not followed by)
	it.each([
		['ar', 'وختم الحرس بيانه بالتأكيد على أن الرد سيكون قاسيا.', ['IRGC']],
		['ar', 'وقال الحرس الوطني العراقي إن الهجوم فشل.', []]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// a role with the article heads no construct: a body right after it is its object, not whom it
	// serves; an adjective or a linker still says whose it is
	it.each([
		['ar', 'واتهم المتحدث الكرملين بتلفيق الرواية.', ['spokesperson']],
		['ar', 'وقال المتحدث الإيراني إن الهجوم فشل.', ['Iranian spokesperson']],
		['ar', 'وقال المتحدث باسم الكرملين إن الهجوم فشل.', ['Kremlin spokesperson']],
		['ar', 'وقال الأمين العام للأمم المتحدة إن الهجوم مدان.', ['United Nations secretary general']],
		// (nor a body's noun right after it; «باسم» still links one)
		['ar', 'واتهم المتحدث بعثة الأمم المتحدة بالانحياز.', ['spokesperson']],
		['ar', 'وقال المتحدث باسم بعثة الأمم المتحدة إن الوضع خطير.', ['United Nations mission spokesperson']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// a role told again bare («المتحدث», «این سخنگو», "the spokesperson") is the person who held it
	// before, not the body named later in its sentence: a speech verb or «که» / "that" ends the role
	it.each([
		[
			'en',
			'Taliban spokesperson Zabihullah Mujahid said the report was false.|The spokesperson said UNAMA was biased.'
		],
		['fa', 'ذبیح الله مجاهد سخنگوی طالبان گفت که این گزارش دروغ است.|این سخنگو گفت که یوناما مغرض است.'],
		['ar', 'وقال ذبيح الله مجاهد المتحدث باسم طالبان إن التقرير كاذب.|وقال المتحدث إن البعثة منحازة.']
	])('%s: the bare role after «%s» is the named spokesperson', (lang, text) => {
		const speakers = read(lang, text.replace('|', '\n\n')).statements.map((x) => x.speaker);
		expect(speakers).toHaveLength(2);
		expect(new Set(speakers)).toEqual(new Set(['Zabihullah Mujahid']));
	});
	// a general role told again («الوزير», «این وزیر», "the minister") is the holder of a role that is
	// one of it (`is=` in the roles data); with no such holder before, it stays the role
	it.each([
		[
			'en',
			'The Iranian foreign minister, Abbas Araghchi, said the talks were useful.|The minister said Iran would not bow.'
		],
		[
			'ar',
			'وقال وزير الخارجية الإيراني عباس عراقجي إن المحادثات مفيدة.|وأضاف الوزير أن إيران لن تتفاوض تحت الضغط.'
		],
		[
			'fa',
			'عباس عراقچی وزیر امور خارجه ایران گفت که مذاکرات مفید بود.|این وزیر گفت که ایران زیر فشار مذاکره نمی کند.'
		]
	])('%s: the minister after «%s» is the foreign minister', (lang, text) => {
		const speakers = read(lang, text.replace('|', '\n\n')).statements.map((x) => x.speaker);
		expect(speakers).toHaveLength(2);
		expect(new Set(speakers).size).toBe(1);
		expect(speakers[0]).toMatch(/Araghchi|عراقجي|عراقچی/);
	});
	// an English name ending in a company word («Zodiac Maritime», «X Holdings», «Y Airlines») is a
	// company, which "the company" / "the firm" / "the airline" points back to; a person's name is not
	it.each([
		[
			'Zodiac Maritime said a crew member was killed.|The company said two crew members had died.',
			'Zodiac Maritime'
		],
		['Adani Holdings said the port was safe.|The firm said no cargo was lost.', 'Adani Holdings'],
		// (a person is not what "the company" points back to)
		['John Kirby said the strike was lawful.|The company said nothing more.', null]
	])('en: «%s»', (text, company) => {
		const st = read('en', text.replace('|', '\n\n')).statements;
		expect(st.map((x) => x.speaker)).toEqual(company ? [company, company] : ['John Kirby']);
	});
	it('en: «The minister said …» with no minister named before is the role', () => {
		expect(read('en', 'The minister said Iran would not bow.').statements.map((x) => x.speaker)).toEqual([
			'minister'
		]);
	});
	// «المتحدث باسمه / باسمها»: the linker with a glued pronoun speaks for the body told last, and the
	// name after it is read; an office with no name set off by a comma before a named person is that person
	it.each([
		['ar', 'قال نائب رئيس حزب العدالة والتنمية، المتحدث باسمه عمر جليك، إن الادعاءات افتراء.', ['عمر جليك']],
		[
			'ar',
			'وقالت حركة حماس إن الهجوم فشل. وأضاف المتحدث باسمها حازم قاسم أن الحركة لن تتراجع.',
			['Hamas', 'حازم قاسم']
		],
		['en', 'The party deputy head, its spokesman Omer Celik, said the claims were slander.', ['Omer Celik']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// «على تويتر» after a post is where it was said, no name («على» folds as «علي», Ali); platforms are
	// never name words
	it.each([
		['ar', 'وكتب المتحدث على تويتر أن الهجوم فشل.', ['spokesperson']],
		['ar', 'وقال علي حمية إن الهجوم فشل.', ['علي حمية']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// a word inside a known name is no speech verb ("States" of "the United States")
	it.each([
		['en', 'Leggett accused Iran of bias against the United States.', ['Leggett']],
		['en', 'The United States said the strike was legal.', ['United States']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// «به‌گفته», «به‌گزارش» with the half-space (read as one word): the lexicon's «به گفته» (gluedprep@fa)
	it.each([
		['fa', 'به‌گفته منابع محلی، سه غیرنظامی کشته شدند.', ['anonymous local sources']],
		['fa', 'به‌گزارش خبرگزاری تسنیم، سه نفر بازداشت شدند.', ['Tasnim']],
		// look-alike: «بهداشت» (health) is no «به» and a word
		['fa', 'وزارت بهداشت اعلام کرد که سه نفر جان باختند.', ['health ministry']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// «به‌طور رسمی», «رسماً» between a subject and its verb; the Dari «وزارت امور داخله»
	it.each([
		['fa', 'وزارت امور داخله به‌طور رسمی اعلام می‌کند که این خبر دروغ است.', ['interior ministry']],
		['fa', 'وزارت امور داخله رسماً اعلام کرد که این خبر دروغ است.', ['interior ministry']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// "meanwhile" opening a Persian clause is no speaker; a police command in Iranian and Dari words
	it.each([
		[
			'fa',
			'درهمین حال، سخنگوی فرماندهی پلیس فراه می گوید که تلفات سنگین بر طالبان وارد شده است.',
			['police spokesperson of فراه']
		],
		['fa', 'سخنگوی قوماندانی امنیه هرات گفت که سه نفر بازداشت شدند.', ['police spokesperson of هرات']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// English: a post inside a capitalised run opens its own role phrase, the holder's name after it; a
	// rank before the post is part of it
	it.each([
		[
			'en',
			'HDP Group Deputy Chair Meral Danis Bestas said a commission should investigate.',
			['Meral Danis Bestas']
		],
		['en', 'Hamas Political Bureau Chief Ismail Haniyeh said the talks had failed.', ['Ismail Haniyeh']],
		['en', 'Supreme Leader Ali Khamenei said the enemy would fail.', ['Ali Khamenei']],
		['en', 'Chief Executive Officer Tim Cook said sales rose.', ['Tim Cook']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// «المصدر», "the source": the last anonymous source, not the last anonymous speaker of another kind
	it('ar: «وأضاف المصدر» is the last source, not the witnesses told after it', () => {
		const s = read(
			'ar',
			'وقالت مصادر أميركية إن واشنطن تملك أدلة. وقال شهود عيان إنهم سمعوا انفجارا. وأضاف المصدر أن طالبان تعرف مكانه.'
		);
		expect(s.statements.map((x) => x.speaker)).toEqual([
			'anonymous American sources',
			'anonymous witnesses',
			'anonymous American sources'
		]);
	});
	// a rank of two words before a name ("Lt Gen") and a speech verb before it
	it('en: \'"…," said Lt Gen Ahmad Sharif Chaudhry\' is his', () => {
		const s = read('en', '"The operation is over," said Lt Gen Ahmad Sharif Chaudhry.');
		expect(s.statements.map((x) => x.speaker)).toEqual(['Ahmad Sharif Chaudhry']);
	});
	it('en: a lower-case word before a hyphen is no name ("well-known", "so-called")', () => {
		const s = read('en', 'The well-known analyst said the so-called talks failed.');
		expect(s.actors.map((a) => a.id)).not.toContain('well-known');
	});
	// what a document says is its owner's: «وجاء في البيان», «در این بیانیه تاکید شده است»,
	// «براساس این گزارش» — the document a report word points back to; a passive with no document
	// and no agent is no one's
	it.each([
		['ar', 'نشرت الأمم المتحدة تقريرا يوم الأحد. وجاء في التقرير أن طالبان قتلت 200 شخص.', 'United Nations'],
		[
			'ar',
			'وقالت وزارة الخارجية الإيرانية إن الهجوم إرهابي. وورد في البيان أن الهجوم كان مدبرا.',
			'Iranian Foreign Ministry'
		],
		[
			'fa',
			'وزارت خارجه پاکستان بیانیه‌ای منتشر کرد. در این بیانیه تاکید شده است که حمله تروریستی بود.',
			'Pakistani Foreign Ministry'
		],
		[
			'fa',
			'وزارت خارجه پاکستان بیانیه‌ای منتشر کرد. همچنین در این بیانیه اشاره شده است که مرز بسته است.',
			'Pakistani Foreign Ministry'
		],
		['fa', 'سازمان ملل گزارشی منتشر کرد. براساس این گزارش، طالبان ۲۰۰ نفر را کشته‌اند.', 'United Nations'],
		[
			'en',
			'The Pakistani foreign ministry issued a statement. According to the statement, the attack was planned.',
			'Pakistani Foreign Ministry'
		]
	])('%s: «%s»: the second sentence is said by %s', (lang, text, speaker) => {
		const st = read(lang, text).statements;
		const second = st.find((x) => x.evidence[0].start > text.indexOf('.') + 8);
		expect(second?.speaker).toBe(speaker);
	});
	// «در بیانیه X آمده است»: a document named with its owner is the owner's, in any sentence
	it.each([
		['fa', 'در بیانیه ستاد کل نیروهای مسلح آمده است که هیچ موشکی شلیک نشده است.', 'ستاد کل نیروهای مسلح'],
		['fa', 'در گزارش سازمان ملل آمده است که ۲۰ نفر کشته شدند.', 'United Nations'],
		['fa', 'در بخشی از بیانیه وزارت خارجه پاکستان آمده است که مرز بسته است.', 'Pakistani Foreign Ministry']
	])('%s: «%s» is said by %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
	// «در اعلامیه آمده است» opening a sentence, no owner named: the document of the last speaker
	it('fa: «در اعلامیه آمده است» after a ministry spoke is the ministry’s', () => {
		const text =
			'وزارت دفاع طالبان در اعلامیه‌ای ادعای ارتش پاکستان را رد کرد. در اعلامیه آمده است که افغانستان تهدیدی برای کسی نیست.';
		const st = read('fa', text).statements;
		const second = st.find((x) => x.evidence[0].start > text.indexOf('.'));
		expect(second?.speaker).toBe('Taliban defence ministry');
	});
	// look-alikes: no owner after the document, or no «آمده» after it
	it.each([
		['fa', 'در گزارش‌های رسانه‌ای هیچ اشاره‌ای به این موضوع نشده بود.'],
		['fa', 'در بیانیه‌ای که دیروز منتشر شد، به مذاکرات اشاره‌ای نشد.'],
		['fa', 'در گزارش سازمان ملل دو بخش تازه وجود دارد.']
	])('%s: «%s» is nobody’s statement', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});
	it.each([
		['fa', 'در نشست امروز بر همکاری دو کشور تاکید شد.'],
		['fa', 'در این نشست بر همکاری دو کشور تاکید شده است.'],
		['ar', 'وجاء في المرتبة الثانية فريق الزمالك.']
	])('%s: «%s» is nobody’s statement', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});
});

describe('a name whose last word is also a common word', () => {
	// «رای» is a vote, and folds to Arabic «رأى» (he saw): beside a role set off by commas, after a
	// word that is no word of the lexicon, it ends a name; a common word alone is still no name
	it.each([
		['fa', 'آرپان رای، روزنامه‌نگار هندی، گفت که متقی دروغ گفته است.', 'آرپان رای'],
		[
			'fa',
			'آرپان رای، روزنامه‌نگار هندی، گفت که متقی دروغ گفته است. رای افزود که خبرنگاران زن اعتراض کردند.',
			'آرپان رای'
		]
	])('%s: «%s» is said by %s', (lang, text, who) => {
		const st = read(lang, text);
		expect(st.statements.length).toBeGreaterThan(0);
		for (const x of st.statements) expect(x.speaker).toBe(who);
	});
	it('fa: «این رای، …» is not a person', () => {
		const st = read('fa', 'این رای، به گفته سخنگوی دولت، نهایی است.');
		expect(st.actors.map((a) => a.id)).not.toContain('این رای');
	});
});

describe('a sentence adverb is no name', () => {
	it.each([
		['Instead, he told Wang Yi in a phone call that the trip was postponed.', []],
		[
			'Ned Price said the talks would go on. Instead, he told Wang Yi that the trip was postponed.',
			['Ned Price', 'Ned Price']
		],
		['Separately, he told Wang Yi in a phone call that the trip was postponed.', []]
	])('«%s»: %j speak', (text, speakers) => {
		expect(read('en', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe('speech acts beyond a verb list', () => {
	it.each([
		['en', 'The Pentagon dismissed the report as fabricated.', 'denial'],
		// the accused calls the accusations anything at all (grammar `characterise` + `accusation`)…
		['en', 'Pakistan on Sunday called the accusations "conjectural".', 'denial'],
		['ar', 'ووصفت الخارجية الإيرانية الاتهامات بأنها مؤامرة.', 'denial'],
		['fa', 'سفیر ایران ادعای دولت انگلیس را «ناپخته و شتاب‌زده» توصیف کرد.', 'denial'],
		// …but a report or a state of things called something is no rebuttal
		['en', 'The minister called the report a wake-up call.', 'claim'],
		['ar', 'ووصفت الخارجية الإيرانية الوضع بأنه خطير.', 'claim'],
		['fa', 'وزارت خارجه این گزارش را نگران کننده توصیف کرد.', 'claim'],
		['en', 'China’s foreign ministry said it had no information about such a meeting.', 'denial'],
		// having no information, in each person and with «أي» between (data: the noinfo paradigm)
		['ar', 'وقالت وزارة الخارجية الباكستانية: لا نملك أي معلومات عن هذا الاعتقال.', 'denial'],
		['ar', 'وقال المتحدث باسم الخارجية الروسية إنه ليس لديه علم بالاعتقال.', 'denial'],
		['fa', 'پلیس کابل گفت در این مورد هیچ اطلاعاتی در دست ندارد.', 'denial'],
		['en', 'The Russian embassy said it was unaware of any such detention.', 'denial'],
		// look-alikes: information given, or asked for
		['ar', 'وقالت وزارة الخارجية الباكستانية إنها تملك معلومات عن الاعتقال.', 'claim'],
		['fa', 'پلیس کابل گفت در این مورد اطلاعاتی در دست دارد.', 'claim'],
		['en', 'The Kremlin said no such meeting took place.', 'denial'],
		['en', 'The Pentagon said it had found no evidence of Russian involvement.', 'denial'],
		// voicing support or sympathy says something («ابراز حمایت کرد», "voiced her support")
		['fa', 'وزیر خارجه آلمان از دانمارک ابراز حمایت کرد.', 'claim'],
		['fa', 'متیو میلر با خانواده‌های قربانیان ابراز همدردی کرد.', 'claim'],
		// what the speaker has did not do it (grammar `possessive` + `negpast`)…
		['en', 'Russia said its jets never entered Turkish airspace.', 'denial'],
		['en', 'Pakistan says that its Air Force has never communicated with the Afghan army.', 'denial'],
		// …but not knowing or receiving denies nothing
		['en', 'Iran’s foreign ministry said its officials did not know about the plan.', 'claim'],
		['en', 'Amnesty said their families have not received any news.', 'claim'],
		// finding no evidence, in each person, and rejecting the accusation against oneself («اتهامها»)
		['en', 'Bilawal told Reuters he had made checks and found no evidence.', 'denial'],
		['ar', 'وقال الوزير إنه لم يجد أي دليل على تورط إيران.', 'denial'],
		['fa', 'سخنگوی پنتاگون گفت هیچ مدرکی پیدا نکردیم.', 'denial'],
		['ar', 'رفضت إيران، اليوم الثلاثاء، اتهامها بتزويد الحوثيين بالصواريخ.', 'denial'],
		// (look-alikes: evidence found; a plan rejected)
		['en', 'Bilawal told Reuters he had made checks and found evidence of it.', 'claim'],
		['en', 'Erdogan reaffirmed that he would resign if the allegations were proven.', 'claim'],
		[
			'fa',
			'سخنگوی وزارت خارجه اوکراین گفت: «ما هیچ اطلاعاتی در مورد حملات شبانه به کرملین نداریم.»',
			'denial'
		],
		['ar', 'ووصفت الخارجية المصرية التقرير بأنه مفبرك.', 'denial'],
		['ar', 'وأكدت الهند عدم صلتها بالمؤتمر الصحفي.', 'denial'],
		['fa', 'وزارت خارجه ایران این ادعا را بی‌پایه خواند.', 'denial'],
		['fa', 'سخنگوی طالبان گفت چنین دیداری صورت نگرفته است.', 'denial'],
		['fa', 'سخنگوی طالبان با رد هرگونه نقش در این حمله گفت که گروه درگیر نبوده است.', 'denial'],
		['ar', 'أصدرت وزارة الخارجية الروسية بيانا قالت فيه إن العلاقات مستقرة.', 'claim'],
		['fa', 'سخنگوی وزارت خارجه خاطرنشان کرد که مذاکرات ادامه دارد.', 'claim'],
		// the perfect without «است», as news writes it
		['fa', 'سیمور هرش روزنامه‌نگار آمریکایی مدعی شده که غواصان بمب کار گذاشتند.', 'claim'],
		['fa', 'سخنگوی وزارت خارجه اظهار داشته که مذاکرات ادامه دارد.', 'claim'],
		['fa', 'سی‌ان‌ان افزوده که آمریکا امتیازی نداده است.', 'report'],
		// holding someone responsible («حمّل … المسؤولية», «را مسئول دانست», "held … responsible")
		['ar', 'حملت الرئاسة الإيرانية، اليوم الخميس، الولايات المتحدة وإسرائيل المسؤولية عن التفجير.', 'claim'],
		['fa', 'وزارت خارجه ایران آمریکا را مسئول دانست.', 'claim'],
		// a preverb of two words with «اعلام»: declaring support
		['fa', 'آمریکا از استقلال و تمامیت ارضی عراق اعلام پشتیبانی کرد.', 'claim'],
		// "suggest" and "mentioned" as speech verbs
		[
			'en',
			'While Pakistan has not confirmed the airstrike, security sources suggest that the attack was aimed at hideouts.',
			'claim'
		],
		['en', 'Iranian officials mentioned that the helicopter carried the president.', 'claim'],
		// a preverb of two words: «ابراز امیدواری کرد», «ابراز نگرانی کرد»
		['fa', 'آمریکا ابراز امیدواری کرده است که او آزاد شود.', 'claim'],
		['fa', 'وزارت خارجه ایران از این حمله ابراز نگرانی کرد.', 'claim'],
		['fa', 'سخنگوی طالبان این گزارش را تکذیب کرده و گفته چنین دیداری نبوده است.', 'denial'],
		// a Persian compound with «داد» in any form (its preverb is no name word: «عباس عراقچی پاسخ داد»)
		['fa', 'رسانه‌های ایران گزارش داده‌اند که این انفجار رخ داد.', 'report'],
		['fa', 'عباس عراقچی پاسخ داد که ایران آماده است.', 'claim'],
		['fa', 'سپاه پاسداران هشدار داد که پاسخ خواهد داد.', 'claim'],
		// a navy speaks (a bare «البحرية» is the navy named before, if any)
		['ar', 'ويوم السبت قالت البحرية الأمريكية إن الطائرة المسيرة انطلقت من إيران.', 'claim'],
		['fa', 'نیروی دریایی آمریکا اعلام کرد که پهپاد از ایران آمده است.', 'claim'],
		// a claim referred to with what it is about before the Persian verb that denies it
		['fa', 'وزارت خارجه ایران ادعای دولت انگلیس در مورد مداخله ایران را رد کرد.', 'claim'],
		// "rejected as baseless" with its object after the dismissal; «قد» between a name and its verb
		['en', 'Iranian officials have rejected as baseless the charges of a plot.', 'denial'],
		['ar', 'وكان المتحدث العسكري باسم جماعة الحوثي، يحيى سريع قد أعلن استهداف الحاملة.', 'claim'],
		['ar', 'أفاد المعهد البحري الأمريكي بأن الحاملة لم تصب.', 'claim'],
		// condemning («نکوهش کردند»), «اظهارداشت» written as one word, two officials, a plea of not guilty
		['fa', 'حکومت طالبان نیز این حمله را نکوهش کردند.', 'claim'],
		['fa', 'حنا ربانی وزیر خارجه پاکستان همچنین اظهارداشت که امنیت اولویت است.', 'claim'],
		['ar', 'نفى مسؤولان أميركيان أن تكون الحاملة أصيبت.', 'denial'],
		['en', 'Hadi Matar has pleaded not guilty to charges of attempted murder.', 'denial'],
		// a passive's agent announces («از سوی X اعلام شد»); a consulate speaks
		['fa', 'این خبر از سوی وزارت خارجه ایران اعلام شد.', 'claim'],
		['fa', 'ادعای مشابهی نیز از سوی خبرگزاری رویترز مطرح شده بود.', 'report'],
		['en', 'The Iranian consulate in Herat said that Iranian border guards arrested no one.', 'claim'],
		// state television named by where it is from, "official" between
		['ar', 'وقال التلفزيون الرسمي الإيراني إن الرئيس قتل.', 'report'],
		// the perfect with «است» joined to it, as Dari news writes it
		['fa', 'ذبیح‌الله مجاهد گفته‌است که هیچ عضو القاعده وجود ندارد.', 'denial'],
		['fa', 'این مقام طالبان مدعی شده‌است که منبع گزارش‌ها مخالفان هستند.', 'claim'],
		// expressing and urging take what was said as their object
		['ar', 'أبدى مسؤولون أميركيون مخاوفهم من صفقة محتملة.', 'claim'],
		['ar', 'السفارة الصينية حثت رعاياها على تجنب المنطقة.', 'claim'],
		['en', 'Iran\'s foreign ministry called the US allegations "meaningless".', 'denial'],
		// attributing («أرجعت … إلى»), a senator calling on someone
		['ar', 'لكن مصادر في كابل أرجعت تأجيل الزيارة إلى مشكلات فنية.', 'claim'],
		['ar', 'دعا السيناتور الأميركي ليندسي غراهام الحكومة إلى الرد.', 'claim'],
		// what was said past the speaker and a negated past verb of its own
		['en', 'Pakistan’s foreign ministry said it did not target any Iranian nationals.', 'denial'],
		['ar', 'وقالت الخارجية الإيرانية إنها لم ترسل أي صواريخ إلى روسيا.', 'denial'],
		// … or the speaker's own side by name, then a negated past verb (deniesForSide); another side's
		// negation, or a verb that denies nothing, is a claim (look-alikes)
		['en', "Iran's foreign ministry said Iran did not send any missiles to Russia.", 'denial'],
		['ar', 'وقالت الخارجية الإيرانية إن طهران لم ترسل أي صواريخ إلى روسيا.', 'denial'],
		['fa', 'وزارت خارجه ایران گفت که ایران هیچ موشکی به روسیه نداده است.', 'denial'],
		['en', "Iran's foreign ministry said Russia did not send any missiles.", 'claim'],
		['en', "Iran's foreign ministry said Iran did not receive any request.", 'claim'],
		// (a date between the verb and what was said is no part of it)
		['en', 'Gold Apollo said on Wednesday it did not make the pagers.', 'denial'],
		['en', 'Gold Apollo said on Wednesday it made the pagers.', 'claim'],
		// … not a verb that denies nothing (look-alikes)
		['en', 'Pakistan’s foreign ministry said it had not received any request from Kabul.', 'claim'],
		['ar', 'وقالت الخارجية الإيرانية إنها لم تتلق أي طلب رسمي.', 'claim'],
		// "his country did not …", «إن بلاده لم …»; "does not reflect reality"
		['ar', 'وقال المتحدث باسم الخارجية الإيرانية إن بلاده لم ترسل أي صواريخ إلى روسيا.', 'denial'],
		['en', 'The Iranian foreign ministry spokesman said his country did not send any missiles.', 'denial'],
		['en', 'The Iranian foreign ministry spokesman said his country did not know the details.', 'claim'],
		['ar', 'واعتبر الناطق باسم طالبان أن التقرير منحاز ولا يعكس الواقع.', 'denial'],
		// the dual («قالا», «نفتا»)
		['ar', 'وقال مسؤولان أمريكيان لوكالة رويترز إن الحاملة لم تصب. وأكدا أن السفينة تواصل مهامها.', 'claim'],
		['ar', 'ونفت الهند وباكستان المشاركة في الهجوم. ونفتا كذلك أي صلة بالجماعة.', 'denial'],
		// more verbs of saying, praising and criticising (data)
		['ar', 'ونوه المتحدث باسم الخارجية الإيرانية ناصر كنعاني إلى أن المفاوضات مستمرة.', 'claim'],
		['ar', 'وأشاد وزير الخارجية الإيراني عباس عراقجي بالموقف الصيني.', 'claim'],
		['fa', 'سخنگوی وزارت خارجه ایران از موضع آمریکا انتقاد کرد.', 'claim'],
		['fa', 'وزارت خارجه ایران به کشورهای همسایه اطمینان داد که مرزها امن است.', 'claim'],
		['en', 'The Iranian foreign ministry cautioned that the talks could fail.', 'claim'],
		['en', 'The Iranian foreign ministry replied that the talks would go on.', 'claim'],
		['en', 'United Nations Secretary-General Antonio Guterres has recommended a new mission.', 'claim'],
		// «أفاد» takes what it reports as its object («أفاد سكان بقصف سوق»); citizens who are not named
		['ar', 'وأفاد سكان منطقة مرغي بقصف سوق لبيع الأسلحة.', 'claim'],
		['ar', 'قال مواطنون أفغان من قومية الهزارة إن مسؤولي طالبان أمروهم بالرحيل.', 'claim'],
		// speaking of something (data); speaking to someone is no statement of its own
		['en', 'Multiple diplomats spoke of Ghani fleeing with cash.', 'claim'],
		// "there was no operation", "carried out no strike": a denial (data); the source a Turkish
		// defence ministry official, the ministry's words before the head
		['en', 'A Turkish defense ministry official told Reuters that there was no operation.', 'denial'],
		['en', 'A Turkish defence ministry source told AFP that Turkey had carried out no strike.', 'denial'],
		// «أعرب … عن»: what was voiced after «عن», not an introduced clause
		['ar', 'أعرب الرئيس العراقي عبد اللطيف رشيد عن إدانته للقصف.', 'claim'],
		// branding, labelling: what it is called is what was said (data)
		[
			'en',
			'The Iranian foreign ministry branded the strike a flagrant violation of international law.',
			'claim'
		],
		// the present of «تأکید داشت» («تأکید دارد», «تأکید دارند»); «دارد» alone is no speech
		['fa', 'وزارت خارجه ایران تأکید دارد که مذاکرات ادامه دارد.', 'claim'],
		// pointing to, speaking of, «وفق ما أفادت X» (data)
		['ar', 'وأشارت الحكومة الأفغانية إلى ثلاثة مهاجمين قتلوا في الهجوم.', 'claim'],
		['ar', 'وتحدث وزير الخارجية الإيراني عن مؤامرة إسرائيلية.', 'claim'],
		['ar', 'وفتحت النيابة تحقيقا بحقها، وفق ما أفادت وكالة الأناضول.', 'report'],
		// outlining, finding, estimating, thanking, blaming, writing in Dari (data)
		['en', 'Ukraine’s foreign ministry outlined four scenarios for the crash.', 'claim'],
		['en', 'The UN monitoring team found that al-Qaeda had set up new camps.', 'claim'],
		['en', 'The Iranian foreign ministry estimated that 400 people were killed.', 'claim'],
		['ar', 'وتلقي الحكومة الباكستانية باللوم على حركة طالبان في الهجوم.', 'claim'],
		['fa', 'وزارت خارجه پاکستان نگاشته است که حملات بر مواضع تروریستان انجام شده است.', 'claim'],
		['fa', 'خانواده خانم تسورکوف از دولت عراق تشکر کرد.', 'claim'],
		['en', 'The Iranian foreign ministry expressed deep concern about the strikes.', 'claim'],
		// a headline's plural present ("Taliban reject …", "Officials confirm …"); an infinitive that was done
		['en', 'Iran and Russia reject the accusations.', 'denial'],
		['en', 'Taliban reject UN team report.', 'denial'],
		['en', 'Officials confirm that the talks took place.', 'confirmation'],
		['en', 'The Iranian foreign minister went on to deny the report.', 'denial'],
		['en', 'The Iranian foreign ministry was quick to reject the claims.', 'denial'],
		// dismissals as news writes them: with an adverb inside, definite after «بـ», "no relation to the truth"
		['ar', 'وقال المتحدث باسم الخارجية الصينية وانغ ون بين إن هذه الادعاءات لا تمت للحقيقة بصلة.', 'denial'],
		['ar', 'وأكدت وزارة الخارجية الإيرانية أن ما نشر عار تماما عن الصحة.', 'denial'],
		['ar', 'ووصفت وزارة الخارجية الإيرانية التقرير بالكاذب.', 'denial'],
		['ar', 'واعتبرت حركة طالبان أن هذه المزاعم تأتي في إطار الحرب الإعلامية.', 'denial'],
		['fa', 'سخنگوی طالبان گفت که این ادعاها واقعیت ندارد.', 'denial'],
		['fa', 'وزارت دفاع طالبان اظهارات سخنگوی ارتش پاکستان را دور از واقعیت خواند.', 'denial'],
		// "there is no …" («هیچ … نیست»), "they had no hand in it" («دست نداشته‌اند»)
		['fa', 'سخنگوی طالبان به رادیو آزادی گفت که هیچ عضو القاعده در افغانستان نیست.', 'denial'],
		['fa', 'سخنگوی طالبان گفته است که جنگجویانشان در این حمله دست نداشته‌اند.', 'denial'],
		['fa', 'حکومت سرپرست افغانستان این اتهامات را بی‌اساس خواند.', 'denial'],
		['en', 'Enayatullah Khwarazmi termed the claims irresponsible and far from the reality.', 'denial'],
		['fa', 'ذبیح‌الله مجاهد این گزارش را «تبلیغات دشمن» خواند.', 'denial'],
		['en', 'The Chinese foreign ministry pushed back against the report.', 'denial'],
		['en', 'The Chinese foreign ministry said the claims were categorically untrue.', 'denial'],
		// … and look-alikes: a media war spoken of, a report found true
		['ar', 'وقال وزير الإعلام الأردني إن الحرب الإعلامية بين البلدين انتهت.', 'claim'],
		// where and when it was said standing long between the verb and «على أن»
		[
			'ar',
			'وشدد وزير النقل اللبناني علي حمية في مؤتمر صحافي عقده عصر اليوم الأحد 23 حزيران/ يونيو 2024، في مطار بيروت الدولي على أن المصادر غير معروفة.',
			'claim'
		],
		['fa', 'سخنگوی طالبان گفت که این گزارش واقعیت دارد.', 'claim'],
		['fa', 'سخنگوی طالبان گفت که هیچ مشکلی در این باره وجود دارد و کار ادامه دارد.', 'claim']
	])('%s: «%s» is a %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((x) => x.act)).toContain(act);
	});

	// «این گزارش», "this report": a claim told before; the words after it are not its owner
	it.each([
		['fa', 'ذبیح‌الله مجاهد این گزارش را «دروغ محض» توصیف کرد.'],
		['fa', 'ذبیح‌الله مجاهد گفت این گزارش «دروغ محض» است.']
	])('%s: «%s» is said by its speaker alone', (lang, text) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(['Zabihullah Mujahid']);
	});

	// a Persian noun phrase marked by «را» is the object, never the subject
	it('fa: the IRGC named before «را» does not speak', () => {
		const st = read('fa', 'نیچروان بارزانی روز سه‌شنبه در بیانیه‌ای حملات سپاه پاسداران را «جنایتی» خواند.');
		expect(st.statements.map((x) => x.speaker)).not.toContain('IRGC');
	});
	it('fa: «وزارت خارجه ایران ادعای آمریکا را رد کرد» is the ministry’s denial', () => {
		const st = read('fa', 'وزارت خارجه ایران ادعای آمریکا را رد کرد.');
		expect(st.statements.find((x) => x.act === 'denial')?.speaker).toBe('Iranian Foreign Ministry');
	});

	// Arabic subjects joined by «و» after the verb: each speaks
	it.each([
		['ونفت إيران وروسيا هذه الاتهامات.', ['Iran', 'Russia']],
		['وقالت الولايات المتحدة وبريطانيا إن الهجوم كان مخططا.', ['United States', 'United Kingdom']],
		// «ونظيره» (his counterpart) is a role, not part of the name before it
		['وقال وزير الخارجية الإيراني عباس عراقجي ونظيره الروسي إن المحادثات جيدة.', ['عباس عراقجي']]
	])('ar: «%s» is said by %j', (text, speakers) => {
		expect(read('ar', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});

	// «وهو ما نفته X»: «ما» after «وهو» is "which", not "not"; «وما نفت» is still a negation
	it.each([
		[
			'وقال الجيش الجزائري إن المغرب استهدف الشاحنات، وهو ما نفته وزارة الخارجية المغربية.',
			['claim: Algerian army', 'denial: Moroccan foreign ministry']
		],
		['وما نفت وزارة الخارجية المغربية هذه التقارير.', []]
	])('ar: «%s» is %j', (text, said) => {
		expect(read('ar', text).statements.map((x) => `${x.act}: ${x.speaker}`)).toEqual(said);
	});

	// English subjects joined by "and": each speaks, the first named first
	it.each([
		[
			'The FBI and several other US intelligence agencies claimed that Iran was involved.',
			['FBI', 'American intelligence']
		],
		['Iran and Russia reject the accusations.', ['Iran', 'Russia']],
		['The US and Britain said the attack was planned.', ['United States', 'United Kingdom']],
		// look-alikes: a comma before "and" parts two clauses; one actor named twice speaks once
		['Iran was angry, and Russia rejected the accusations.', ['Russia']]
	])('en: «%s» is said by %j', (text, speakers) => {
		expect(read('en', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});

	// «X به نقل از Y نوشت»: Y speaks, the outlet X before the relay relays it
	it.each([
		['رویترز به نقل از دو منبع آگاه گزارش داد که محموله ارسال شده است.', 'anonymous source', ['Reuters']],
		['خبرگزاری تسنیم به نقل از یک منبع نظامی نوشت که حمله خنثی شد.', 'anonymous military source', ['Tasnim']]
	])('fa: «%s» is said by %s through %j', (text, speaker, relays) => {
		const [st] = read('fa', text).statements;
		expect(st.speaker).toBe(speaker);
		expect(st.chain.slice(0, -1)).toEqual(relays);
	});

	// «در واکنش به گزارش X»: the report reacted to, no relay
	it('fa: «نمایندگی ایران … در واکنش به گزارش وال‌استریت ژورنال اعلام کرد» is the mission’s', () => {
		const st = read(
			'fa',
			'مقامات ایرانی بارها این ادعا را رد کرده‌اند. نمایندگی ایران در سازمان ملل در واکنش به گزارش وال‌استریت ژورنال اعلام کرد که این گزارش صحت ندارد.'
		).statements;
		expect(st.at(-1)?.speaker).toBe('Iranian mission');
	});

	// whom a relay cites follows the outlet in its clause: past a colon, «از» is no citing
	it.each([
		[
			'بنا بر گزارش رویترز: تهران و مسکو از زمانی که روسیه دستور اعزام نیرو به اوکراین را صادر کرد، به هم نزدیک‌تر شده‌اند.',
			['report: Reuters']
		],
		['به گزارش ایسنا به نقل از رویترز، روسیه این ادعا را رد کرد.', ['denial: Russia']]
	])('fa: «%s» is %j', (text, said) => {
		expect(read('fa', text).statements.map((x) => `${x.act}: ${x.speaker}`)).toEqual(said);
	});

	// a role of «این کشور» ("the country") is the state told before, or the last speaker's state
	it('fa: «سخنگوی ارتش این کشور» after the Israeli army spoke speaks for Israel', () => {
		const text =
			'ارتش اسرائیل اعلام کرد که حمله‌ای انجام نداده است. سخنگوی ارتش این کشور هفته گذشته تأکید کرده بود که اسرائیل نقشی نداشته است.';
		const second = read('fa', text).statements.find((x) => x.evidence[0].start > text.indexOf('.'));
		expect(second?.reading?.affiliation).toBe('Israel');
	});

	// «وی ادامه داد:», "he continued:": speech only when what was said is introduced
	it.each([
		['fa', 'ذبیح‌الله مجاهد گفت که حمله‌ای رخ نداده است. وی ادامه داد: «ما هیچ نقشی نداشتیم».', 2],
		['fa', 'ذبیح‌الله مجاهد گفت که حمله‌ای رخ نداده است. وی ادامه داد که این گزارش دروغ است.', 2],
		['en', 'Zabihullah Mujahid said no attack took place. He continued: "We had no role."', 2],
		// look-alikes: going on with something
		['fa', 'ذبیح‌الله مجاهد گفت که حمله‌ای رخ نداده است. طالبان به کار خود ادامه دادند.', 1],
		['en', 'Zabihullah Mujahid said no attack took place. The fighting continued on Monday.', 1],
		['en', 'Zabihullah Mujahid said no attack took place. The army responded with artillery fire.', 1]
	])('%s: «%s» holds %i statements', (lang, text, n) => {
		expect(read(lang, text).statements).toHaveLength(n);
	});

	// an infinitive is no act of its own: refused, asked, wanted to confirm or deny
	it.each([
		['en', 'Iranian officials refused to deny the report.'],
		['en', 'Reporters asked the Iranian foreign minister to deny the report.'],
		['en', 'Lawmakers asked the government to confirm the deal.'],
		['en', 'The Iranian foreign ministry wants to reject the offer.'],
		// receiving a letter (look-alike of «تلقي باللوم»), recalling an envoy, estimates without "that"
		['ar', 'وتلقت الخارجية الإيرانية رسالة من السفارة السويسرية.'],
		['en', 'Pakistan recalled its ambassador from Kabul.'],
		['en', 'The cost was estimated at 3 million dollars.'],
		['en', 'The boxes were labelled in Persian.'],
		['en', 'The minister spoke to reporters in Kabul.'],
		['fa', 'ایران در عراق نفوذ دارد.'],
		// a preposition of sources before what is no saying («بر اساس قانون», «طبق برنامه»)
		['fa', 'بر اساس قانون اساسی، رئیس جمهور هر چهار سال انتخاب می‌شود.'],
		['fa', 'طبق برنامه، وزیر خارجه فردا به کابل سفر می‌کند.']
	])('%s: «%s» is no statement', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});

	// "no" / «أي» / «هیچ» before a noun of taking part, under a negation: a denial; a role or a link
	// spoken of without a negation is not; a quote before its speaker is what was said
	it.each([
		['ar', 'وقالت وزارة الخارجية الهندية في بيان: "لم يكن للوزارة أي تورط في المؤتمر الصحفي".', 'denial'],
		['ar', 'وقالت وزارة الخارجية الهندية إن للوزارة دورا في تنظيم المؤتمر الصحفي.', 'claim'],
		['en', 'The Indian foreign ministry said it had no involvement in the press conference.', 'denial'],
		['en', 'The Indian foreign ministry said it had a role in the press conference.', 'claim'],
		['en', 'The Pentagon said Russia played no part in the attack.', 'denial'],
		['fa', 'سخنگوی وزارت خارجه گفت که ایران هیچ نقشی در این حمله نداشته است.', 'denial'],
		['ar', 'وقال البيت الأبيض إنه لم ير أي مؤشر على أن مصر تقدم أسلحة لروسيا.', 'denial'],
		['en', 'The White House said it had seen no indication that Egypt was sending weapons.', 'denial'],
		['en', '"We categorically reject any and all accusations of spying," the UN spokesman said.', 'denial'],
		['en', '"We reject the proposal," the UN spokesman said.', 'claim'],
		['en', '"The meeting was useful," the UN spokesman said.', 'claim'],
		// a negated copula before being involved or behind it: a denial («ليست متورطة», "not behind")
		['ar', 'وقال المتحدث باسم وزارة الدفاع الصينية إن بلاده "ليست متورطة في أي تعاون".', 'denial'],
		['ar', 'وقال المتحدث باسم وزارة الدفاع الصينية إن بلاده متورطة في التعاون.', 'claim'],
		['ar', 'وقال مستشار الرئاسة الأوكرانية إن أوكرانيا ليست لها أي علاقة بالهجوم.', 'denial'],
		['ar', 'وقال مستشار الرئاسة الأوكرانية إن لأوكرانيا علاقة جيدة بالمجر.', 'claim'],
		['en', 'The Iranian foreign minister said Iran was not behind the attack.', 'denial'],
		['en', 'The Iranian foreign minister said Iran was behind the deal.', 'claim'],
		['fa', 'سخنگوی وزارت خارجه گفت که ایران در این حمله دست نداشته است.', 'denial'],
		['fa', 'سخنگوی وزارت خارجه گفت که ایران در این توافق دست داشته است.', 'claim'],
		// a quotation before "X quoted Y as saying" or "Y told X" is what was said
		[
			'en',
			'The US "had no involvement in the strike," Reuters quoted a Pentagon spokesman as saying.',
			'denial'
		],
		['en', 'The US "had a role in the talks," Reuters quoted a Pentagon spokesman as saying.', 'claim'],
		['en', '"It wasn\'t us," an Israeli official told Reuters.', 'denial'],
		['en', '"It was a long day," an Israeli official told Reuters.', 'claim'],
		['en', '“These reports are baseless,” the country’s foreign ministry spokesman said.', 'denial'],
		// «هیچ …» and a negated light verb after it: none was sent
		[
			'fa',
			'عباس عراقچی، وزیر امور خارجه ایران، تأکید کرد: «هیچ هیأت مذاکره‌ای از سوی ایران به عمان اعزام نشده است.»',
			'denial'
		],
		[
			'fa',
			'عباس عراقچی، وزیر امور خارجه ایران، تأکید کرد: «هیأت مذاکره‌ای از سوی ایران به عمان اعزام شده است.»',
			'claim'
		],
		// a negated happening opening what was said denies it (negatedAssertion): nobody was killed, the
		// plane was not hit, there were none; not a negated state, a promise, a guess, or not knowing
		['fa', 'عباس عراقچی، وزیر امور خارجه ایران، گفت که هیچ کس در این حادثه کشته نشد.', 'denial'],
		['fa', 'عباس عراقچی، وزیر امور خارجه ایران، گفت که دو نفر در این حادثه کشته شدند.', 'claim'],
		['fa', 'سخنگوی طالبان گفت که هیچ شهروند خارجی در افغانستان بازداشت نمی‌شود.', 'denial'],
		['fa', 'سخنگوی طالبان گفت که طالبان به هیچ گروهی اجازه نمی‌دهد از خاک افغانستان استفاده کند.', 'claim'],
		['fa', 'سخنگوی پاکستان گفت که آمار دقیقی ذکر نکرده است.', 'claim'],
		['en', 'The Pakistani army said its troops had not shelled the village.', 'denial'],
		['en', 'The Pakistani army said its troops had shelled the village.', 'claim'],
		['en', 'US Forces said there were no civilians killed in those strikes.', 'denial'],
		['en', 'US Forces said there were civilians killed in those strikes.', 'claim'],
		['en', 'US officials said Iran likely did not order the attack.', 'claim'],
		['en', 'The Iranian foreign minister said Iran will not attack its neighbours.', 'claim'],
		['en', 'The Iranian foreign minister said al-Qaeda is not an important danger.', 'claim'],
		['ar', 'وقال المتحدث باسم الجيش الباكستاني إن الطائرات لم تقصف القرية.', 'denial'],
		['ar', 'وقال المتحدث باسم الجيش الباكستاني إن الطائرات قصفت القرية.', 'claim'],
		[
			'ar',
			'وقالت الخارجية الإيرانية إنه "لا توجد أي عناصر من تنظيم القاعدة على الأراضي الإيرانية".',
			'denial'
		],
		['ar', 'وقالت الخارجية الإيرانية إن "هذه ليست المرة الأولى التي توجه فيها إسرائيل الاتهامات".', 'claim'],
		['ar', 'وقال المتحدث إنه لا يوجد حتى الآن موعد للجنازة.', 'claim'],
		['ar', 'وقال مسؤولون أميركيون إنه من المرجح أن إيران لم تأمر بالهجوم.', 'claim'],
		// "no evidence was found", "refuting the claim"
		['en', 'The Taliban spokesman said no evidence was found that he had been detained.', 'denial'],
		['en', 'The Taliban spokesman said evidence was found that he had been detained.', 'claim'],
		// what did not happen is denied; what will not happen is promised
		['en', 'The Kremlin said the meeting did not take place.', 'denial'],
		// "has no presence": a denial; a presence is none
		['ar', 'وقالت الخارجية الإيرانية إن تنظيم القاعدة ليس لديه تواجد على الأراضي الإيرانية.', 'denial'],
		['ar', 'وقالت الخارجية الإيرانية إن لتنظيم القاعدة تواجدا في المنطقة.', 'claim'],
		['en', 'The Kremlin said the meeting will not take place.', 'claim'],
		['ar', 'وقال الكرملين إن الاجتماع لم يحدث.', 'denial'],
		['ar', 'وقال الكرملين إن الاجتماع لن يحدث.', 'claim'],
		['en', 'The White House assured Qatar that such an attack will not happen again.', 'claim'],
		// "challenged Pakistan's version", "no information to indicate": denials; a version of an app is no claim
		['en', 'The Baloch Liberation Army challenged Pakistan’s version of events.', 'denial'],
		[
			'en',
			'The Pentagon spokesman said there is no information to indicate that a missile hit the plane.',
			'denial'
		],
		[
			'en',
			'The Pentagon spokesman said there is information to indicate that a missile hit the plane.',
			'claim'
		]
	])('%s: «%s» is a %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((x) => x.act)).toEqual([act]);
	});

	// condemning a report is a denial of it; condemning an attack, or saying something, is not
	it.each([
		['ar', 'واستنكرت وزارة الخارجية الروسية التقرير.', ['denial']],
		['ar', 'ونددت إيران بالتقرير ووصفته بأنه "قصة مثيرة للسخرية".', ['denial']],
		['ar', 'ونددت إيران بالهجوم وقالت إنه جريمة.', ['claim']],
		['en', '"This report is utterly fake," Reuters reported, citing a Taliban spokesman.', ['denial']]
	])('%s: «%s» reads %j', (lang, text, acts) => {
		expect(read(lang, text).statements.map((x) => x.act)).toEqual(acts);
	});

	// a negated speech verb is no speech act, whatever the auxiliary ("hadn't yet revealed")
	it('en: "he hadn’t yet revealed" is no statement of what follows', () => {
		const st = read('en', 'Hersh said he knew more about the sabotage and hadn’t yet revealed everything.');
		expect(st.statements.map((x) => x.speaker)).toEqual(['Hersh']);
	});

	// announcing a rejection of claims is a denial; of a proposal, or refusing to comment, is not
	it.each([
		['ar', 'أعلنت الأمم المتحدة رفضها القاطع لأي اتهامات من قبل جماعة الحوثي.', 'denial'],
		['en', 'The Kremlin announced its rejection of the allegations.', 'denial'],
		['fa', 'وزارت خارجه پاکستان تکذیب قاطع این ادعاها را اعلام کرد.', 'denial'],
		['ar', 'أعلنت وزارة الخارجية الروسية رفضها لمشروع القرار.', 'claim'],
		['ar', 'وقال المتحدث باسم الكرملين إنه يرفض التعليق على التقارير.', 'claim'],
		['en', 'The Kremlin announced its rejection of the proposal.', 'claim'],
		['fa', 'وزارت خارجه پاکستان رد قاطع این طرح را اعلام کرد.', 'claim']
	])('%s: «%s» is a %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((x) => x.act)).toEqual([act]);
	});

	it('ar: «اتهامات من قبل X»: the owner after the agent is whom the denial answers', () => {
		const s = read(
			'ar',
			'اتهم الحوثيون الأمم المتحدة بالتجسس. وأعلنت الأمم المتحدة رفضها القاطع لأي اتهامات من قبل جماعة الحوثي.'
		);
		const [claim, denial] = s.statements;
		expect([claim.act, denial.act]).toEqual(['claim', 'denial']);
		expect(s.links).toContainEqual({ type: 'denies', from: denial.id, to: claim.id });
	});

	it.each([
		// a passive's agent speaks
		[
			'en',
			'The army said it struck the camp. This claim was summarily dismissed by U.S. officials.',
			'anonymous American officials'
		],
		[
			'en',
			'The army said it struck the camp. These reports have now been contradicted by Afghan media.',
			'Afghan media'
		],
		[
			'fa',
			'ارتش گفت که این حمله را انجام داده است. این گزارش از سوی وزارت خارجه روسیه تکذیب شد.',
			'Russian Foreign Ministry'
		],
		['fa', 'ارتش گفت که این حمله را انجام داده است. این ادعا توسط طالبان رد شد.', 'Taliban'],
		// a headline: who opens the line, a colon, what they say
		['ar', 'البيت الأبيض: لم نر أي مؤشر على أن مصر تقدم أسلحة لروسيا', 'White House'],
		// no indication, no evidence: a denial of what was reported
		[
			'en',
			'White House spokesman John Kirby told reporters that the US had seen no indication that Egypt was sending weapons.',
			'John Kirby'
		],
		// a report called inaccurate, misleading or a distortion; "had no role" in Persian (data)
		['fa', 'وزیر خارجه عربستان گفت که این گزارش غیر دقیق است.', 'Saudi foreign minister'],
		[
			'ar',
			'وقال المتحدث باسم الخارجية الإيرانية إن التقارير تشويه للحقائق.',
			'Iranian Foreign Ministry spokesperson'
		],
		['en', 'The Pentagon said the report was inaccurate.', 'Pentagon'],
		['fa', 'جان کربی گفت که واشنگتن در این حمله نقشی نداشته است.', 'جان کربی']
	])('%s: «%s» is a denial by %s', (lang, text, speaker) => {
		expect(
			read(lang, text)
				.statements.filter((x) => x.act === 'denial')
				.map((x) => x.speaker)
		).toEqual([speaker]);
	});

	it.each([
		// a passive with no agent says who spoke to no one; a passive of another verb is no speech
		['fa', 'ارتش گفت که این حمله را انجام داده است. این پیشنهاد در مجلس رد شد.'],
		['en', 'The army said it struck the camp. The proposal was rejected in a vote on Monday.'],
		// an outlet before a colon is a credit, not a speaker
		['en', 'Reuters: photographs of the damaged building were taken on Monday.']
	])('%s: «%s» has no denial and no new speaker', (lang, text) => {
		const st = read(lang, text).statements;
		expect(st.map((x) => x.act)).not.toContain('denial');
		expect(st.map((x) => x.speaker)).not.toContain('Reuters');
	});

	// an outlet named as one before a headline's colon reports what follows («خبرگزاری X:»,
	// «وكالة أنباء X:»), even in no list; its name stops at the colon
	it.each([
		['fa', 'خبرگزاری راسک: سراج‌الدین حقانی استعفا کرد', 'راسک'],
		['ar', 'وكالة أنباء راسك: إيران أطلقت صاروخا اليوم', 'راسك'],
		['ar', 'وكالة أنباء فارس: إيران أطلقت صاروخا اليوم', 'Fars News'],
		['fa', 'خبرگزاری فارس: سراج‌الدین حقانی استعفا کرد', 'Fars News']
	])('%s: «%s» is a report by %s', (lang, text, speaker) => {
		const st = read(lang, text).statements;
		expect(st.map((x) => [x.act, x.speaker])).toEqual([['report', speaker]]);
	});

	// a claim named in one clause is not the object of a denial verb that opens the next («…، نفى X أن …»)
	it('ar: «وردا على مزاعم وسائل الإعلام، نفى …» names no claim of the media as the denial’s object', () => {
		const s = read(
			'ar',
			'وردا على مزاعم وسائل الإعلام الأمريكية، نفى المتحدث باسم الكرملين أن تكون مصر قد أرسلت صواريخ إلى روسيا.'
		);
		expect(s.statements.map((x) => x.act)).toEqual(['denial']);
	});

	it.each([
		['en', 'A Pentagon spokesman declined to confirm or deny the report.'],
		['ar', 'ورفض المتحدث التعليق على التقرير.'],
		['fa', 'سخنگوی وزارت خارجه از اظهار نظر خودداری کرد.'],
		// a negated speech verb and a refusal to let something happen are no denials
		['ar', 'وكان قائد القوات الأمريكية قد قال إنه لا يمكنه نفي صحة المعلومات.'],
		['ar', 'ورفضت طالبان أن تسير الولايات المتحدة طائرات فوق أراضيها.'],
		['fa', 'سخنگوی وزارت خارجه اوکراین گفت که اطلاعات بیشتری منتشر خواهد شد.'],
		// "presented no evidence" is the reporter's remark, not "has no evidence that …"
		[
			'en',
			'There was no verification of the attack, which Russian authorities said occurred overnight but presented no evidence in support.'
		]
	])('%s: «%s» is no denial', (lang, text) => {
		expect(read(lang, text).statements.map((x) => x.act)).not.toContain('denial');
	});

	it.each([
		[
			'ar',
			'نفى وزير الخارجية الروسي سيرجي لافروف تقرير وكالة أسوشيتيد برس عن نقله إلى مستشفى.',
			'أسوشيتيد برس'
		],
		['en', 'Kyiv rejected the Pentagon’s allegations of a cover-up.', 'Pentagon'],
		['ar', 'نفت حركة طالبان تصريحات مسؤول روسي عن تبادل المعلومات.', 'anonymous Russian official'],
		// "by X's Y": Y owns the claim when it is an actor ("Yemen's Houthi authorities"), else X
		['en', 'The UN rejected accusations by Yemen’s Houthi authorities that its staff were spies.', 'Houthis'],
		['en', "Pakistan rejected claims by Afghanistan's government that it struck Khost.", 'Afghanistan'],
		// Persian puts the verb last: the claim and its owner, «را», then the denial
		['fa', 'طالبان ادعای وزیر خارجه آمریکا را رد کرد.', 'American foreign minister'],
		['fa', 'ارتش پاکستان گزارش خبرگزاری ایسنا را تکذیب کرد.', 'ISNA']
	])(
		'%s: a claim only referred to («%s») is a statement of %s, and the denial answers it',
		(lang, text, owner) => {
			const s = read(lang, text);
			const claim = s.statements.find((x) => x.speaker === owner);
			const denial = s.statements.find((x) => x.act === 'denial');
			expect(claim).toBeDefined();
			expect(s.links).toContainEqual({ type: 'denies', from: denial!.id, to: claim!.id });
		}
	);
});

describe('a verb of speech only with the word it needs', () => {
	it.each([
		['ar', 'وحمل المتظاهرون لافتات كتب عليها شعارات.'],
		['ar', 'وعبر المتظاهرون الجسر إلى وسط المدينة.']
	])('%s: «%s» says nothing', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});
});

describe('a statement said again and again has no one time', () => {
	it.each([
		['en', 'However, Kabul has consistently denied such claims.'],
		['ar', 'ولطالما نفت طهران هذه الاتهامات.'],
		['fa', 'پاکستان همواره طالبان را به پناه دادن به شبه‌نظامیان متهم کرده است.'],
		['en', 'Pakistan has long accused the Taliban of sheltering militants.'],
		// said on and on: a progressive, «لا تزال», «ما زالت» (before the verb or its subject)
		['en', 'The Taliban-led Afghan government has been denying the presence of militants.'],
		['ar', 'ولا تزال طالبان تنفي وجود مسلحين.'],
		['ar', 'وما زالت إيران تؤكد أن برنامجها سلمي.']
	])('%s: %s is undated', (lang, text) => {
		const st = read(lang, text).statements;
		expect(st).toHaveLength(1);
		expect(st[0].saidAt).toBeNull();
	});
	// look-alikes: the habit is in what was said; a day of its own
	it.each([
		['fa', 'سخنگوی طالبان گفت که ایران همواره از گفت‌وگو حمایت کرده است.', '2023-05-04'],
		['ar', 'وقال المتحدث إن إيران دائما ترفض التدخل.', '2023-05-04'],
		['en', 'The Taliban said on Tuesday that they have always rejected foreign interference.', '2023-05-02'],
		['ar', 'وقالت طالبان إنها لا تزال تسيطر على الولاية.', '2023-05-04'],
		['en', 'Iran said it had been attacked.', '2023-05-04']
	])('%s: %s is dated %s', (lang, text, day) => {
		expect(read(lang, text).statements[0].saidAt?.earliest).toBe(day);
	});
});

describe('a statement’s time is the date of its own clause', () => {
	it.each([
		['ar', 'نفت الخارجية الروسية، الخميس ٢٤ ديسمبر ٢٠١٥، أي اتصالات مع الحركة.', '2015-12-28', '2015-12-24'],
		['en', 'The Kremlin said on Thursday that the drones were shot down.', '2023-05-06', '2023-05-04'],
		[
			'fa',
			'ذبیح‌الله مجاهد روز شنبه ۱۵ حمل ۱۴۰۴ گفت که این حمله را محکوم می‌کند.',
			'2025-04-07',
			'2025-04-04'
		],
		// no date in its clause: the publication day; a date inside what was said dates the event instead
		['en', 'Reuters reported that the meeting took place on 3 May 2023.', '2023-05-06', '2023-05-06'],
		// a quotation closed before a speaker of several words is what was said, its date too
		[
			'en',
			'“The Kremlin assessed the attack as a terrorist act on the eve of the 9 May Parade,” Russia’s state news agency RIA reported.',
			'2023-05-03',
			'2023-05-03'
		]
	])('%s: «%s» (published %s) was said on %s', (lang, text, published, day) => {
		const st = read(lang, text, published).statements[0];
		expect(st.saidAt).toMatchObject({ earliest: day, latest: day });
	});

	it.each([
		// a speaker's name in quotes is no quotation: the date after it is the clause's own
		[
			'ar',
			'وقال مصدر أمني في "أنصار الله" في تصريحات أمس الأربعاء، إن الحركة لم تشارك.',
			'anonymous',
			'2023-05-03'
		],
		['ar', 'وقال "حزب الله" في بيان أمس الأربعاء إن الحركة لم تشارك.', 'Hezbollah', '2023-05-03'],
		['ar', 'وقالت "تسنيم" مساء الثلاثاء إن الهجوم فشل.', 'Tasnim', '2023-05-02'],
		// look-alike: a quotation that opens with a name is what was said (no date in the clause: the page's day)
		['ar', 'وقال المتحدث: "حزب الله" لم يشارك في الهجوم يوم الثلاثاء.', 'spokesperson', '2023-05-04']
	])('%s: «%s» is said by %s on %s', (lang, text, speaker, day) => {
		const s = read(lang, text);
		expect(s.statements).toHaveLength(1);
		expect(s.statements[0].speaker).toContain(speaker);
		expect(s.statements[0].saidAt).toMatchObject({ earliest: day, latest: day });
	});

	it('reads no statement from a verb whose only quotation marks enclose a name', () => {
		// «يؤكدون انتماءهم لتنظيم "الدولة الإسلامية"»: fighters who assert they belong to it; ISIS says nothing
		expect(
			read(
				'ar',
				'والمقاتلون الذين يؤكدون انتماءهم لتنظيم "الدولة الإسلامية" هم في أغلب الأحيان أعضاء سابقون في طالبان.'
			).statements
		).toEqual([]);
	});

	it('takes the day a page shows within the month its address gives, and no other day', () => {
		const doc = (head: string) =>
			readDocuments([
				{
					path: 'a.txt',
					text: `عنوان\n\n${head}\nوقالت الخارجية الروسية اليوم الخميس إن التقرير كاذب.\n`,
					meta: { lang: 'ar', published: '2023-02', publishedSource: 'url', outlet: null }
				}
			]);
		const within = doc('الخميس ٩ فبراير ٢٠٢٣ الساعة ٨:٥٨ صباحاً');
		expect(within.documents[0].published?.edtf).toBe('2023-02-09');
		expect(within.statements[0].saidAt).toMatchObject({ earliest: '2023-02-09', latest: '2023-02-09' });
		// a day outside the address's month is not the page's: the month stays
		expect(doc('الخميس ٩ مارس ٢٠٢٣').documents[0].published?.edtf).toBe('2023-02');
	});

	it.each([
		[
			'fa',
			'تاجیکستان گفت سه شهروند چین در یک حمله کشته شدند. بر اساس این بیانیه، در این حمله که روز چهارشنبه به وقوع پیوست، بم دستی در یک پهپاد جابجا شده بود.'
		],
		[
			'ar',
			'وقالت طاجيكستان إن ثلاثة صينيين قتلوا في هجوم. وأضافت أن هذا الهجوم الذي وقع يوم الأربعاء نفذ بطائرة مسيرة.'
		],
		[
			'en',
			'Tajikistan said three Chinese nationals were killed in an attack. This attack, which took place on Wednesday, was carried out with a drone.'
		]
	])('%s: an event pointed back to takes the day of the relative clause after it: «%s»', (lang, text) => {
		const attacks = read(lang, text, '2024-01-18').events.filter((e) => e.reading?.head === 'attack');
		expect(attacks).toHaveLength(1);
		expect(attacks[0].when).toMatchObject({ earliest: '2024-01-17', latest: '2024-01-17' });
	});

	it('reads a kind of police with its state’s adjective as that state’s police, not the police told before', () => {
		const s = read(
			'en',
			'Danish police said the suspect was arrested. Swedish security police said they helped.'
		);
		expect(s.statements.map((x) => x.speaker)).toEqual(['Danish police', 'Swedish police']);
	});

	it('reads no saying in a passive with a date before its verb ("who was last week named as")', () => {
		const s = read(
			'en',
			'Baradar, who was last week named as a number two to Mullah Mohammed Hassan Akhund, blamed the media for the rumours.',
			'2021-09-13'
		);
		expect(s.statements).toHaveLength(1);
		expect(s.statements[0].saidAt).toMatchObject({ earliest: '2021-09-13', latest: '2021-09-13' });
		const named = s.events.filter((e) => e.reading?.head === 'appointment');
		expect(named).toHaveLength(1);
		expect(named[0].when).toMatchObject({ earliest: '2021-09-06', latest: '2021-09-12' });
	});

	it('keeps a date of another clause off an event pointed back to (look-alike)', () => {
		// «این حمله روز شنبه محکوم شد»: condemned on Saturday, not attacked on Saturday
		const s = read('fa', 'روسیه دیروز به اوکراین حمله کرد. این حمله روز شنبه محکوم شد.', '2024-01-18');
		const attacks = s.events.filter((e) => e.reading?.head === 'attack');
		expect(attacks).toHaveLength(1);
		expect(attacks[0].when).toMatchObject({ earliest: '2024-01-17' });
	});

	it('takes a date after the article that opens what was said for the event, not the saying', () => {
		const s = read(
			'en',
			'In an earlier statement, Pakistan had said the strike late on Tuesday “resulted in the death of two children”.',
			'2023-05-06'
		);
		expect(s.statements[0].saidAt?.earliest).toBe('2023-05-06');
		expect(s.events[0].when?.earliest).toBe('2023-05-02');
	});

	it('dates the event by the date inside what was said, not by the saying', () => {
		const s = read(
			'en',
			'Reuters reported on Friday that the meeting took place on 3 May 2023.',
			'2023-05-06'
		);
		expect(s.statements[0].saidAt?.earliest).toBe('2023-05-05');
		expect(s.events[0].when?.earliest).toBe('2023-05-03');
	});
});

describe('a date before a comma is its own clause’s event’s; what the event did to people happened then', () => {
	it.each([
		['en', 'Militants attacked a police post in Bannu on Monday, killing five officers.'],
		['fa', 'شبه‌نظامیان روز دوشنبه به یک پاسگاه پلیس در بنو حمله کردند، که در نتیجه پنج پلیس کشته شدند.']
	])('%s: %s', (lang, text) => {
		const ev = read(lang, text, '2024-05-10').events;
		expect(ev.find((e) => e.summary.startsWith('attack'))?.when?.earliest).toBe('2024-05-06');
		expect(ev.find((e) => e.summary.startsWith('killing'))?.when?.earliest).toBe('2024-05-06');
	});
	// look-alike: a date after the comma is the next clause's event's
	it('en: "…last month, and on Tuesday police arrested two suspects"', () => {
		const ev = read(
			'en',
			'Militants attacked a police post in Bannu last month, and on Tuesday police arrested two suspects.',
			'2024-05-10'
		).events;
		expect(ev.find((e) => e.summary.startsWith('arrest'))?.when?.earliest).toBe('2024-05-07');
		expect(ev.find((e) => e.summary.startsWith('attack'))?.when?.earliest).toBe('2024-04-01');
	});
});

describe('events with their own time in every language', () => {
	it.each([
		[
			'ar',
			'وقتل ثلاثة جنود في هجوم على نقطة تفتيش يوم الأحد ١٢ مارس ٢٠٢٣.',
			'2023-03-15',
			'attack',
			'2023-03-12'
		],
		[
			'fa',
			'روز شنبه ۱۵ حمل در حمله‌ای در ولایت خوست سه سرباز کشته شدند.',
			'2025-04-07',
			'attack',
			'2025-04-04'
		],
		['en', 'Police arrested two journalists in Kabul on 3 March 2024.', '2024-03-05', 'arrest', '2024-03-03'],
		// a person gone missing (a weak word: kept with a party or a date of its own)
		['en', 'Tsurkov disappeared in Baghdad on 21 March 2023.', '2025-09-09', 'disappearance', '2023-03-21'],
		['ar', 'واختفت الباحثة في بغداد في 21 مارس 2023.', '2025-09-09', 'disappearance', '2023-03-21'],
		['fa', 'این پژوهشگر روز ۱ فروردین ۱۴۰۲ در بغداد ناپدید شد.', '2025-09-09', 'disappearance', '2023-03-21'],
		['ar', 'وقعت روسيا وإيران اتفاقية تعاون في 17 يناير 2025.', '2025-01-20', 'agreement', '2025-01-17'],
		// withdrawals, seizures of power, foundings (weak: with a party or a date of their own)
		[
			'en',
			'All U.S. and NATO troops withdrew from Afghanistan in August 2021.',
			'2025-03-01',
			'withdrawal',
			'2021-08-01/2021-08-31'
		],
		[
			'ar',
			'انسحبت القوات الأمريكية من أفغانستان في أغسطس 2021.',
			'2025-03-01',
			'withdrawal',
			'2021-08-01/2021-08-31'
		],
		[
			'en',
			'The Taliban returned to power in Kabul on 15 August 2021.',
			'2025-03-01',
			'takeover',
			'2021-08-15'
		],
		['fa', 'طالبان در ۲۴ اسد ۱۴۰۰ به قدرت رسیدند.', '2025-03-01', 'takeover', '2021-08-15'],
		['en', 'Jaish al-Adl was founded in 2012.', '2025-03-01', 'founding', '2012-01-01/2012-12-31'],
		['fa', 'وزیر خارجه ایران روز دوشنبه ۱۴ آبان ۱۴۰۳ به مسکو سفر کرد.', '2024-11-06', 'visit', '2024-11-04'],
		// «کشتند» (they killed), «قتلت»: the verbs, not only the nouns
		[
			'fa',
			'طالبان روز شنبه ۱۵ حمل سه سرباز پاکستانی را در ولایت خوست کشتند.',
			'2025-04-07',
			'killing',
			'2025-04-04'
		],
		[
			'ar',
			'قتلت القوات الباكستانية ثلاثة مسلحين يوم السبت ٥ أبريل ٢٠٢٥.',
			'2025-04-07',
			'killing',
			'2025-04-05'
		],
		// crashes, drownings, forced evictions, annexations (events.ts data)
		['ar', 'تحطمت طائرة قائد مجموعة فاغنر يوم الأربعاء 23 أغسطس 2023.', '2023-08-25', 'crash', '2023-08-23'],
		[
			'fa',
			'بالگرد رئیس‌جمهور روز یکشنبه ۳۰ اردیبهشت ۱۴۰۳ در ورزقان سقوط کرد و سانحه هوایی رخ داد.',
			'2024-05-21',
			'crash',
			'2024-05-19'
		],
		['en', 'The plane crashed north of Moscow on August 23, 2023.', '2023-08-25', 'crash', '2023-08-23'],
		[
			'ar',
			'غرق 20 مهاجرا أفغانيا في نهر هريرود يوم الجمعة 1 مايو 2020.',
			'2020-05-05',
			'drowning',
			'2020-05-01'
		],
		[
			'fa',
			'پنجاه مهاجر افغان روز جمعه ۱۲ ثور ۱۳۹۹ در هریرود غرق شدند.',
			'2020-05-05',
			'drowning',
			'2020-05-01'
		],
		[
			'en',
			'Dozens of migrants drowned in the Harirud river on May 1, 2020.',
			'2020-05-05',
			'drowning',
			'2020-05-01'
		],
		[
			'en',
			'The Taliban forcibly evicted hundreds of Hazara families in October 2021.',
			'2021-10-25',
			'forced eviction',
			'2021-10-01/2021-10-31'
		],
		[
			'fa',
			'طالبان در میزان ۱۴۰۰ صدها خانواده هزاره را کوچ اجباری دادند.',
			'2021-10-25',
			'forced eviction',
			'2021-09-23/2021-10-22'
		],
		[
			'en',
			'Western Sahara was annexed by Morocco in 1975.',
			'2021-11-03',
			'annexation',
			'1975-01-01/1975-12-31'
		],
		// launched an attack, an investigation: that is the event, not a launch (not=undertaking)
		['en', 'Hamas launched an attack on Israel on October 7, 2023.', '2023-10-08', 'attack', '2023-10-07'],
		[
			'en',
			'The ministry launched an investigation on Monday, June 3, 2024.',
			'2024-06-04',
			'investigation',
			'2024-06-03'
		],
		[
			'en',
			'The Houthis launched a missile at the ship on Monday, June 3, 2024.',
			'2024-06-04',
			'launch',
			'2024-06-03'
		],
		// sentencing, terrorist designations, cyberattacks, severed ties, takeovers, recalled envoys (events.ts data)
		[
			'ar',
			'وأصدرت محكمة إيرانية حكما بإعدام ثلاثة متهمين يوم الأحد 5 مايو 2024.',
			'2024-05-07',
			'sentencing',
			'2024-05-05'
		],
		[
			'fa',
			'سه نفر روز یکشنبه ۱۶ اردیبهشت ۱۴۰۳ به اعدام محکوم شدند.',
			'2024-05-07',
			'sentencing',
			'2024-05-05'
		],
		[
			'en',
			'An Iranian court sentenced three members of the group on May 5, 2024.',
			'2024-05-07',
			'sentencing',
			'2024-05-05'
		],
		[
			'ar',
			'وأدرجت كندا الحرس الثوري على قائمة الإرهاب في يونيو 2024.',
			'2024-06-25',
			'terrorist designation',
			'2024-06-01/2024-06-30'
		],
		[
			'en',
			'Iranian hackers hacked into the account of a campaign official in June 2024.',
			'2024-08-12',
			'cyberattack',
			'2024-06-01/2024-06-30'
		],
		[
			'ar',
			'وكانت الجزائر قطعت علاقاتها الدبلوماسية مع المغرب في أغسطس 2021.',
			'2021-11-03',
			'severance of ties',
			'2021-08-01/2021-08-31'
		],
		['fa', 'طالبان در ماه اسد ۱۴۰۰ روی کار آمدند.', '2021-10-25', 'takeover', '2021-07-23/2021-08-22'],
		[
			'ar',
			'وأصبحت المدينة بالكامل تحت سيطرة الحركة يوم الاثنين 6 سبتمبر 2021.',
			'2021-09-07',
			'takeover',
			'2021-09-06'
		],
		[
			'en',
			'Pakistan recalled its envoy from Kabul on Friday, December 2, 2022.',
			'2022-12-04',
			'withdrawal',
			'2022-12-02'
		],
		['fa', 'دو زخمی روز شنبه ۱۳ ثور ۱۳۹۹ به شفاخانه منتقل شدند.', '2020-05-05', 'injury', '2020-05-02']
	])('%s: «%s» holds a %s on %s', (lang, text, published, head, day) => {
		const ev = read(lang, text, published).events.find((e) => e.reading?.head === head);
		const [earliest, latest = earliest] = day.split('/');
		expect(ev?.when).toMatchObject({ earliest, latest });
	});

	it.each([
		// what did not happen is no event
		['ar', 'وأضافت: لم نتواصل مع أي جهة أو نجري محادثات معها.'],
		// «حملة» is a campaign in Arabic, not «حمله» (an attack) in Persian
		['ar', 'أطلقت الحكومة حملة توعية في المدارس.'],
		// negated after the noun in Persian: «دیدار نکرد», «حمله نکردند», «کشته نشد»
		['fa', 'وزیر خارجه ایران روز شنبه با سرگئی لاوروف در مسکو دیدار نکرد.'],
		['fa', 'نیروهای پاکستانی روز شنبه ۱۵ حمل به ولایت خوست حمله نکردند.'],
		['fa', 'در این حمله هیچ کس کشته نشد.'],
		['fa', 'سه غیرنظامی روز شنبه در خوست به قتل نرسیدند.'],
		['en', 'Nobody was injured in Kabul on Monday.'],
		// «غرق في الديون», «ضم الوفد»: drowned in debt, the delegation included — no drowning, no annexation
		['ar', 'وقال إن البلد غرق في الديون منذ سنوات.'],
		['ar', 'وضم الوفد وزيري الخارجية والدفاع.'],
		// a thing gone, with no party or date of its own, is no disappearance
		['en', 'The file disappeared.'],
		// threatened, possible: not told as having happened
		['en', 'Pakistan threatened to strike Afghanistan.'],
		['ar', 'هددت باكستان بشن غارات على أفغانستان.'],
		['fa', 'پاکستان ممکن است به افغانستان حمله کند.'],
		['fa', 'اقدامی که ممکن است ضربه دیگری به مناسبات آمریکا و چین بزند.'],
		// «تعليق» is a comment, «رادیو آزادی» a radio, «صاروخ» a weapon: none is an event
		['ar', 'وقوبل التقرير بتعليق رسمي من القاهرة وموسكو.'],
		['ar', 'علقت كييف على اتهامات روسيا لها.'],
		['fa', 'برخی منابع در اسلام آباد به رادیو آزادی گفتند که جت‌ها از پاکستان پرواز کردند.'],
		['ar', 'قامت الحكومة المصرية بإنتاج نحو 40 ألف صاروخ لروسيا.'],
		// a participle describing a noun: "a leaked document", "the detained employees"
		['en', 'The Post reported, citing a leaked US intelligence document, that the army was ready.'],
		['en', 'Officials said the detained UN employees were spies.'],
		// a killing tried is no killing; a meeting called for has not taken place
		['ar', 'واتهمت روسيا كييف بمحاولة قتل الرئيس الروسي فلاديمير بوتين.'],
		['fa', 'کرملین کیف را به تلاش برای کشتن ولادیمیر پوتین متهم کرد.'],
		['en', 'Ukraine: Assassination bid on Vladimir Putin?'],
		['ar', 'دعت زاخاروفا حلف الناتو لعقد اجتماع طارئ لبحث التفجيرات.'],
		// «کشت» is also sowing
		['fa', 'کشاورزان گندم را در ولایت خوست کشت کردند.'],
		// released, published: a report or a video set free is no release (not=publication)
		['en', 'The Taliban released a video on Monday showing the hostages.'],
		['en', 'The group released its new findings on Monday.'],
		// a sentence of speech, a stroke in a match, a lasting rule: no sentencing, hack or takeover
		['en', 'The minister said the sentence was badly translated.'],
		['en', 'He hacked at the ball and missed.'],
		['fa', 'آمریکا این حمله را به شدت محکوم کرد.']
	])('%s: «%s» holds no event', (lang, text) => {
		expect(read(lang, text).events.map((e) => e.reading?.head)).toEqual([]);
	});

	it.each([
		// the look-alikes of the negated and threatened ones above, told as done
		['fa', 'نیروهای پاکستانی روز شنبه ۱۵ حمل به ولایت خوست حمله کردند.', '2025-04-07', ['attack']],
		['en', 'Pakistan struck Afghanistan on Monday.', '2023-05-04', ['strike']],
		['fa', 'نیروهای پاکستانی و افغان روز شنبه در مرز درگیر شدند.', '2023-05-04', ['clashes']],
		['ar', 'شنت باكستان غارات على أفغانستان يوم الاثنين.', '2023-05-04', ['strike']],
		// what an attack did to people is an event of its own: the attack and the deaths (FORMAT's
		// killing, death and injury events), the dead and the wounded one
		[
			'ar',
			'وقتل ثلاثة جنود في هجوم على نقطة تفتيش يوم الأحد ١٢ مارس ٢٠٢٣.',
			'2023-03-15',
			['killing', 'attack']
		],
		[
			'fa',
			'در حمله هوایی پاکستان در ولایت خوست ده غیرنظامی کشته و چهار تن زخمی شدند.',
			'2023-05-04',
			['strike', 'killing']
		],
		[
			'en',
			'An Israeli airstrike killed several senior Houthi officials in Sanaa on Monday.',
			'2023-05-04',
			['strike', 'killing']
		],
		// the dead and the wounded of one sentence are one happening; with no attack told, a killing
		['en', 'Three soldiers were killed and five were injured in Kabul on Monday.', '2023-05-04', ['killing']],
		['en', 'Three soldiers were killed in Kabul on Monday.', '2023-05-04', ['killing']],
		// what an attack is aimed at (a meeting) is its target, not an event of its own
		['ar', 'شنت إسرائيل غارة استهدفت اجتماع حكومة الحوثيين في صنعاء يوم الخميس.', '2023-05-04', ['strike']],
		[
			'en',
			'An Israeli strike on a meeting of the Houthi government in Sanaa on Thursday killed ministers.',
			'2023-05-04',
			['strike', 'killing']
		],
		[
			'fa',
			'حمله هوایی اسرائیل به نشست دولت حوثی‌ها در صنعا روز پنجشنبه چند وزیر را کشت.',
			'2023-05-04',
			['strike', 'killing']
		],
		['en', 'Police detained UN employees in Sanaa on Monday.', '2023-05-04', ['arrest']],
		// an arrest is a happening even with no party or day read (events data: arrest is an incident)…
		['en', 'The suspect had been arrested hours after the incident.', '2023-05-04', ['arrest']],
		// …but a warrant for one is no arrest
		['en', 'The court issued an arrest warrant for him.', '2023-05-04', []],
		// «هجمات جوية» are air strikes
		[
			'ar',
			'وأفادت الوكالة بمقتل عشرة أشخاص في هجمات جوية ليلية نفذها الجيش الباكستاني.',
			'2023-05-04',
			['killing', 'strike']
		],
		// an inquiry or a sending told as begun or under way, with no party or day of its own
		['fa', 'تحقیقات در مورد آن آغاز شده است.', '2023-05-04', ['investigation']],
		['en', 'Investigations into the incident are ongoing.', '2023-05-04', ['investigation']],
		// (typed by its first event word, «إرسال»: a sending)
		['ar', 'تم إرسال فرق التحقيق إلى مكان الحادث.', '2023-05-04', ['delivery']],
		// …but not one only called for or needed
		['fa', 'تحقیقات بیشتر در این باره لازم است.', '2023-05-04', []],
		['en', 'An investigation would be needed.', '2023-05-04', []],
		['en', 'Gunmen killed Vladimir Putin’s driver on Monday.', '2023-05-04', ['killing']],
		// «وقعت التفجيرات»: the explosions took place, nothing was signed; «وقعت روسيا وإيران اتفاقية»: signed
		['ar', 'وقعت التفجيرات قبالة شواطئ السويد والدنمارك.', '2023-05-04', ['attack']],
		['ar', 'وقعت روسيا وإيران اتفاقية تعاون يوم الاثنين.', '2023-05-04', ['agreement']],
		// a trip postponed did not take place: the postponement is the event, with its day
		[
			'fa',
			'یک مقام آمریکایی گفت سفر وزیر خارجه آمریکا به چین به تعویق افتاده است.',
			'2023-02-04',
			['postponement']
		],
		['en', 'Antony Blinken postponed his trip to China on Friday.', '2023-02-04', ['postponement']],
		['ar', 'أرجأ وزير الخارجية الأمريكي زيارته إلى الصين يوم الجمعة.', '2023-02-04', ['postponement']],
		['en', 'Antony Blinken visited China on Friday.', '2023-02-04', ['visit']],
		// a release with its object between verb and «سراح»
		[
			'ar',
			'وفي وقت سابق يوم الاثنين، أطلقت "أنصار الله" سراح 20 موظفا لدى الأمم المتحدة.',
			'2023-05-04',
			['release']
		]
	])('%s: «%s» (published %s) holds %j', (lang, text, published, heads) => {
		expect(read(lang, text, published).events.map((e) => e.reading?.head)).toEqual(heads);
	});

	it.each([
		// «این حمله», «هذه الغارة», "the strike": the event told before, even with a party named again
		[
			'fa',
			'نیروهای پاکستانی روز دوشنبه به ولایت خوست حمله کردند. ذبیح‌الله مجاهد گفت این حمله پاکستان نقض حریم هوایی افغانستان است.',
			'attack',
			1
		],
		[
			'en',
			'Pakistani jets struck a house in Khost on Monday. The Taliban condemned the strike by Pakistan.',
			'strike',
			1
		],
		[
			'ar',
			'شنت باكستان غارة جوية على منزل في خوست يوم الاثنين. وأدانت طالبان هذه الغارة الباكستانية.',
			'strike',
			1
		],
		// a demonstrative points back to the event of its family told in other words before
		[
			'fa',
			'روسیه اوکراین را به حمله به کاخ کرملین متهم کرد. کرملین اعلام کرد این حمله پهپادی با هدف ترور پوتین بوده است.',
			'attack',
			1
		],
		[
			'en',
			'Russia accused Ukraine of an attack on the Kremlin. Peskov said this drone strike was planned in Kyiv.',
			'attack',
			1
		],
		[
			'ar',
			'اتهمت روسيا أوكرانيا بالهجوم على الكرملين. وقال بيسكوف إن هذه الضربة الجوية خطط لها في كييف.',
			'attack',
			1
		],
		// a second one with a day of its own is another event
		[
			'en',
			'Pakistani jets struck a house in Khost on Monday. A second strike by Pakistan hit Kunar on Tuesday.',
			'strike',
			2
		]
	])('%s: «%s» tells %s %i time(s)', (lang, text, head, n) => {
		const evs = read(lang, text).events.filter((e) => e.reading?.head === head);
		expect(evs.length).toBe(n);
		if (n === 1) expect(evs[0].evidence.length).toBe(2);
	});

	it.each([
		['fa', 'ذبیح الله مجاهد امروز سه شنبه (۴ قوس) گفت که حملات هوایی پاکستان نقض حریم هوایی افغانستان است.'],
		['ar', 'وقال ذبيح الله مجاهد اليوم الثلاثاء (25 نوفمبر) إن الغارات الباكستانية انتهاك لسيادة أفغانستان.']
	])('%s: «%s»: the day restated beside the saying dates the saying, not the event', (lang, text) => {
		const s = read(lang, text, '2025-11-25');
		expect(s.statements[0].saidAt?.earliest).toBe('2025-11-25');
		expect(s.events.map((e) => e.when)).toEqual([null]);
	});

	it.each([
		[
			'fa',
			'سازمان ملل متحد اعلام کرد که ۵۵ نفر از کارکنانش از سال ۲۰۲۱ میلادی تاکنون بازداشت شده‌اند، که در میان آنها دو نفر روز پنجشنبه دستگیر شده‌اند.',
			2
		],
		[
			'ar',
			'وأعلنت الأمم المتحدة الجمعة أن 55 من موظفيها اعتقلتهم الجماعة منذ عام 2021، بينهم اثنان اعتُقلا الخميس.',
			2
		],
		['en', 'Police have arrested 55 UN staff since 2021, including two who were arrested on Thursday.', 2],
		// in one clause, one arrest
		['en', 'Police arrested two journalists and arrested a driver on Thursday.', 1]
	])('%s: «%s» tells %i arrest(s), each with the day of its clause', (lang, text, n) => {
		const evs = read(lang, text).events.filter((e) => e.reading?.head === 'arrest');
		expect(evs.length).toBe(n);
		expect(evs[evs.length - 1].when?.earliest).toBe('2023-05-04');
	});

	it.each([
		// the saying comes after a comma: the day before it is the strike's
		['en', 'Pakistani jets struck Kunar on Monday, the Taliban said.', '2023-05-01'],
		['fa', 'جت‌های پاکستانی روز دوشنبه ولایت کنر را بمباران کردند، طالبان گفتند.', '2023-05-01'],
		['ar', 'قصفت الطائرات الباكستانية ولاية كونار يوم الاثنين، بحسب طالبان.', '2023-05-01'],
		// the day of the saying's own clause is not the strike's
		['en', 'The Taliban said on Monday that Pakistani jets struck Kunar.', null]
	])('%s: «%s»: the strike is dated %s', (lang, text, day) => {
		const ev = read(lang, text).events.find((e) => e.reading?.head === 'strike');
		expect(ev?.when?.earliest ?? null).toBe(day);
	});

	it('reads a name the gazetteer does not know right after "in" as the place, not a party', () => {
		const ev = read('en', 'Pakistani jets struck a house in Khost on Monday.').events[0];
		expect(ev.participants).toEqual(['Pakistan']);
		expect(ev.place).toBe('Khost');
		// the same name as what was struck is a party
		expect(read('en', 'Pakistani jets struck Khost on Monday.').events[0].participants).toContain('Khost');
	});

	it('does not take a capitalised word of the lexicon for a party ("Investigations into…")', () => {
		expect(read('en', 'Investigations into the incident are ongoing.').events[0].participants).toEqual([]);
		// a name the lexicon does not hold is one
		expect(read('en', 'Mehsud was killed in Kabul on Monday.').events[0].participants).toContain('Mehsud');
	});

	it('reads «باكستان» after «قصفت» as who struck, not as «بـ» + a place', () => {
		const ev = read('ar', 'قصفت باكستان خوست يوم الاثنين.').events[0];
		expect(ev.participants).toContain('Pakistan');
		expect(ev.place).toBeNull();
	});

	it('does not date an event by the page date a label glues to its line («date 2025-10-25 اعتقلت …»)', () => {
		const doc = (body: string) =>
			readDocuments([
				{ path: 'b.txt', text: `عنوان\n\n${body}\n`, meta: { lang: 'ar', published: null, outlet: null } }
			]);
		const labelled = doc(' date 2025-10-25 اعتقلت الشرطة سبعة صحفيين في صنعاء.');
		expect(labelled.documents[0].published?.earliest).toBe('2025-10-25');
		expect(labelled.events[0].when).toBeNull();
		// the same date in the clause itself dates the event
		expect(doc('اعتقلت الشرطة سبعة صحفيين في صنعاء يوم 2025-10-24.').events[0].when?.earliest).toBe(
			'2025-10-24'
		);
	});
});

describe('one story across documents and languages', () => {
	it.each([
		// one strike on one day, told in Persian with other parties than in English: one event
		['دوشنبه ۳ قوس', 1],
		// the day before: another strike
		['یکشنبه ۲ قوس', 2]
	])('a strike on Monday 24 November and one of the Taliban on «%s»: %i strike(s)', (day, n) => {
		const doc = (path: string, lang: string, text: string) => ({
			path,
			text: `عنوان\n\n${text}\n`,
			meta: { lang, published: '2025-11-25', outlet: null }
		});
		const s = readDocuments([
			doc('a.txt', 'en', 'Pakistani jets struck a house in Khost on Monday 24 November.'),
			doc('b.txt', 'fa', `طالبان روز ${day} هدف حملات هوایی قرار گرفتند.`)
		]);
		expect(s.events.filter((e) => e.reading?.head === 'strike').length).toBe(n);
	});

	it.each([
		// one named person's killing, and a killing with them and a party in it: one event
		[
			'Sergey Lavrov was killed, rumours said.',
			'Ukrainian media claimed that Ukraine killed Sergey Lavrov.',
			1
		],
		// two parties each beside the same person: two tellings that disagree, kept apart
		[
			'Ukraine killed Sergey Lavrov, rumours said.',
			'Ukrainian media claimed that Iran killed Sergey Lavrov.',
			2
		]
	])('«%s» + «%s»: %i killing(s)', (a, b, n) => {
		const doc = (path: string, text: string) => ({
			path,
			text: `عنوان\n\n${text}\n`,
			meta: { lang: 'en', published: '2023-05-04', outlet: null }
		});
		const s = readDocuments([doc('a.txt', a), doc('b.txt', b)]);
		expect(s.events.filter((e) => e.reading?.head === 'killing').length).toBe(n);
	});

	it('merges the same person named in Arabic, Persian and English into one actor', () => {
		const s = readDocuments([
			{
				path: 'a.txt',
				text: 'عنوان\n\nقال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات مستمرة.\n',
				meta: { lang: 'ar', published: '2023-05-04' }
			},
			{
				path: 'b.txt',
				text: 'عنوان\n\nامانوئل ماکرون رئیس جمهور فرانسه گفت که گفت‌وگوها ادامه دارد.\n',
				meta: { lang: 'fa', published: '2023-05-04' }
			},
			{
				path: 'c.txt',
				text: 'Title\n\nFrench President Emmanuel Macron said the talks would go on.\n',
				meta: { lang: 'en', published: '2023-05-04' }
			}
		]);
		expect(new Set(s.statements.map((x) => x.speaker)).size).toBe(1);
		const actor = s.actors.find((a) => a.id === s.statements[0].speaker)!;
		expect([actor.names.en, actor.names.ar, actor.names.fa]).toEqual([
			'Emmanuel Macron',
			'إيمانويل ماكرون',
			'امانوئل ماکرون'
		]);
	});

	// a denial answers the accusation that says the same thing in the same words — the words few
	// other statements of the story use — even when it names someone else too (France below)
	it.each([
		[
			'ar',
			'وقال رئيس الوزراء الكندي جاستن ترودو إن طائرة الركاب سقطت بصاروخ إيراني. وقال ترودو أيضا إن إيران تتحمل مسؤولية سلامة الأجواء. ' +
				'ونفى المتحدث باسم الحكومة الإيرانية علي ربيعي أن تكون طائرة الركاب قد سقطت بصاروخ، وقال إن الصندوق الأسود سيرسل إلى فرنسا.'
		],
		[
			'en',
			'Canadian Prime Minister Justin Trudeau said the airliner was downed by an Iranian missile. Trudeau also said Iran was responsible for the safety of its airspace. ' +
				'Iranian government spokesman Ali Rabiei denied that a missile downed the airliner, adding that the black boxes would be sent to France.'
		]
	])(
		'%s: a denial answers the claim that shares its words, not the other claim of its speaker',
		(lang, text) => {
			const s = read(lang, text);
			const denial = s.statements.find((x) => x.act === 'denial')!;
			const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
			const [missile, airspace] = s.statements.filter(
				(x) => x.act === 'claim' && x.speaker.includes(lang === 'en' ? 'Trudeau' : 'ترودو')
			);
			expect(targets).toContain(missile.id);
			expect(targets).not.toContain(airspace.id);
		}
	);

	it('links a denial to what it answers, not to any nearby statement', () => {
		const s = read(
			'en',
			'Russia accused Ukraine of attacking the Kremlin with drones. The weather in Moscow was said to be mild. ' +
				'Ukraine denied any involvement in the attack on the Kremlin.'
		);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
		const accusation = s.statements.find((x) => x.speaker === 'Russia')!;
		expect(targets).toContain(accusation.id);
		expect(s.statements.filter((x) => targets.includes(x.id)).every((x) => x.speaker === 'Russia')).toBe(
			true
		);
	});
});

describe('what a denial answers', () => {
	// sides as they stood when the story was told: from 15 August 2021 the Taliban govern
	// Afghanistan, so an accusation against Afghanistan is one against them; in 2015 it was not
	it.each([
		[
			'en',
			'Pakistan’s army said on Wednesday that the attack on the train was planned in Afghanistan. ' +
				'Taliban spokesman Zabihullah Mujahid said on Thursday that the Taliban had no involvement in the attack.'
		],
		[
			'ar',
			'وقال الجيش الباكستاني يوم الأربعاء إن الهجوم على القطار خطط له في أفغانستان. ' +
				'وقال المتحدث باسم طالبان ذبيح الله مجاهد يوم الخميس إن طالبان لا علاقة لها بالهجوم.'
		]
	])(
		'%s: a denial by the Taliban answers an accusation against Afghanistan in 2025, not in 2015',
		(lang, text) => {
			const denies = (published: string) => {
				const s = read(lang, text, published);
				return s.links.filter((l) => l.type === 'denies').map((l) => [l.from, l.to]);
			};
			expect(denies('2025-03-14')).toEqual([['s2', 's1']]);
			expect(denies('2015-03-14')).toEqual([]);
		}
	);

	// a denial that names its own side after the claim word («the reports that Qatar was informed»)
	// still answers the other side's claim: its own side is never whom it answers
	it.each([
		[
			'en',
			'The White House said on Tuesday that Qatar had been informed ahead of the Israeli strike. ' +
				'Qatar’s foreign ministry spokesperson Majed al-Ansari said on Tuesday that the reports that Qatar was informed ahead of the strike were false.'
		],
		[
			'ar',
			'وقال البيت الأبيض يوم الثلاثاء إن قطر أُبلغت مسبقاً بالضربة الإسرائيلية. ' +
				'ونفى المتحدث باسم الخارجية القطرية ماجد الأنصاري يوم الثلاثاء التقارير التي تحدثت عن إبلاغ قطر مسبقاً بالضربة.'
		]
	])('%s: the other side’s claim, whatever its own side named', (lang, text) => {
		const s = read(lang, text);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		expect(denial.speaker).toMatch(/Ansari|الأنصاري/);
		const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
		expect(s.statements.filter((x) => targets.includes(x.id)).map((x) => x.speaker)).toEqual(['White House']);
	});

	// the accusation names the denier's side; a claim of the same side about the attack that does
	// not name it («the attack caused no damage») is not what a denial of involvement answers
	it.each([
		[
			'en',
			'Russia accused Ukraine of attacking the Kremlin with drones. The Kremlin said the attack caused no damage. ' +
				'Ukraine denied any involvement.'
		],
		[
			'ar',
			'واتهمت روسيا أوكرانيا بمهاجمة الكرملين بطائرات مسيرة. وقال الكرملين إن الهجوم على الكرملين لم يسفر عن أضرار. ' +
				'ونفت أوكرانيا أي تورط.'
		],
		[
			'fa',
			'روسیه اوکراین را به حمله پهپادی به کاخ کرملین متهم کرد. کاخ کرملین اعلام کرد که حمله به کاخ کرملین خسارتی نداشت. ' +
				'اوکراین هرگونه دخالت را رد کرد.'
		]
	])('%s: the accusation, not the other claims about the attack', (lang, text) => {
		const s = read(lang, text);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
		const speakers = s.statements.filter((x) => targets.includes(x.id)).map((x) => x.speaker);
		expect(speakers).toEqual(['Russia']);
	});

	// a denial of "the reports" with no owner answers the outlets' reports of the matter, not an
	// outlet's report of something else, nor the claims of people
	it.each([
		[
			'en',
			'The Guardian reported that Russia and China signed a trade deal. The New York Times reported that Elon Musk met Iran’s envoy in New York. ' +
				'CBS News reported that the meeting lasted an hour. Iran’s foreign ministry denied the reports.'
		],
		[
			'fa',
			'روزنامه گاردین گزارش داد که روسیه و چین یک توافق تجاری امضا کردند. روزنامه نیویورک تایمز گزارش داد که ایلان ماسک با نماینده ایران در نیویورک دیدار کرد. ' +
				'شبکه سی‌بی‌اس نیوز مدعی شد که این دیدار یک ساعت طول کشید. وزارت امور خارجه ایران این گزارش‌ها را تکذیب کرد.'
		]
	])('%s: "the reports" are the reports of the matter', (lang, text) => {
		const s = read(lang, text);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
		const speakers = s.statements.filter((x) => targets.includes(x.id)).map((x) => x.speaker);
		expect(speakers).toHaveLength(2);
		expect(speakers.join(' ')).not.toMatch(/Guardian|گاردین/);
	});

	// the owner before the claim noun in English: a state by its adjective ("Israeli allegations
	// that"); a claim only referred to, never told, is dated by its page as any undated statement
	it('en: "dismissed Israeli allegations that …" answers a claim of Israel, dated by the page', () => {
		const s = read(
			'en',
			'Hezbollah dismissed Israeli allegations that it was behind the attack.',
			'2024-07-27'
		);
		const claim = s.statements.find((x) => x.act === 'claim')!;
		expect(claim.speaker).toBe('Israel');
		expect(claim.saidAt).toMatchObject({ earliest: '2024-07-27', latest: '2024-07-27' });
		const denial = s.statements.find((x) => x.act === 'denial')!;
		expect(s.links).toContainEqual({ type: 'denies', from: denial.id, to: claim.id });
		// an adjective with no claim after the noun is no owner
		expect(
			read('en', 'Hezbollah said Israeli allegations were expected.').statements.map((x) => x.speaker)
		).toEqual(['Hezbollah']);
	});

	// "Moscow's allegations": Russia's claims, and the claims of bodies on Russia's side that
	// accuse Ukraine — not the Kremlin's word that drones were shot down
	it.each([
		[
			'en',
			"Russia accused Ukraine of attacking the Kremlin with drones. The Kremlin said two drones were shot down over Moscow. The Kremlin said Ukraine had tried to kill Putin. Ukraine President Zelenskyy dismissed Moscow's allegations."
		],
		[
			'ar',
			'واتهمت روسيا أوكرانيا بمهاجمة الكرملين بطائرات مسيرة. وقال الكرملين إنه تم إسقاط طائرتين مسيرتين فوق موسكو. وقال الكرملين إن أوكرانيا حاولت اغتيال بوتين. ونفى الرئيس الأوكراني فولوديمير زيلينسكي اتهامات موسكو.'
		],
		[
			'fa',
			'روسیه اوکراین را به حمله پهپادی به کاخ کرملین متهم کرد. کاخ کرملین اعلام کرد که دو پهپاد بر فراز مسکو سرنگون شدند. کاخ کرملین اعلام کرد که اوکراین قصد ترور پوتین را داشت. ولودیمیر زلنسکی رئیس جمهور اوکراین اتهامات مسکو را رد کرد.'
		]
	])('%s: the allegations of whom a denial names, and its side’s accusations', (lang, text) => {
		const s = read(lang, text);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		const targets = new Set(
			s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to)
		);
		// the claims told, not «اتهامات موسكو» referred to in the denial's own sentence
		const told = s.statements.filter(
			(x) => x.act === 'claim' && x.evidence[0].start !== denial.evidence[0].start
		);
		expect(told.map((x) => targets.has(x.id))).toEqual([true, false, true]);
	});

	// a report referred to («denied the Post's report») and the same outlet's report told in the
	// same article are one report, which the denial answers
	it.each([
		[
			'en',
			"A senior Egyptian official denied The Washington Post's report. The Washington Post had reported on Monday that Egypt planned to ship rockets to Russia.",
			'2023-05-01'
		],
		[
			'ar',
			'نفى الجيش الباكستاني تقرير صحيفة الغارديان. وكانت صحيفة الغارديان ذكرت يوم الاثنين أن طائرات باكستانية قصفت خوست.',
			'2023-05-01'
		],
		[
			'fa',
			'ارتش پاکستان گزارش خبرگزاری ایسنا را رد کرد. خبرگزاری ایسنا روز دوشنبه گزارش داده بود که جنگنده‌های پاکستانی خوست را بمباران کردند.',
			'2023-05-01'
		]
	])('%s: the report referred to and told is one report, dated by its telling', (lang, text, day) => {
		const s = read(lang, text);
		const reports = s.statements.filter((x) => x.act === 'report');
		expect(reports).toHaveLength(1);
		expect(reports[0].evidence).toHaveLength(2);
		expect(reports[0].saidAt?.earliest).toBe(day);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		expect(s.links).toContainEqual({ type: 'denies', from: denial.id, to: reports[0].id });
	});

	it('the report referred to in an article whose telling of it merged with an earlier article’s is that report', () => {
		const s = readDocuments([
			{
				path: 'a.txt',
				text: 'عنوان\n\nوكانت صحيفة واشنطن بوست ذكرت أن مصر زودت روسيا بالصواريخ.\n',
				meta: { lang: 'ar', published: null }
			},
			{
				path: 'b.txt',
				text: "Title\n\nThe Washington Post reported that Egypt planned to supply rockets to Russia. Dmitry Peskov also denied The Washington Post's report.\n",
				meta: { lang: 'en', published: '2023-04-11' }
			}
		]);
		const reports = s.statements.filter((x) => x.act === 'report');
		expect(reports).toHaveLength(1);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		expect(s.links.filter((l) => l.type === 'denies' && l.from === denial.id)).toEqual([
			{ type: 'denies', from: denial.id, to: reports[0].id }
		]);
	});

	it.each([
		[
			'en',
			'The Washington Post reported that Egypt planned to ship rockets to Russia. The Washington Post also reported that Sisi met army officers.'
		],
		[
			'fa',
			'خبرگزاری ایسنا گزارش داد که پهپادها سرنگون شدند. خبرگزاری ایسنا همچنین گزارش داد که پوتین در کرملین نبود.'
		]
	])('%s: two reports told by one outlet in one article stay two', (lang, text) => {
		expect(read(lang, text).statements.filter((x) => x.act === 'report')).toHaveLength(2);
	});

	// an outlet's report told by several articles is one report with evidence in each, unless the
	// two are about different kinds of event (a delivery, an order; a plan is no event of its own)
	it.each([
		['The Washington Post reported that Egypt supplied rockets to Russia.', 1],
		['The Washington Post reported that Sisi ordered the production of rockets.', 2]
	])('the report of an undated Arabic article and «%s»: %i report(s)', (en, n) => {
		const s = readDocuments([
			{
				path: 'a.txt',
				text: 'عنوان\n\nوكانت صحيفة واشنطن بوست ذكرت أن مصر زودت روسيا بالصواريخ.\n',
				meta: { lang: 'ar', published: null }
			},
			{ path: 'b.txt', text: `Title\n\n${en}\n`, meta: { lang: 'en', published: '2023-04-11' } }
		]);
		const reports = s.statements.filter((x) => x.act === 'report');
		expect(reports).toHaveLength(n);
		if (n === 1) expect(new Set(reports[0].evidence.map((e) => e.doc)).size).toBe(2);
	});
});

describe('a denial of a claim named only by a demonstrative', () => {
	// «هذه الاتهامات», «این ادعا», "this claim": the last claim of the other side told before it,
	// not the denier's own side's claim in between
	it.each([
		[
			'en',
			'The Pakistani army said it struck the camp. The Taliban said the talks would go on. The Taliban dismissed this claim.'
		],
		[
			'ar',
			'وقال الجيش الباكستاني إنه قصف مخيما. وقالت حركة طالبان إن المحادثات مستمرة. ونفت حركة طالبان هذه الاتهامات.'
		],
		[
			'fa',
			'ارتش پاکستان گفت که اردوگاه را بمباران کرده است. طالبان گفت که گفت‌وگوها ادامه دارد. طالبان این ادعا را رد کرد.'
		]
	])('%s: answers the army’s claim', (lang, text) => {
		const s = read(lang, text);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
		expect(s.statements.filter((x) => targets.includes(x.id)).map((x) => x.speaker)).toEqual([
			'Pakistani army'
		]);
	});

	it('en: a claim the denial names itself is what it answers, not the last one told', () => {
		const s = read(
			'en',
			'The Pakistani army said it struck the camp. The Taliban said the talks would go on. The Taliban dismissed the claim by Reuters.'
		);
		const denial = s.statements.find((x) => x.act === 'denial')!;
		const targets = s.links.filter((l) => l.type === 'denies' && l.from === denial.id).map((l) => l.to);
		expect(s.statements.filter((x) => targets.includes(x.id)).map((x) => x.speaker)).toEqual(['Reuters']);
	});
});

describe('one denial across articles', () => {
	it('the same speaker rejecting the same party’s accusations in two articles is one denial', () => {
		const s = readDocuments([
			{
				path: 'a.txt',
				text: 'عنوان\n\nأعلنت الأمم المتحدة رفضها القاطع لأي اتهامات من قبل جماعة الحوثي.\n',
				meta: { lang: 'ar', published: null }
			},
			{
				path: 'b.txt',
				text: 'Title\n\nThe UN rejected accusations by the Houthis that its staff were spies.\n',
				meta: { lang: 'en', published: '2025-10-17' }
			}
		]);
		const denials = s.statements.filter((x) => x.act === 'denial');
		expect(denials).toHaveLength(1);
		expect(new Set(denials[0].evidence.map((e) => e.doc)).size).toBe(2);
	});

	it('denials of different parties’ claims stay two', () => {
		const s = readDocuments([
			{
				path: 'a.txt',
				text: 'عنوان\n\nأعلنت الأمم المتحدة رفضها القاطع لأي اتهامات من قبل جماعة الحوثي.\n',
				meta: { lang: 'ar', published: null }
			},
			{
				path: 'b.txt',
				text: 'Title\n\nThe UN rejected accusations by Israel that its staff were spies.\n',
				meta: { lang: 'en', published: '2025-10-17' }
			}
		]);
		expect(s.statements.filter((x) => x.act === 'denial')).toHaveLength(2);
	});
});

describe('one statement per speaker and act in a sentence', () => {
	it.each([
		['ar', 'وأردف بيسكوف قائلاً: “يبدو أن هذا هو أحدث كذبة، وهو أمر تعاملنا معه كثيراً”.', 1],
		['en', 'Peskov added, saying: “This looks like the latest lie, something we have dealt with a lot.”', 1],
		[
			'en',
			'The Tajik foreign ministry issued a statement. "Three citizens were killed," the statement said.',
			2
		],
		['en', 'The Kremlin called a meeting of the security council.', 0],
		// two speakers in one sentence stay two statements
		['ar', 'وقال بيسكوف إن التقرير كذبة، فيما قال زاخاروفا إن روسيا سترد.', 2],
		// two subjects joined by «و» both say it; a body and its adjective are one
		['fa', 'روسیه و چین این قطعنامه را رد کردند.', 2],
		['fa', 'ارتش پاکستان و وزارت خارجه این کشور این گزارش را رد کردند.', 2],
		['fa', 'وزارت خارجه روسیه این قطعنامه را رد کرد.', 1]
	])('%s: %s', (lang, text, n) => {
		const s = read(lang, text);
		expect(s.statements.filter((x) => x.act !== 'report')).toHaveLength(n);
	});
});

describe('a denial answers what its side denies in the story’s other articles', () => {
	/** Two articles: one where `first` names the claim it denies, one with a later denial of the same side. */
	const story = (a: [string, string, string], b: [string, string, string]) =>
		readDocuments(
			[a, b].map(([lang, text, published], k) => ({
				path: `${k}.txt`,
				text: `عنوان\n\n${text}\n`,
				meta: { lang, published, outlet: null }
			}))
		);
	const deniesOf = (s: Story, speaker: RegExp) => {
		const claim = s.statements.find((x) => x.act === 'claim' && /بومبيو|پمپئو|Pompeo/.test(x.speaker));
		const later = s.statements.filter((x) => x.act === 'denial' && speaker.test(x.speaker)).at(-1);
		return {
			claim,
			later,
			linked: s.links.some((l) => l.type === 'denies' && l.from === later?.id && l.to === claim?.id)
		};
	};
	it.each<[[string, string, string], [string, string, string]]>([
		[
			['ar', 'ونفت إيران اتهامات وزير الخارجية الأمريكي مايك بومبيو لها بالوقوف وراء الهجوم.', '2019-09-15'],
			['en', 'Iran on Monday again denied any role in the attacks on Saudi oil facilities.', '2019-09-16']
		],
		[
			['fa', 'ایران اتهامات مایک پمپئو وزیر خارجه آمریکا را رد کرد.', '2019-09-15'],
			['ar', 'وكررت إيران الاثنين نفيها الضلوع في الهجمات على منشآت النفط في السعودية.', '2019-09-16']
		],
		[
			['en', 'Iran rejected the accusations of US Secretary of State Mike Pompeo.', '2019-09-15'],
			['fa', 'ایران روز دوشنبه بار دیگر هرگونه نقش در حملات به تأسیسات نفتی عربستان را رد کرد.', '2019-09-16']
		]
	])('%j → %j', (a, b) => {
		const { claim, later, linked } = deniesOf(story(a, b), /Iran/);
		expect(claim).toBeDefined();
		expect(later?.evidence[0].doc).toBe('1');
		expect(linked).toBe(true);
	});

	it.each<[string, [string, string, string], [string, string, string]]>([
		// another side's denial answers nothing Iran denied
		[
			'Saudi Arabia',
			['ar', 'ونفت إيران اتهامات وزير الخارجية الأمريكي مايك بومبيو لها بالوقوف وراء الهجوم.', '2019-09-15'],
			['en', 'Saudi Arabia on Monday denied any role in the attacks on Yemen.', '2019-09-16']
		],
		// a denial of the same side a year later answers something else
		[
			'Iran',
			['ar', 'ونفت إيران اتهامات وزير الخارجية الأمريكي مايك بومبيو لها بالوقوف وراء الهجوم.', '2019-09-15'],
			['en', 'Iran on Monday again denied any role in the attacks on Saudi oil facilities.', '2020-09-14']
		]
	])('not: %s', (who, a, b) => {
		const { later, linked } = deniesOf(story(a, b), new RegExp(who));
		expect(later).toBeDefined();
		expect(linked).toBe(false);
	});
});

describe('a date in the clause of a sentence’s only event word is its time', () => {
	it.each([
		[
			'en',
			'At least nine people were killed and nearly 3,000 wounded when pagers used by Hezbollah members detonated simultaneously across Lebanon on Tuesday.',
			'2024-09-17'
		],
		[
			'ar',
			'قتل تسعة أشخاص على الأقل وأصيب نحو ثلاثة آلاف آخرين عندما انفجرت أجهزة النداء التي يستخدمها أعضاء حزب الله في أنحاء لبنان يوم الثلاثاء.',
			'2024-09-17'
		],
		[
			'fa',
			'دست‌کم نه نفر کشته و نزدیک به سه هزار نفر زخمی شدند، زمانی که پیجرهای اعضای حزب‌الله در سراسر لبنان روز سه‌شنبه منفجر شد.',
			'2024-09-17'
		],
		// the date of the saying is not the event's
		['en', 'At least nine people were killed in the blasts, the health ministry said on Tuesday.', null]
	])('%s: %s', (lang, text, when) => {
		const s = read(lang, text, '2024-09-18');
		// (the dead and the blasts that killed them are two events, of one time)
		expect(s.events.length).toBeGreaterThan(0);
		for (const e of s.events) expect(e.when?.edtf ?? null).toBe(when);
	});
});

describe('a claim dated only by its page may have been said before the denial', () => {
	// published Monday 16 September 2019; the denial is of Thursday the 12th
	it.each([
		[
			'en',
			'The Houthis said they attacked Abu Dhabi airport with a drone. The UAE denied on Thursday that any attack on the airport took place.',
			true
		],
		[
			'ar',
			'وقال الحوثيون إنهم هاجموا مطار أبوظبي بطائرة مسيرة. ونفت الإمارات يوم الخميس وقوع أي هجوم على المطار.',
			true
		],
		[
			'fa',
			'حوثی‌ها گفتند که به فرودگاه ابوظبی حمله کرده‌اند. امارات روز پنجشنبه وقوع هرگونه حمله به فرودگاه را تکذیب کرد.',
			true
		],
		// a claim with a day of its own after the denial is no claim the denial answered
		[
			'en',
			'The UAE denied on Thursday that any attack on Abu Dhabi airport took place. The Houthis said on Monday they attacked the airport with a drone.',
			false
		]
	])('%s: %s', (lang, text, linked) => {
		const s = read(lang, text, '2019-09-16');
		const claim = s.statements.find((x) => x.act === 'claim')!;
		const denial = s.statements.find((x) => x.act === 'denial')!;
		expect(denial.saidAt?.edtf).toBe('2019-09-12');
		expect(s.links.some((l) => l.type === 'denies' && l.from === denial.id && l.to === claim.id)).toBe(
			linked
		);
	});
});

describe('a person in no list, named beside an apposition, a title or a descriptor', () => {
	it.each([
		['en', 'Caroline Levin, a lawyer for the family, said the case was closed.', 'Caroline Levin'],
		['en', 'John Smith, a senior analyst at the institute, said the case was closed.', 'John Smith'],
		['fa', 'جان اسمیت، تحلیلگر این موسسه، گفت که پرونده بسته شده است.', 'جان اسمیت'],
		['fa', 'جان اسمیت، تحلیلگر این موسسه، روز شنبه گفت که پرونده بسته شده است.', 'جان اسمیت'],
		['ar', 'وقال الكاتب جون سميث إن القضية أغلقت.', 'جون سميث'],
		['ar', 'وقال المحامي جون سميث إن القضية أغلقت.', 'جون سميث'],
		// a definite role heads no construct: one bare word after it is the name
		['ar', 'وقال الرئيس ماكرون إن الهجوم إرهابي.', 'ماكرون'],
		// a verb after the name is no part of it
		['ar', 'وقالت إن الرئيس الأمريكي دونالد ترامب طلب من المبعوث إبلاغ الدوحة.', null]
	])('%s: %s', (lang, text, speaker) => {
		const s = read(lang, text);
		if (speaker) expect(s.statements.map((x) => x.speaker)).toEqual([speaker]);
		expect(s.actors.map((a) => a.id).filter((id) => /طلب|إبلاغ/.test(id))).toEqual([]);
	});

	it.each([
		['en', 'Monday, a day of mourning, saw protests across the city.'],
		['fa', 'در تهران، پایتخت ایران، گفته شد که پرونده بسته شده است.'],
		['ar', 'وقالت الوكالة الرسمية إن القضية أغلقت.']
	])('%s: no one named in «%s»', (lang, text) => {
		const s = read(lang, text);
		expect(s.actors.filter((a) => a.kind === 'person')).toEqual([]);
	});
});

describe('a speech verb with an event as its object, and bodies named by what they are', () => {
	it.each([
		// «أعلن X مقتل …»: the event told is what was said
		['ar', 'أعلن الجيش الباكستاني مقتل خمسة مسلحين في وزيرستان.', 'Pakistani army'],
		['ar', 'أعلنت خلية الإعلام الأمني في العراق أن الهجوم نفذ بطائرة مسيرة.', /^خلية الإعلام الأمني/],
		['ar', 'وقالت قيادة العمليات المشتركة إن الهجوم نفذ بطائرة مسيرة.', 'قيادة العمليات المشتركة'],
		['fa', 'قرارگاه مرکزی خاتم‌الانبیا اعلام کرد که حمله انجام شده است.', 'قرارگاه مرکزی خاتم‌الانبیا'],
		['fa', 'ستاد انتخابات کشور اعلام کرد که شمارش آرا پایان یافت.', 'ستاد انتخابات کشور'],
		// Dari writes «ازبیکستان»
		['fa', 'ازبیکستان می‌گوید این موشک‌ها از خاک افغانستان شلیک شده‌اند.', 'Uzbekistan']
	])('%s: %s', (lang, text, speaker) => {
		const s = read(lang, text);
		expect(s.statements).toHaveLength(1);
		if (typeof speaker === 'string') expect(s.statements[0].speaker).toBe(speaker);
		else expect(s.statements[0].speaker).toMatch(speaker);
	});

	it.each([
		// no event told, no mark of speech: no statement
		['ar', 'أعلنت الحكومة الحداد ثلاثة أيام.'],
		['ar', 'وقال الرئيس في خطاب طويل أمام البرلمان.']
	])('%s: no statement in «%s»', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});

	it('a city centre is no body a source belongs to', () => {
		const s = read('ar', 'وقال سكان في مركز المدينة إن الانفجار كان قويا.');
		expect(s.statements.map((x) => x.speaker)).toEqual(['anonymous residents']);
	});
});

describe('bare authorities are those of the state that spoke last', () => {
	it.each([
		[
			'ar',
			'وقالت وزارة الخارجية الأوزبكية إن خمسة صواريخ سقطت على ترمذ. وأكدت السلطات أنها تتخذ الإجراءات اللازمة.',
			'Uzbekistan'
		],
		[
			'en',
			'The Uzbek foreign ministry said five rockets hit Termez. The authorities said they were taking measures.',
			'Uzbekistan'
		],
		// no state has spoken: the authorities stay unnamed
		['ar', 'وأكدت السلطات أنها تتخذ الإجراءات اللازمة.', 'anonymous authorities']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.at(-1)?.speaker).toBe(speaker);
	});
});

describe('«المسؤول الإيراني»: a source told again with its nationality is of that state', () => {
	it.each([
		// the named person of that state who spoke before (through the body named with his role)
		[
			'ar',
			'وقال رئيس هيئة الطيران المدني الإيرانية علي عابد زاده إن الطائرة لم تصب بصاروخ، رافضا ادعاءات المسؤولين الأمريكيين. وأوضح المسؤول الإيراني أن سبب تحطم الطائرة سيعلن لاحقا.',
			'علي عابد زاده'
		],
		// the sources told before are of another state: a new source of this one
		[
			'ar',
			'وقال مسؤولون أمريكيون إن الطائرة أصيبت بصاروخ. وأوضح المسؤول الإيراني أن سبب تحطم الطائرة سيعلن لاحقا.',
			'anonymous Iranian official'
		],
		[
			'fa',
			'مقامات آمریکایی گفتند هواپیما هدف موشک قرار گرفت. این مقام ایرانی افزود که علت سقوط بعدا اعلام می‌شود.',
			'anonymous Iranian official'
		],
		[
			'ar',
			'وقال مسؤولون أمريكيون إن الطائرة أصيبت. وقال المسؤولون الإيرانيون إن التحقيق مستمر.',
			'anonymous Iranian officials'
		],
		// an outlet told again with its nationality is the one told before
		[
			'fa',
			'اکسیوس گزارش داد که سالیوان با همتای خود تماس گرفت. به گزارش این روزنامه آمریکایی، این تماس تصویری بود.',
			'Axios'
		],
		['ar', 'ذكرت وكالة سانا أن الاتصال تم. وأضافت الوكالة السورية أن الاتصال كان مرئيا.', 'SANA'],
		// English: "the top US diplomat" right after a named American spoke is that person
		[
			'en',
			'US Secretary of State Mike Pompeo blamed Iran for the attacks. “Iran will be held accountable,” the top US diplomat added.',
			'Mike Pompeo'
		],
		// …but not after a person of another state, nor "a" US diplomat
		[
			'en',
			'Iranian Foreign Minister Javad Zarif rejected the claims. “Iran will be held accountable,” the top US diplomat added.',
			'anonymous senior American diplomat'
		],
		[
			'en',
			'US Secretary of State Mike Pompeo blamed Iran for the attacks. A US diplomat added that Iran would be held accountable.',
			'anonymous American diplomat'
		],
		// look-alikes: the same state, and no nationality: the source told before
		[
			'ar',
			'وقال مسؤول إيراني إن الطائرة لم تصب. وأضاف المسؤول الإيراني أن التحقيق مستمر.',
			'anonymous Iranian official'
		],
		[
			'ar',
			'وقال مسؤول أمريكي إن الطائرة أصيبت. وأضاف المسؤول أن التحقيق مستمر.',
			'anonymous American official'
		]
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.at(-1)?.speaker).toBe(speaker);
	});
});

describe('claims of an attack and reports cited at length', () => {
	it.each([
		['ar', 'وتبنت حركة طالبان الباكستانية الهجوم.', 'claim Tehrik-i-Taliban Pakistan'],
		['ar', 'وتبنى تنظيم داعش المسؤولية عن التفجير.', 'claim ISIS'],
		['fa', 'تحریک طالبان پاکستان مسئولیت این حمله را بر عهده گرفت.', 'claim Tehrik-i-Taliban Pakistan'],
		['fa', 'داعش مسئولیت این انفجار را پذیرفته است.', 'claim ISIS'],
		[
			'en',
			'According to a report by the Financial Times, the emails were sent by Iran.',
			'report Financial Times'
		],
		['en', 'According to a statement from the UN, 40 people were killed.', 'claim United Nations']
	])('%s: %s', (lang, text, item) => {
		expect(read(lang, text).statements.map((x) => `${x.act} ${x.speaker}`)).toEqual([item]);
	});
	it('ar: commenting on is speaking («تعلق على»)', () => {
		expect(
			read('ar', 'وزارة الخارجية الإيرانية تعلق على القصف: رد على الإرهاب.').statements.map((x) => x.speaker)
		).toEqual(['Iranian Foreign Ministry']);
	});
	// look-alikes: adopting a resolution or a plan claims nothing; hanging pictures on walls says nothing
	it.each([
		['ar', 'وعلق الناشطون صورا على الجدران.'],
		['fa', 'ایران این پیشنهاد را پذیرفت.'],
		['ar', 'وتبنى مجلس الأمن قرارا بشأن الهجوم.'],
		['ar', 'وتبنت الحكومة خطة لإعادة إعمار المنطقة بعد الهجوم.']
	])('%s: %s', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});
});

describe('Persian: concluding, and sources of a state after an adjective', () => {
	it.each([
		[
			'fa',
			'مقام‌های اطلاعاتی آمریکا به این نتیجه رسیده‌اند که روسیه به طالبان پول داده است.',
			'claim anonymous American officials'
		],
		['fa', 'سوئد نتیجه گرفت که انفجارها عمدی بوده است.', 'claim Sweden'],
		// Dari «علاوه کرد» (added)
		['fa', 'ذبیح‌الله مجاهد علاوه کرد که نیروهای امارت اسلامی آماده هستند.', 'claim Zabihullah Mujahid'],
		[
			'fa',
			'منابع امنیتی پاکستان گفتند که حمله از افغانستان طراحی شد.',
			'claim anonymous security Pakistani sources'
		]
	])('%s: %s', (lang, text, item) => {
		expect(read(lang, text).statements.map((x) => `${x.act} ${x.speaker}`)).toEqual([item]);
	});
	// look-alike: a result reached in a game says nothing
	it('fa: «تیم ملی در دقیقه آخر به نتیجه رسید» is no statement', () => {
		expect(read('fa', 'تیم ملی در دقیقه آخر به نتیجه رسید.').statements).toEqual([]);
	});
	it('fa: «علاوه بر این» (moreover) is no statement', () => {
		expect(read('fa', 'علاوه بر این، نیروهای امارت اسلامی آماده هستند.').statements).toEqual([]);
	});
});

describe('«X: …» with a claim only referred to in the rest', () => {
	it.each([
		['fa', 'طالبان: گزارش نیویورک‌تایمز جعلی است.', 'Taliban', 'The New York Times'],
		['ar', 'الخارجية الإيرانية: تقرير رويترز مفبرك.', 'Iranian Foreign Ministry', 'Reuters']
	])('%s: %s is a denial of the report', (lang, text, who, outlet) => {
		const s = read(lang, text);
		const denial = s.statements.find((x) => x.act === 'denial');
		expect(denial?.speaker).toBe(who);
		const report = s.statements.find((x) => x.speaker === outlet)!;
		expect(s.links).toContainEqual({ type: 'denies', from: denial!.id, to: report.id });
	});
});

describe("a person's office speaks beside the person", () => {
	it.each([
		[
			'ar',
			'قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن السفينة ليست إسرائيلية. وأضاف مكتب نتنياهو أن إيران مسؤولة.',
			'office of بنيامين نتنياهو'
		],
		[
			'en',
			'Israeli Prime Minister Benjamin Netanyahu said the ship was not Israeli. The office of Benjamin Netanyahu said Iran was behind it.',
			'office of Benjamin Netanyahu'
		],
		[
			'en',
			'The ship was seized on Sunday. The office of Prime Minister Benjamin Netanyahu said Iran was behind it.',
			'office of Benjamin Netanyahu'
		],
		[
			'en',
			'Former minister Irwin Cotler said he was safe. Cotler’s office said he was under protection.',
			'office of Irwin Cotler'
		],
		// a campaign is a body of its candidate too (lexicon: `org campaign of=person`)
		[
			'ar',
			'قال دونالد ترامب إن الانتخابات مزورة. وأعلنت الحملة الانتخابية لترامب أن إيران اخترقت بريدها.',
			'campaign of دونالد ترامب'
		],
		[
			'fa',
			'دونالد ترامپ گفت انتخابات تقلبی بود. ستاد انتخاباتی ترامپ اعلام کرد که ایران ایمیل‌هایش را هک کرده است.',
			'campaign of دونالد ترامپ'
		],
		[
			'en',
			'Donald Trump said the vote was rigged. The campaign of Donald Trump said Iran hacked its emails.',
			'campaign of Donald Trump'
		]
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.at(-1)?.speaker).toBe(speaker);
	});
	// look-alikes: "the ministry of defence" is a body of its own; "the office" alone points back
	it.each([
		['en', 'The ministry of defence said the strike killed militants.', 'defence ministry'],
		[
			'en',
			'Pakistan’s foreign ministry condemned the attack. The ministry said it would respond.',
			'Pakistani Foreign Ministry'
		]
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.at(-1)?.speaker).toBe(speaker);
	});
});

describe("an outlet that reports another speaker's denial reports it", () => {
	it.each([
		[
			'ar',
			'وأفادت وكالة فارس أن الخارجية الإيرانية تنفي ما ورد في تقرير لصحيفة نيويورك تايمز الأميركية.',
			'report Fars News',
			'denial Iranian Foreign Ministry'
		],
		[
			'en',
			'Iranian state television reported that Iran denied the accusations.',
			'report Iranian state television',
			'denial Iran'
		]
	])('%s: %s', (lang, text, report, denial) => {
		const items = read(lang, text).statements.map((x) => `${x.act} ${x.speaker}`);
		expect(items).toContain(report);
		expect(items).toContain(denial);
	});
	// look-alike: an outlet's own dismissal is its denial
	it('en: "Tasnim said the report was fabricated" is a denial by Tasnim', () => {
		expect(
			read('en', 'Tasnim said the report was fabricated.').statements.map((x) => `${x.act} ${x.speaker}`)
		).toEqual(['denial Tasnim']);
	});
});

describe('an English passive with no agent names no speaker', () => {
	it.each([
		['Zabihullah Mujahid told AFP that the attack was condemned.', ['claim Zabihullah Mujahid']],
		['The report was widely rejected.', []],
		// look-alikes: the agent speaks; "was quoted as saying" is the person's
		['The attack was condemned by Pakistan.', ['claim Pakistan']],
		['Zabihullah Mujahid was quoted as saying the attack was a violation.', ['claim Zabihullah Mujahid']]
	])('%s', (text, items) => {
		expect(read('en', text).statements.map((x) => `${x.act} ${x.speaker}`)).toEqual(items);
	});
});

describe('what could not be verified, and refusals after whom it was told to, say nothing', () => {
	it.each([
		['fa', 'رادیو آزادی نمی‌تواند این ادعاها را به طور مستقل تأیید کند.'],
		['en', 'Reuters could not independently verify the claim.'],
		['ar', 'ولم يتسن لرويترز التحقق من صحة هذه المزاعم.'],
		[
			'en',
			'A US official, speaking to Reuters on condition of anonymity, declined to confirm an Israeli role.'
		],
		// where a page came from
		['fa', 'منبع: https://www.irna.ir/news/85550719/%D8%B1%D8%A6%DB%8C%D8%B3-%D9%85%D8%AC%D9%84%D8%B3'],
		// a credit line with nothing after it
		['fa', 'به گزارش افغان نیوز؛']
	])('%s: %s', (lang, text) => {
		expect(read(lang, text).statements).toEqual([]);
	});
	// look-alikes: what was told before the refusal is said; a confirmation stays one
	it.each([
		[
			'en',
			'A US official told Reuters that Israel carried out the strike but declined to comment further.',
			'claim anonymous American official'
		],
		['en', 'Reuters confirmed that the strike took place.', 'confirmation Reuters'],
		['fa', 'به گزارش خبرگزاری تسنیم، حمله در بامداد رخ داد.', 'report Tasnim']
	])('%s: %s', (lang, text, item) => {
		expect(read(lang, text).statements.map((x) => `${x.act} ${x.speaker}`)).toEqual([item]);
	});
});

describe('«أعلن كل من X»: the subjects after «كل من» speak', () => {
	it('ar: the first of them speaks', () => {
		const st = read(
			'ar',
			'أعلن كل من رئيس الحكومة العراقية محمد شياع السوداني والرئيس الأمريكي دونالد ترامب أن الباحثة أطلق سراحها.'
		).statements;
		expect(st.map((x) => x.speaker)).toContain('محمد شياع السوداني');
	});
	// look-alike: «كل من» with no speech verb says nothing
	it('ar: «وحصل كل من اللاعبين على جائزة» is no statement', () => {
		expect(read('ar', 'وحصل كل من اللاعبين على جائزة.').statements).toEqual([]);
	});
});

describe('«الجبهة», «این جبهه», "the front" point back to the front named before', () => {
	it.each([
		[
			'ar',
			'وقالت جبهة المقاومة الوطنية إن مقاتليها صامدون. وقالت الجبهة على تويتر إنها تسيطر على مواقع استراتيجية.'
		],
		[
			'en',
			'The National Resistance Front said its fighters held out. The front said on X that it controlled key positions.'
		]
	])('%s: %s', (lang, text) => {
		const st = read(lang, text).statements;
		expect(st).toHaveLength(2);
		expect(st[1].speaker).toBe(st[0].speaker);
	});
});

describe('a family and a bare police speak', () => {
	it.each([
		['fa', 'خانواده او گفتند که از سرنوشت وی خبری ندارند.', 'anonymous family'],
		['en', 'His family said they had no news of him.', 'anonymous family'],
		['ar', 'وقالت عائلته إنها لا تعرف مصيره.', 'anonymous family'],
		['fa', 'پولیس گفته که در مورد این رویداد تحقیق می کند.', 'police'],
		['en', 'Police said they were investigating the incident.', 'police'],
		// the police of the state whose body spoke before
		[
			'ar',
			'وقالت وزارة الداخلية الباكستانية إن الانفجار وقع قرب المحكمة. وقالت الشرطة إنها تحقق في الحادث.',
			'Pakistani police'
		]
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.at(-1)?.speaker).toBe(speaker);
	});
	it('en: a family that is spoken of does not speak', () => {
		const st = read('en', 'The Sharif family owns the company, the minister said.');
		expect(st.statements.map((x) => x.speaker)).toEqual(['minister']);
	});
});

describe('a named body before the kind of a body owns it (English)', () => {
	it.each([
		[
			'en',
			'The Taliban foreign ministry said 60 aircraft were flown to Uzbekistan.',
			'Taliban foreign ministry'
		],
		[
			'en',
			'According to the Taliban defense ministry, 60 aircraft were flown to Uzbekistan.',
			'Taliban defence ministry'
		],
		['en', 'According to Hamas health ministry, 60 people were killed.', 'Hamas health ministry'],
		// look-alikes: a government is its owner; Persian names the owner after the body
		['en', 'The Taliban government said 60 aircraft were flown to Uzbekistan.', 'Taliban'],
		['fa', 'داعش سفارتخانه‌های خارجی در افغانستان را تهدید کرد.', 'ISIS']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
});

describe('parties and outlets of the region are known by name (gazetteer data)', () => {
	it.each([
		[
			'en',
			'The Lebanese Forces on Tuesday stressed that the investigation must continue.',
			'claim Lebanese Forces'
		],
		['ar', 'وقال حزب القوات اللبنانية في بيان إن الجريمة اغتيال سياسي.', 'claim Lebanese Forces'],
		[
			'en',
			'On September 8, Afghanistan International reported that the helicopters would be returned.',
			'report Afghanistan International'
		],
		[
			'fa',
			'حزب دموکرات کردستان ایران گفت که سپاه به مقرهایش حمله کرد.',
			'claim Democratic Party of Iranian Kurdistan'
		],
		['ar', 'وقال الحزب الديمقراطي الكردستاني إن الهجوم مرفوض.', 'claim Kurdistan Democratic Party'],
		['fa', 'اکسیوس گزارش داد که سالیوان با همتای خود تماس گرفت.', 'report Axios'],
		['ar', 'وقالت القيادة المركزية الأمريكية إن قواتها أسقطت طائرتين مسيرتين.', 'claim US Central Command'],
		[
			'fa',
			'شورای عالی امنیت ملی ایران اعلام کرد که آمار کشته‌شدگان نادرست است.',
			'denial Supreme National Security Council'
		],
		[
			'en',
			'The Baloch Liberation Army claimed responsibility for the attack.',
			'claim Baloch Liberation Army'
		],
		['ar', 'وقالت كتائب القسام إن مقاتليها استهدفوا دبابة.', 'claim Qassam Brigades'],
		['ar', 'وقال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا.', 'claim Syrian Observatory for Human Rights'],
		['fa', 'خبرگزاری میزان گزارش داد که حکم صادر شد.', 'report Mizan'],
		['en', 'The Iraqi News Agency reported that the attack killed two people.', 'report INA'],
		['ar', 'وذكرت صحيفة وول ستريت جورنال أن إيران أرسلت صواريخ.', 'report The Wall Street Journal']
	])('%s: %s', (lang, text, item) => {
		expect(read(lang, text).statements.map((x) => `${x.act} ${x.speaker}`)).toEqual([item]);
	});
	// look-alikes: «میزان» (a level, an Afghan month) and «زمانه» (an era) alone are no outlets
	it.each([['fa', 'میزان تلفات در این زمانه بالا بود و سخنگوی پلیس گفت که تحقیق ادامه دارد.']])(
		'%s: %s',
		(lang, text) => {
			expect(read(lang, text).actors.map((a) => a.id)).not.toContain('Mizan');
			expect(read(lang, text).actors.map((a) => a.id)).not.toContain('Radio Zamaneh');
		}
	);
	it('en: "Lebanese forces" in lower case are no party', () => {
		const st = read('en', 'Lebanese forces said the border was calm.');
		expect(st.statements.map((x) => x.speaker)).not.toContain('Lebanese Forces');
	});
});

describe('an Arabic verb of saying is no cue in Persian («کشف», discovered)', () => {
	it.each([
		// published Thursday 4 May 2023: the Saturday before is 29 April
		[
			'fa',
			'ذبیح‌الله مجاهد سخنگوی حکومت طالبان در توئیتی روز شنبه گفت که یک مرکز کشف شده است.',
			'2023-04-29'
		],
		['ar', 'وكشف المتحدث باسم طالبان ذبيح الله مجاهد يوم السبت أن مركزا لداعش دمر.', '2023-04-29']
	])('%s: %s', (lang, text, when) => {
		const s = read(lang, text);
		expect(s.statements.map((x) => [x.speaker, x.saidAt?.edtf])).toEqual([['Zabihullah Mujahid', when]]);
	});
});

describe('where an unnamed source or a post is says whose it is (places data)', () => {
	it.each([
		['ar', 'وقال مسؤول محلي في ولاية هلمند إن خمسة قتلوا.', 'Afghanistan'],
		['en', 'Local officials in Helmand province said five people were killed.', 'Afghanistan'],
		['fa', 'مقام‌های محلی در ولایت هرات گفتند که پنج نفر کشته شدند.', 'Afghanistan'],
		['en', 'Officials in Balochistan said five people were killed.', 'Pakistan'],
		['ar', 'وقال حاكم ولاية هلمند إن خمسة قتلوا.', 'Afghanistan'],
		// with no preposition: an ezafe or a construct («مسؤولو» before whose they are)
		['ar', 'وقال مسؤولو ولاية هلمند إن خمسة قتلوا.', 'Afghanistan'],
		['fa', 'مسئولان امنیتی ولایت هرات می‌گویند که پنج تن کشته شدند.', 'Afghanistan'],
		// a place in no list says nothing of whose the source is
		['en', 'Officials in Springfield said five people were killed.', null],
		// sources, witnesses and residents are where they are, not whose («place=where» heads):
		// in a place of the list or in a capital
		['en', 'Local sources in Paktika said five people were killed.', null],
		['en', 'Sources in Kabul said five people were killed.', null],
		['ar', 'وقال مصدر في بغداد إن خمسة قتلوا.', null],
		['fa', 'منابع محلی در ولایت پکتیکا گفتند که پنج تن کشته شدند.', null],
		// … unless what follows is a body: a source in a government is its
		['ar', 'وقال مصدر في الحكومة العراقية إن خمسة قتلوا.', 'Iraq'],
		// and a weak place name (an everyday word too) is a place only with a word for a place
		['en', 'Officials in Farah province said five people were killed.', 'Afghanistan'],
		['en', 'Officials in Farah said five people were killed.', null]
	])('%s: «%s» speaks for %s', (lang, text, aff) => {
		const st = read(lang, text).statements;
		expect(st.map((x) => x.reading?.affiliation ?? null)).toEqual([aff]);
	});
});

describe('Arabic broken plurals of nationality adjectives (nationalities data)', () => {
	it.each([
		['وقال مسؤولون أتراك إن خمسة قتلوا.', 'Turkey'],
		['وقال مسؤولون هنود إن خمسة قتلوا.', 'India'],
		['وقال دبلوماسيون ألمان إن خمسة قتلوا.', 'Germany'],
		['وقال مسؤولون أفغان إن خمسة قتلوا.', 'Afghanistan'],
		// (the sound plural is made by rule)
		['وقال مسؤولون باكستانيون إن خمسة قتلوا.', 'Pakistan']
	])('ar: «%s» speaks for %s', (text, aff) => {
		const st = read('ar', text).statements;
		expect(st.map((x) => x.reading?.affiliation ?? null)).toEqual([aff]);
	});
});

describe('an unnamed official in a datelined report is of the dateline’s state', () => {
	it.each([
		['ar', 'بغداد - قال مسؤولون أمنيون إن الطائرة المسيرة انطلقت من الشرق.', 'Iraq'],
		['en', 'BEIRUT (AP) — A judicial official said the suspects were arrested on Monday.', 'Lebanon'],
		['en', 'KABUL, Afghanistan (AP) — Officials said the blast killed five people.', 'Afghanistan'],
		['fa', 'کابل - مقامات امنیتی گفتند که انفجار پنج کشته داشت.', 'Afghanistan'],
		// no dateline, or a witness (where they are, not whom they speak for), or a side of their own
		['ar', 'قال مسؤولون أمنيون إن الطائرة المسيرة انطلقت من الشرق.', null],
		['en', 'BEIRUT (AP) — A witness said the blast killed five people.', null],
		['en', 'BEIRUT (AP) — A US official said the blast killed five people.', 'United States']
	])('%s: «%s» → %s', (lang, text, side) => {
		const s = read(lang, text);
		expect(s.statements).toHaveLength(1);
		expect(s.statements[0].reading?.affiliation ?? null).toBe(side);
	});
});

describe('a person named right after a role holds it', () => {
	it.each([
		// a name the lexicon does not know, closed by a colon or wrapped in quotes
		[
			'ar',
			'وبدوره، قال القائم بأعمال وزير الخارجية الأفغانية، محمد حنيف أتمر: يتعين تجنب التكهنات.',
			'محمد حنيف أتمر'
		],
		[
			'ar',
			'وندد رئيس الوزراء الباكستاني "شهباز شريف" بما قال إنها محاولة لاغتيال رئيس البعثة.',
			'شهباز شريف'
		],
		// a person the gazetteer knows, set off by commas
		['ar', 'وقال المتحدث باسم حركة طالبان، ذبيح الله مجاهد، إن الهجوم مدان.', 'Zabihullah Mujahid'],
		['fa', 'سخنگوی طالبان، ذبیح‌الله مجاهد، گفت که حمله محکوم است.', 'Zabihullah Mujahid'],
		['en', 'The Taliban spokesman, Zabihullah Mujahid, said the attack was a crime.', 'Zabihullah Mujahid'],
		// not a body or a place after the role (look-alikes)
		['ar', 'وقال وزير الخارجية الأفغاني، في بيان: يتعين تجنب التكهنات.', 'Afghan foreign minister']
	])('%s: «%s» → %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((s) => s.speaker)).toEqual([speaker]);
	});
});

describe('a headline that repeats a statement of the body', () => {
	// the same speaker's same act: one statement, with the headline as a second evidence
	it.each([
		['ar', 'طالبان تنفي التقرير', 'ونفت طالبان التقرير في بيان.'],
		['en', 'Taliban deny the report', 'The Taliban denied the report in a statement.'],
		['fa', 'طالبان این گزارش را رد کرد', 'طالبان در یک بیانیه این گزارش را رد کرد.']
	])('%s: one statement, two evidences', (lang, headline, body) => {
		const s = readDocuments([
			{ path: 'a.txt', text: `${headline}\n\n${body}\n`, meta: { lang, published: '2023-05-04' } }
		]);
		expect(s.statements.map((x) => [x.speaker, x.act, x.evidence.length])).toEqual([
			['Taliban', 'denial', 2]
		]);
	});
	// the speaker's side in the headline, a person of it in the body: two statements
	it.each([
		['ar', 'إيران تنفي التقرير', 'ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني التقرير.'],
		['en', 'Iran denies the report', 'Iranian foreign ministry spokesman Nasser Kanaani denied the report.']
	])('%s: the side and its spokesman, two statements', (lang, headline, body) => {
		const s = readDocuments([
			{ path: 'a.txt', text: `${headline}\n\n${body}\n`, meta: { lang, published: '2023-05-04' } }
		]);
		expect(s.statements.filter((x) => x.act === 'denial').map((x) => x.speaker)).toContain('Iran');
		expect(s.statements.filter((x) => x.act === 'denial')).toHaveLength(2);
	});
});

describe('«الوزارة», "the ministry": the last body of that kind', () => {
	it.each([
		[
			'ar',
			'ووصفت وزارة الخارجية الأفغانية التصنيف بأنه مؤسف. وقال وفد طالبان في الدوحة إن الأسرى يجب تبادلهم. ووصفت الوزارة المناقشات بأنها بناءة.',
			'Afghan Foreign Ministry'
		],
		[
			'en',
			'The Afghan foreign ministry called the designation regrettable. A Taliban delegation said the prisoners should be swapped. The ministry said the talks were constructive.',
			'Afghan Foreign Ministry'
		],
		// no ministry named before: the last body
		['ar', 'وقال وفد طالبان في الدوحة إن الأسرى يجب تبادلهم. ووصفت الوزارة المناقشات بأنها بناءة.', 'Taliban']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.at(-1)?.speaker).toBe(speaker);
	});
});

describe('a claim referred to by the state that made it, by its name or adjective', () => {
	it.each([
		['ar', 'رفضت إيران المزاعم الأمريكية بشأن الهجوم.', ['Iran denial', 'United States claim']],
		['ar', 'رفضت إيران الاتهامات الإسرائيلية بشأن الهجوم.', ['Iran denial', 'Israel claim']],
		['en', 'Iran rejected the US allegations about the attack.', ['Iran denial', 'United States claim']],
		// a definite noun is in no construct: what follows it is not its owner («الموجهة لطهران»)
		['ar', 'رفضت إيران الاتهامات الموجهة لطهران بشأن الهجوم.', ['Iran denial']],
		// nothing answers it: no claim of its own
		['ar', 'نشرت الصحف الأمريكية تقارير عن الهجوم.', []]
	])('%s: %s', (lang, text, want) => {
		expect(read(lang, text).statements.map((s) => `${s.speaker} ${s.act}`)).toEqual(want);
	});
});

describe('a quotation before the speaker, and only whom it was told to after the verb', () => {
	it.each([
		['en', '"Such allegations are false," the mission said at a press conference in New York.', 'denial'],
		['en', '"The talks went well," the mission said at a press conference in New York.', 'claim'],
		// a "that" after the verb: what was said follows it
		['en', '"We are ready," the minister told reporters that the allegations were false.', 'denial']
	])('%s: %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((s) => s.act)).toEqual([act]);
	});
});

describe('dismissals and verbs of rebuttal (data)', () => {
	it.each([
		['en', '"Such allegations are unsubstantiated," said the mission in a statement.', ['denial']],
		['en', 'Russia also denounced the New York Times report.', ['denial']],
		['en', 'Russia also denounced the attack on the embassy.', ['claim']],
		['ar', 'وقال وزير الدولة الإماراتي أنور قرقاش إن تقرير الصحيفة كان كاذباً.', ['denial']],
		['ar', 'ووصفت المتحدثة باسم البيت الأبيض التقرير بأنه من نسج الخيال.', ['denial']],
		['fa', 'سخنگوی طالبان این گزارش را ساخته و پرداخته خواند.', ['denial']],
		// look-alikes: the word in another sense
		['ar', 'وقال وزير الدولة الإماراتي أنور قرقاش إن الاجتماع كان مثمراً.', ['claim']]
	])('%s: %s', (lang, text, acts) => {
		expect(read(lang, text).statements.map((s) => s.act)).toEqual(acts);
	});
});

describe('a state’s own television or agency is named by whose it is, not unnamed', () => {
	it.each([
		['en', 'Iranian state television reported that a helicopter crashed.', 'Iranian state television'],
		['ar', 'وأفاد التلفزيون الرسمي الإيراني بأن المروحية سقطت.', 'Iranian state television'],
		['ar', 'وأفاد التلفزيون الإيراني الرسمي بأن المروحية سقطت.', 'Iranian state television'],
		['fa', 'تلویزیون دولتی ایران گزارش داد که بالگرد سقوط کرد.', 'Iranian state television'],
		// one newspaper of many: unnamed
		['ar', 'وذكرت صحيفة أمريكية أن المروحية سقطت.', 'anonymous American newspaper']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((s) => s.speaker)).toEqual([speaker]);
	});
});

describe('a defence official is of the state named with them', () => {
	it.each([
		['en', 'A senior US defence official said the balloon entered US airspace.', 'United States'],
		['ar', 'وقال مسؤول دفاعي أمريكي كبير إن المنطاد دخل الأجواء.', 'United States'],
		['fa', 'یک مقام دفاعی آمریکا گفت که بالون وارد حریم هوایی شد.', 'United States']
	])('%s: %s', (lang, text, side) => {
		expect(read(lang, text).statements.map((s) => s.reading?.affiliation)).toEqual([side]);
	});
});

describe('«الجانب الإماراتي», "the Iranian side": the state speaking', () => {
	it.each([
		['ar', 'ونفى الجانب الإيراني هذه الاتهامات.', 'Iran'],
		['fa', 'طرف ایرانی این اتهامات را رد کرد.', 'Iran'],
		['en', 'The Iranian side rejected the accusations.', 'Iran']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((s) => `${s.act} ${s.speaker}`)).toEqual([`denial ${speaker}`]);
	});
	// "side" alone, or in «از طرف», is no one
	it('fa: «از طرف وزارت خارجه» is the ministry', () => {
		expect(
			read('fa', 'این گزارش از طرف وزارت خارجه ایران تکذیب شد.').statements.map((s) => s.speaker)
		).not.toContain('anonymous side');
	});
});

describe('"the Islamic Republic" alone is Iran; of Afghanistan or Pakistan, not', () => {
	it.each([
		['fa', 'جمهوری اسلامی به آژانس گفته است که غنی‌سازی ادامه دارد.', 'Iran'],
		['ar', 'ونفت الجمهورية الإسلامية الاتهامات.', 'Iran'],
		['en', 'The Islamic Republic has denied the report.', 'Iran'],
		['fa', 'دولت جمهوری اسلامی افغانستان اعلام کرد که مذاکرات ادامه دارد.', 'Afghan government'],
		['en', 'The Islamic Republic of Pakistan denied the report.', 'Pakistan']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((s) => s.speaker)).toEqual([speaker]);
	});
});

describe('more forms of calling a story false, and refuting rumours (data)', () => {
	it.each([
		['ar', 'وقال مصدر مغربي مسؤول إن القصف "قضية مفتعلة".', 'denial'],
		['ar', 'وقال المتحدث باسم طالبان إن وسائل الإعلام تنشر دعاية مزيفة.', 'denial'],
		['ar', 'وبثت حركة طالبان لقاء مع نائب رئيس الوزراء لتفنيد هذه الشائعات.', 'denial'],
		['en', 'Omer Celik said the allegations were part of a vile slander network.', 'denial'],
		// look-alikes: the words of another sense
		['ar', 'وقال المتحدث باسم طالبان إن وسائل الإعلام تنشر الأخبار يوميا.', 'claim']
	])('%s: %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((s) => s.act)).toEqual([act]);
	});
});

describe('people injured are an event of their own, with no party named', () => {
	it.each([
		['ar', 'قال مسؤولون إن عدة مدنيين في المنازل القريبة أصيبوا بجروح.', true],
		['fa', 'مقامات گفتند که دو تن در نتیجه این رویداد زخمی شده بودند.', true],
		['en', 'Officials said three civilians were injured.', true],
		// look-alikes: a feeling, an economy
		['ar', 'وقال الوزير إنه أصيب بخيبة أمل من نتائج المحادثات.', false],
		['en', 'The minister said the economy was hurt by sanctions.', false]
	])('%s: %s', (lang, text, injury) => {
		expect(read(lang, text).events.some((e) => e.reading?.head === 'injury')).toBe(injury);
	});
});

describe('Persian names what it rejects before the verb («… را رد می‌کنیم»)', () => {
	it.each([
		['fa', 'طالبان گفتند: «ما این گزارش‌ها را رد می‌کنیم.»', 'denial'],
		['fa', 'سخنگوی طالبان گفت: «ما این راپورها را به شدت رد می کنیم.»', 'denial'],
		// a request rejected is no denial of a claim (look-alike)
		['fa', 'طالبان گفتند: «ما درخواست آنها را رد می‌کنیم.»', 'claim']
	])('%s: %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((s) => s.act)).toEqual([act]);
	});
});

describe('a quotation told to someone named in a few words', () => {
	it.each([
		['en', '“Rumors are not true,” Masood Dorosti told the official IRNA agency.', 'denial'],
		['en', '“Rumors are not true,” Masood Dorosti told the IRNA news agency on Monday.', 'denial'],
		// what follows "that" is what was said
		['en', '“Rumors are not true,” Masood Dorosti told reporters that the metro was safe.', 'claim']
	])('%s: %s', (lang, text, act) => {
		expect(read(lang, text).statements.map((s) => s.act)).toEqual([act]);
	});
});

describe('local media are named so', () => {
	it.each([
		['ar', 'وذكرت وسائل إعلام محلية أن الهجوم قتل خمسة.', 'local media'],
		['en', 'Local media reported that the attack killed five.', 'local media'],
		['fa', 'رسانه‌های محلی گزارش دادند که حمله پنج کشته داشت.', 'local media'],
		// whose they are, when said, wins
		['en', 'Iranian media reported that the attack killed five.', 'Iranian media']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((s) => s.speaker)).toEqual([speaker]);
	});
});

describe('a sentence that points back to what was just said gives it its date', () => {
	it.each([
		[
			'ar',
			'أعلنت الأمم المتحدة رفضها القاطع لأي اتهامات من قبل الحوثيين.\n\nجاء ذلك خلال تصريحات أدلى بها المتحدث باسم الأمم المتحدة، الخميس.',
			'2024-05-09'
		],
		[
			'en',
			'The foreign minister said the talks had failed.\n\nThe remarks came during a press conference on Thursday.',
			'2024-05-09'
		],
		// no back reference: the page's date
		[
			'en',
			'The foreign minister said the talks had failed.\n\nA press conference was held on Thursday.',
			'2024-05-10'
		]
	])('%s: %s', (lang, text, day) => {
		expect(read(lang, text, '2024-05-10').statements[0].saidAt?.edtf).toBe(day);
	});
});

describe('a claim word in a quotation is not owned by the speaker after it', () => {
	it.each([
		[
			'en',
			'"We reject the allegations," Zabihullah Mujahid, the spokesman of the Taliban, said in a statement.'
		],
		[
			'en',
			'"We reject the allegations," Zabihullah Mujahid, the spokesman of the interim Afghan government, said in a statement.'
		]
	])('%s: %s', (lang, text) => {
		expect(read(lang, text).statements.map((s) => `${s.act} ${s.speaker}`)).toEqual([
			'denial Zabihullah Mujahid'
		]);
	});
});

describe('English names whom a role serves only after "for" or "of"', () => {
	it.each([
		[
			'en',
			"The Taliban's chief spokesman Zabihullah Mujahid said the report was false.",
			'Zabihullah Mujahid'
		],
		['en', 'Taliban spokesman Zabihullah Mujahid said the report was false.', 'Zabihullah Mujahid']
	])('%s: %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((s) => s.speaker)).toEqual([speaker]);
	});
});

describe('Persian participles and statements issued', () => {
	// Dari news drops «است» after a participle: «خواسته که», «نوشته که» say what was asked or
	// written only when «که» or a colon introduces it; the noun «خواسته» (a demand) says nothing
	it.each([
		['ذبیح الله مجاهد از این شورا خواسته که تحریم ها را لغو کند.', ['Zabihullah Mujahid']],
		['ذبیح الله مجاهد در توییتی نوشته که تحریم ها باید لغو شود.', ['Zabihullah Mujahid']],
		['این خواسته مردم است.', []],
		['خواسته های مردم برآورده نشد.', []]
	])('fa: «%s» is said by %j', (text, speakers) => {
		expect(read('fa', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
	// «بیانیه ای صادر کرد» with a space as well as a joiner: what «در این بیانیه آمده است» tells is
	// the issuer's
	it('fa: a statement issued, then what it says', () => {
		const st = read(
			'fa',
			'وزارت امور خارجه ایران روز دوشنبه بیانیه ای صادر کرد.\n\nدر این بیانیه آمده است که حمله تروریستی بود.'
		).statements;
		expect(st.map((x) => x.speaker)).toEqual(['Iranian Foreign Ministry', 'Iranian Foreign Ministry']);
	});
	// Dari «اعلامیه‌ای صادر کرد», and what the statement «نوشته/اشاره/ذکر شده است» as well as
	// «آمده است»: the issuer's; a report named with no such verb after it tells nothing
	it.each([
		[
			'وزارت دفاع طالبان روز شنبه اعلامیه‌ای صادر کرد.\n\nدر ادامه بیانیه نوشته شده است که پاکستان مسئول است.',
			['Taliban defence ministry', 'Taliban defence ministry']
		],
		[
			'وزارت امور خارجه ایران بیانیه‌ای منتشر کرد.\n\nهمچنین در بیانیه اشاره شده است که حمله تروریستی بود.',
			['Iranian Foreign Ministry', 'Iranian Foreign Ministry']
		],
		[
			'وزارت امور خارجه ایران بیانیه‌ای منتشر کرد.\n\nدر بیانیه اسامی قربانیان نیز هست.',
			['Iranian Foreign Ministry']
		]
	])('fa: «%s» is said by %j', (text, speakers) => {
		expect(read('fa', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe('a claim referred to with the words that say who made it', () => {
	// "the accusations made by X", «الاتهامات التي أدلى بها X», «ادعاهای مطرح شده از سوی X»: X owns the
	// claim the denial answers; with no such words the noun's owner is not guessed
	it.each([
		[
			'en',
			'The Afghan foreign ministry rejected the accusations made by the Pakistani army spokesman that the attack was linked to Afghanistan.'
		],
		[
			'ar',
			'نفت وزارة الخارجية الأفغانية بشكل قاطع الاتهامات التي أدلى بها المتحدث باسم الجيش الباكستاني بأن الهجوم له علاقة بأفغانستان.'
		],
		['fa', 'وزارت خارجه افغانستان ادعاهای مطرح شده از سوی سخنگوی ارتش پاکستان را رد کرد.']
	])('%s: %s', (lang, text) => {
		const st = read(lang, text).statements;
		const denial = st.find((x) => x.act === 'denial')!;
		expect(denial.speaker).toBe('Afghan Foreign Ministry');
		expect(denial.reading?.answers).toEqual(['Pakistani spokesperson']);
		expect(st.some((x) => x.act === 'claim' && x.speaker === 'Pakistani spokesperson')).toBe(true);
	});
	it('en: «rejected the accusations» with no maker named answers no one', () => {
		const st = read('en', 'The Afghan foreign ministry rejected the accusations on Monday.').statements;
		expect(st.map((x) => [x.act, x.reading?.answers])).toEqual([['denial', []]]);
	});
});

describe('Persian compound verbs sharing a light verb, and times of day before a date', () => {
	// «را محکوم و … ابراز همدردی کرد»: the preverb before «و» is a speech act when a light verb it takes
	// ends the next clause; «رد و بدل کردند» (exchanged fire) is one verb, no denial
	it.each([
		['طالبان این گزارش را تکذیب و آن را بی اساس خواندند.', [['denial', 'Taliban']]],
		[
			'متیو میلر، سخنگوی وزارت خارجه آمریکا روز دوشنبه این حمله را محکوم و با خانواده های قربانیان ابراز همدردی کرد.',
			[['claim', 'متیو میلر']]
		],
		['نیروهای دو طرف آتش رد و بدل کردند.', []]
	])('fa: «%s»', (text, acts) => {
		expect(read('fa', text).statements.map((x) => [x.act, x.speaker])).toEqual(acts);
	});
	// «شامگاه دوشنبه ۱۵ ژانویه», «مساء الاثنين 15 يناير»: the day of the statement's own clause
	it.each([
		['fa', 'متیو میلر، سخنگوی وزارت خارجه آمریکا شامگاه دوشنبه ۱۵ ژانویه به وقت محلی این حمله را محکوم کرد.'],
		['ar', 'وقال المتحدث باسم الخارجية الإيرانية مساء الاثنين 15 يناير إن الهجوم مدان.']
	])('%s: «%s» was said on 15 January', (lang, text) => {
		expect(read(lang, text, '2024-05-10').statements.map((x) => x.saidAt?.edtf)).toEqual(['2024-01-15']);
	});
	// an unknown name opening a clause, then the verb's object opened by «این»
	it('fa: «متیو میلر این گزارش را تکذیب کرد»', () => {
		expect(read('fa', 'متیو میلر این گزارش را تکذیب کرد.').statements.map((x) => [x.act, x.speaker])).toEqual(
			[['denial', 'متیو میلر']]
		);
	});
});

describe('a second verb of the same subject', () => {
	// "X declined to comment, but said …", "X have yet to comment but have earlier denied …": the
	// subject that opens the sentence; "…, but denied …" after a statement: its speaker, not a noun of
	// what it said; a subject of its own still speaks
	it.each([
		[
			'The Taliban foreign ministry declined to comment, but said the report was false.',
			[['denial', 'Taliban foreign ministry']]
		],
		[
			'The Taliban have yet to comment but have earlier denied reports of the presence of terrorist groups.',
			[['denial', 'Taliban']]
		],
		[
			'The Taliban said on Monday they had killed five fighters, but denied reports of civilian deaths.',
			[
				['claim', 'Taliban'],
				['denial', 'Taliban']
			]
		],
		[
			'The attack killed five people, but officials said the toll could rise.',
			[['claim', 'anonymous officials']]
		]
	])('en: «%s»', (text, acts) => {
		expect(read('en', text).statements.map((x) => [x.act, x.speaker])).toEqual(acts);
	});
	it('en: «Anwar Gargash on Friday said …» (a date between an unknown name and its verb)', () => {
		const st = read(
			'en',
			'Anwar Gargash late on Friday said the crisis would not end soon.',
			'2017-06-12'
		).statements;
		expect(st.map((x) => [x.speaker, x.saidAt?.edtf])).toEqual([['Anwar Gargash', '2017-06-09']]);
	});
});

describe('English: calling something what it is said to be', () => {
	// "called the strike a cowardly act", "called it "a blatant violation"": a claim by the subject;
	// not "a group called Hamas", "called the ambassador on Monday", "called the meeting for a vote"
	it.each([
		[
			'The Iranian foreign ministry called the strike a cowardly terrorist act.',
			['Iranian Foreign Ministry']
		],
		[
			'The Iranian foreign ministry called the Israeli strike on the consulate "a cowardly terrorist act".',
			['Iranian Foreign Ministry']
		],
		['Iran called it a blatant violation of the UN Charter.', ['Iran']],
		['The minister called the ambassador on Monday.', []],
		['The president called the meeting for a vote.', []]
	])('en: «%s» is said by %j', (text, speakers) => {
		expect(read('en', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe('according to what someone put out', () => {
	// "according to video images broadcast by X", «بر اساس آمار X»: X is the source
	it.each([
		[
			'en',
			'She fainted in the subway car, according to video images broadcast by Iranian state media.',
			'Iranian state media'
		],
		['fa', 'دست کم ۴۸۱ نفر کشته شده اند، بر اساس آمار وزارت بهداشت لبنان.', 'Lebanese health ministry'],
		['ar', 'قتل 481 شخصا على الأقل، وفقا لأرقام وزارة الصحة اللبنانية.', 'Lebanese health ministry']
	])('%s: «%s» is told by %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
});

describe('Arabic: the speaker goes on after where and when it was said', () => {
	// «وأضاف في مؤتمر صحفي أن …»: a phrase opened by a preposition between the verb and «أن» names no
	// subject; the last speaker goes on
	it.each([
		'قال أنور قرقاش إن الأزمة ستطول.\n\nوأضاف في مؤتمر صحفي أن القصة ليست صحيحة.',
		'قالت شاناز إبراهيم أحمد إن القصف مدان.\n\nواعتبرت خلال مؤتمر صحفي، اليوم (السبت) في السليمانية، أن القصف تطاول على سيادة العراق.'
	])('ar: %s', (text) => {
		const st = read('ar', text).statements;
		expect(st).toHaveLength(2);
		expect(st[1].speaker).toBe(st[0].speaker);
	});
});

describe('what a report or an investigation shows', () => {
	// "a report by X showed", "an investigation by X found", «تحقیقات X نشان می‌دهد»: X's; not "the data
	// showed" (no owner), "opened an investigation" (no speech)
	it.each([
		[
			'en',
			'A report by Human Rights Watch showed that the Taliban evicted families.',
			['Human Rights Watch']
		],
		[
			'en',
			'An investigation by Human Rights Watch found that the Taliban evicted families.',
			['Human Rights Watch']
		],
		['fa', 'تحقیقات سازمان ملل نشان می‌دهد که طالبان خانواده ها را بیرون کرده اند.', ['United Nations']],
		['en', 'The police opened an investigation into the attack.', []],
		['en', 'The data showed a rise in prices.', []]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe('a directorate in no list speaks', () => {
	// «مديرية الصحة», «اداره ملی آمار», "the X Directorate": a body named by its head word
	it.each([
		['ar', 'وقالت مديرية الصحة في المحافظة إن 11 شخصا قتلوا.', 'مديرية الصحة'],
		['fa', 'اداره ملی آمار و اطلاعات اعلام کرد که نرخ تورم افزایش یافت.', 'اداره ملی آمار']
	])('%s: «%s»', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
});

describe('shots fired, lives taken, ships seized and Arabic duals are events (events.ts data)', () => {
	it.each([
		['en', 'Gunmen opened fire on a bus in Kurram on Monday.', 'attack', '2024-05-06'],
		['ar', 'وقام مسلحون بإطلاق النار على الحضور يوم الجمعة.', 'attack', '2024-05-10'],
		['fa', 'نیروهای امنیتی روز جمعه به سوی معترضان آتش گشودند.', 'attack', '2024-05-10'],
		['ar', 'واقتحم مسلحون مقر الشرطة يوم الأحد.', 'attack', '2024-05-05'],
		['fa', 'پلیس روز شنبه به خانه او یورش برد.', 'attack', '2024-05-04'],
		// a Persian plural with the indefinite ending
		[
			'fa',
			'در سال ۲۰۲۲، داعش حملاتی را بر سفارت روسیه در کابل انجام داد.',
			'attack',
			'2022-01-01/2022-12-31'
		],
		// an Arabic dual, bare or with the article
		['ar', 'وقتل 10 أشخاص جراء انفجارين يوم الأربعاء في جنوب إيران.', 'attack', '2024-05-08'],
		['ar', 'وشنت إسرائيل غارتين على دمشق يوم الأحد.', 'strike', '2024-05-05'],
		['en', 'Al-Masri was gunned down by two men in Tehran on 7 August 2020.', 'killing', '2020-08-07'],
		['ar', 'وقال إنه تمت تصفيته بالرصاص في السابع من آب 2020.', 'killing', '2020-08-07'],
		['ar', 'الهجوم أودى بحياة 3 جنود أمريكيين يوم الأحد.', 'killing', '2024-05-05'],
		['ar', 'وأكد التلفزيون مصرع الرئيس يوم الأحد.', 'death', '2024-05-05'],
		['en', 'Seventeen fighters lost their lives on Sunday.', 'death', '2024-05-05'],
		[
			'en',
			'The Houthis announced the seizure of a cargo ship in the Red Sea on Sunday.',
			'arrest',
			'2024-05-05'
		],
		['ar', 'وأعلنت الجماعة احتجاز سفينة تجارية في البحر الأحمر يوم الأحد.', 'arrest', '2024-05-05']
	])('%s: «%s» holds a %s on %s', (lang, text, head, day) => {
		const ev = read(lang, text, '2024-05-10').events.find((e) => e.reading?.head === head);
		const [earliest, latest = earliest] = day.split('/');
		expect(ev?.when).toMatchObject({ earliest, latest });
	});

	it.each([
		// set free, not fired at; missiles launched are a launch, not shots
		['ar', 'أطلقت الحكومة سراح 20 سجينا يوم الأحد.', 'attack'],
		// threatened, not done
		['en', 'The police threatened to open fire on the crowd.', 'attack'],
		// settling accounts, shares losing value: no killing, no death
		['ar', 'وقال إن تصفية الحسابات السياسية لن تفيد أحدا.', 'killing'],
		['en', 'The shares lost their value on Monday.', 'death']
	])('%s: «%s» holds no %s', (lang, text, head) => {
		expect(read(lang, text, '2024-05-10').events.map((e) => e.reading?.head)).not.toContain(head);
	});
});

describe('«وقع» after an event noun is "took place"; a relative clause after an event word dates it', () => {
	it.each([
		['ar', 'وقتل 10 أشخاص جراء انفجارين وقعا يوم الأربعاء في جنوب إيران.'],
		['ar', 'وقتل 10 أشخاص في الانفجارين اللذين وقعا يوم الأربعاء في كرمان.']
	])('%s: «%s» holds no agreement', (lang, text) => {
		const heads = read(lang, text, '2024-05-10').events.map((e) => e.reading?.head);
		expect(heads).toContain('attack');
		expect(heads).not.toContain('agreement');
	});

	// look-alike: «وقعت» before the parties is still signed
	it('ar: «وقعت روسيا وإيران اتفاقية» is an agreement', () => {
		const heads = read('ar', 'وقعت روسيا وإيران اتفاقية تعاون في 17 يناير 2025.', '2025-01-20').events.map(
			(e) => e.reading?.head
		);
		expect(heads).toContain('agreement');
	});

	it.each([
		['ar', 'الهجوم الذي وقع يوم الأربعاء أسفر عن مقتل ثلاثة جنود.'],
		['en', 'The attack, which took place on Wednesday, killed three soldiers.'],
		['fa', 'حمله‌ای که روز چهارشنبه رخ داد به کشته شدن سه سرباز منجر شد.']
	])('%s: «%s»: the attack took place on the day of its relative clause', (lang, text) => {
		const ev = read(lang, text, '2024-05-10').events;
		expect(ev.find((e) => e.reading?.head === 'attack')?.when?.earliest).toBe('2024-05-08');
		expect(ev.find((e) => e.reading?.head === 'killing')?.when?.earliest).toBe('2024-05-08');
	});
});

describe('what an attack pointed back to did to people happened when the attack did', () => {
	it.each([
		['fa', 'سپاه روز دوشنبه به اربیل حمله کرد.\n\nدر این حمله چهار نفر کشته و شش نفر زخمی شدند.'],
		[
			'en',
			'Militants attacked a police post in Bannu on Monday.\n\nFive officers were killed in this attack.'
		],
		['ar', 'هاجم مسلحون مركزا للشرطة يوم الاثنين.\n\nوأسفر هذا الهجوم عن مقتل خمسة من عناصر الشرطة.']
	])('%s: the dead of «this attack» died on its day', (lang, text) => {
		const killing = read(lang, text, '2024-05-10').events.find((e) => e.reading?.head === 'killing');
		expect(killing?.when?.earliest).toBe('2024-05-06');
	});

	// look-alikes: deaths with a day of their own keep it; an attack told with no day gives none
	it('en: the dead of this attack who died on Wednesday died on Wednesday', () => {
		const ev = read(
			'en',
			'Militants attacked a police post in Bannu on Monday.\n\nTwo officers died of their injuries on Wednesday after this attack.',
			'2024-05-10'
		).events;
		expect(ev.find((e) => e.reading?.head === 'death')?.when?.earliest).toBe('2024-05-08');
	});
	it('fa: the dead of an attack told with no day have none', () => {
		const ev = read('fa', 'سپاه به اربیل حمله کرد.\n\nدر این حمله چهار نفر کشته شدند.', '2024-05-10').events;
		expect(ev.find((e) => e.reading?.head === 'killing')?.when ?? null).toBeNull();
	});
});

describe('an event word whose verb says it took place is dated by that verb’s date', () => {
	it.each([
		[
			'fa',
			'سفیر ایران با ایلان ماسک دیدار کرد.\n\nاین دیدار میان نماینده ایران و ماسک که مشاور نزدیک ترامپ است، در روز دوشنبه در نیویورک صورت گرفته است.',
			'meeting',
			'2024-11-11'
		],
		[
			'en',
			'According to an investigation by Amnesty, the killings of eleven soldiers and two civilians, among them a girl, took place in the village of Kahor in Daykundi province on 30 August 2021.',
			'killing',
			'2021-08-30'
		],
		[
			'ar',
			'التقى وزير الخارجية الإيراني نظيره القطري.\n\nوقال إن هذا الاجتماع بين وزيري خارجية البلدين جرى في الدوحة يوم الاثنين.',
			'meeting',
			'2024-11-11'
		]
	])('%s: «%s» holds a %s on %s', (lang, text, head, day) => {
		const ev = read(lang, text, '2024-11-17').events.find((e) => e.reading?.head === head);
		expect(ev?.when?.earliest).toBe(day);
	});

	// look-alike: «تم» right before another event noun is that event's verb; the announcement is undated
	it('ar: «والإعلان السابق …، تم مساء أمس استهداف …» dates the attack, not the announcement', () => {
		const ev = read(
			'ar',
			'وقال الحرس الثوري إنه بعد الإعلان السابق عن أن جرائم هذا النظام لن تمر دون رد، تم مساء أمس استهداف المركز.',
			'2024-11-17'
		).events;
		expect(ev.find((e) => e.reading?.head === 'attack')?.when?.earliest).toBe('2024-11-16');
		expect(ev.find((e) => e.reading?.head === 'announcement')?.when ?? null).toBeNull();
	});
	// look-alike: a date after a comma is another clause's
	it('en: "This meeting took place in the capital, and on Monday officials said…" leaves the meeting undated', () => {
		const ev = read(
			'en',
			'The Iranian foreign minister met his Qatari counterpart in Doha.\n\nThis meeting took place in the capital, and on Monday officials said it was useful.',
			'2024-11-17'
		).events;
		expect(ev.find((e) => e.reading?.head === 'meeting')?.when ?? null).toBeNull();
	});
});

describe('taken to hospital, with the article, feminine or plural (events.ts data)', () => {
	it.each([
		['en', 'She was transported to the hospital by an ambulance on Sunday.'],
		['ar', 'ونقلت إلى المستشفى يوم الأحد بعد أن فقدت الوعي.'],
		['fa', 'این دختر روز یکشنبه با آمبولانس به بیمارستان برده شد.']
	])('%s: «%s» holds a hospitalisation on Sunday', (lang, text) => {
		const ev = read(lang, text, '2024-05-10').events.find((e) => e.reading?.head === 'hospitalisation');
		expect(ev?.when?.earliest).toBe('2024-05-05');
	});

	it.each([
		['en', 'He was not taken to the hospital on Sunday.'],
		['fa', 'او روز یکشنبه به بیمارستان اعزام نشد.']
	])('%s: «%s» holds no hospitalisation', (lang, text) => {
		expect(read(lang, text, '2024-05-10').events.map((e) => e.reading?.head)).not.toContain(
			'hospitalisation'
		);
	});
});

describe('bombs gone off, bombers who blew themselves up, and other persons of verbs the lexicon has (events.ts data)', () => {
	it.each([
		['en', 'A roadside bomb exploded in Helmand on Monday.', 'attack'],
		['ar', 'انفجرت عبوة ناسفة في هلمند يوم الاثنين.', 'attack'],
		['fa', 'یک بمب کنار جاده‌ای روز دوشنبه در هلمند منفجر شد.', 'attack'],
		['en', 'A suicide bomber blew himself up at a mosque in Peshawar on Monday.', 'attack'],
		['en', 'Iran test-fired a ballistic missile on Monday.', 'launch'],
		['ar', 'أعدمت طالبان رجلين في قندهار يوم الاثنين.', 'killing'],
		['fa', 'افراد مسلح روز دوشنبه دو امدادگر را ربودند.', 'arrest'],
		['ar', 'طردت باكستان السفير الأفغاني يوم الاثنين.', 'deportation'],
		['ar', 'تظاهر المئات أمام السفارة يوم الاثنين.', 'protest']
	])('%s: «%s» holds a %s on Monday', (lang, text, head) => {
		const ev = read(lang, text, '2024-05-10').events.find((e) => e.reading?.head === head);
		expect(ev?.when?.earliest).toBe('2024-05-06');
	});

	it.each([
		// a parcel is no expulsion
		['ar', 'وعثرت الشرطة على طرد مشبوه أمام السفارة يوم الاثنين.', 'deportation'],
		// a bomb that did not go off
		['fa', 'این بمب روز دوشنبه منفجر نشد.', 'attack']
	])('%s: «%s» holds no %s', (lang, text, head) => {
		expect(read(lang, text, '2024-05-10').events.map((e) => e.reading?.head)).not.toContain(head);
	});
});

describe('a date set off by commas before an event word is the event’s, when the saying comes after the event', () => {
	it.each([
		[
			'ar',
			'وتعرضت السعودية، في وقت مبكر في 14 أيلول، لهجوم واسع استهدف منشأتين نفطيتين، تبنته جماعة الحوثي.'
		],
		[
			'en',
			'Saudi Arabia was hit, early on 14 September, by an attack on two oil plants, which the Houthis claimed.'
		],
		[
			'fa',
			'عربستان، بامداد ۲۳ شهریور، هدف حمله‌ای گسترده به دو تاسیسات نفتی قرار گرفت، که حوثی‌ها مسئولیت آن را بر عهده گرفتند.'
		]
	])('%s: «%s» dates the attack', (lang, text) => {
		const ev = read(lang, text, '2019-09-16').events.find((e) => e.reading?.head === 'attack');
		expect(ev?.when?.earliest).toBe('2019-09-14');
	});

	// look-alike: the saying's date before the event word, no comma: the condemnation's day, not the attack's
	it('fa: «وزارت خارجه روز دوشنبه حمله به اربیل را محکوم کرد» leaves the attack undated', () => {
		const ev = read('fa', 'وزارت خارجه روز دوشنبه حمله به اربیل را محکوم کرد.', '2019-09-16').events;
		expect(ev.find((e) => e.reading?.head === 'attack')?.when ?? null).toBeNull();
	});
});

describe('the occasion of a saying took place when the saying did (grammar occasion)', () => {
	it.each([
		[
			'ar',
			'وفي يوليو، قال وفد طالبان، خلال اجتماع مع الأمم المتحدة في الدوحة، إن الأفغان المحتجزين يجب استبدالهم.',
			'meeting',
			'2023-07-01/2023-07-31'
		],
		[
			'en',
			'Kanani said at a press conference on Monday that the allegations were baseless.',
			'press conference',
			'2024-05-06'
		],
		['fa', 'عراقچی روز دوشنبه در دیدار با لاوروف گفت که ایران آماده است.', 'meeting', '2024-05-06']
	])('%s: «%s» dates the %s by the saying', (lang, text, head, day) => {
		const ev = read(lang, text, '2024-05-10').events.find((e) => e.reading?.head === head);
		const [earliest, latest = earliest] = day.split('/');
		expect(ev?.when).toMatchObject({ earliest, latest });
	});

	it.each([
		// what was said is not the saying's occasion
		['en', 'The minister said on Monday that the attack in Kabul killed five.', 'attack'],
		['fa', 'وزیر روز دوشنبه گفت که در حمله به کابل پنج نفر کشته شدند.', 'attack']
	])('%s: «%s» leaves the %s undated', (lang, text, head) => {
		const ev = read(lang, text, '2024-05-10').events.find((e) => e.reading?.head === head);
		expect(ev?.when ?? null).toBeNull();
	});
});

describe('a date in a relative clause about the speaker is not when it spoke', () => {
	// «برادر که هفته گذشته … منصوب شد، گفت», "X, who was appointed on Monday, said": the page's day
	// (or the clause's own date) dates the saying
	it.each([
		[
			'fa',
			'عبدالغنی برادر که هفته گذشته به عنوان معاون نخست وزیر منصوب شد، گفت که مذاکرات مفید بود.',
			'2024-05-10'
		],
		[
			'en',
			'Baradar, who was appointed deputy prime minister on Monday, said on Tuesday the talks were useful.',
			'2024-05-07'
		],
		[
			'ar',
			'وقال عبد الغني برادر، الذي عين يوم الاثنين نائبا لرئيس الوزراء، إن المحادثات مفيدة.',
			'2024-05-10'
		]
	])('%s: «%s» was said on %s', (lang, text, day) => {
		expect(read(lang, text, '2024-05-10').statements.map((x) => x.saidAt?.edtf)).toEqual([day]);
	});
});

describe('a passive with its agent: the date after the agent is the saying’s', () => {
	it.each([
		['The claims were rejected by the Taliban on Monday.', 'denial', 'Taliban', '2024-05-06'],
		['The attack was condemned by Iran on Tuesday.', 'claim', 'Iran', '2024-05-07']
	])('en: «%s»', (text, act, speaker, day) => {
		expect(read('en', text, '2024-05-10').statements.map((x) => [x.act, x.speaker, x.saidAt?.edtf])).toEqual([
			[act, speaker, day]
		]);
	});
});

describe('Arabic: an unknown name after the verb, then where it was said', () => {
	// «قالت X عبر بيان، إن», «قال X في بيان إن»: X speaks; without «إن» after the document it does not
	it.each([
		['وقالت نجمة داوود الحمراء عبر بيان، إنّ 11 شخصا قتلوا.', ['نجمة داوود الحمراء']],
		['وقال محمد وثيق في بيان إن الهجوم فشل.', ['محمد وثيق']],
		['وقرأ محمد وثيق في بيان الوزارة عن الهجوم.', []]
	])('ar: «%s» is said by %j', (text, speakers) => {
		expect(read('ar', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe('the presidential palace is the presidency', () => {
	// «مسؤول في القصر الرئاسي الأفغاني», "an official at the Afghan presidential palace": of Afghanistan
	it.each([
		['ar', 'وقال مسؤول رفيع في القصر الرئاسي الأفغاني إن 70 مهاجرا أجبروا على عبور النهر.'],
		['en', 'A senior official at the Afghan presidential palace said 70 migrants were forced into the river.']
	])('%s: %s', (lang, text) => {
		expect(read(lang, text).statements.map((x) => x.reading?.affiliation)).toEqual(['Afghanistan']);
	});
});

describe("what was said before the speaker's clause", () => {
	// two clocks: a date in the words said before a closing cue ("…, X said", «…، حسبما قال X») dates
	// what was said, not the saying; a date in the speaker's own clause, or an adverbial before it, does
	it.each([
		[
			'en',
			'Fuel prices rose sharply across the country in May, Egyptian Finance Minister Mohamed Maait said.',
			'2023-07-06'
		],
		[
			'ar',
			'ارتفعت أسعار الوقود في البلاد بنسبة كبيرة في مايو الماضي، حسبما قال وزير المالية المصري محمد معيط.',
			'2023-07-06'
		],
		[
			'en',
			'The fighters continued their killings of former officials since August 2021, Reuters said quoting the UN report.',
			'2023-07-06'
		],
		// the speaker's own clause, or an adverbial before it
		[
			'en',
			'Fuel prices rose sharply across the country in May, Egyptian Finance Minister Mohamed Maait said on Tuesday.',
			'2023-07-04'
		],
		[
			'en',
			'In a speech last December, Egyptian Finance Minister Mohamed Maait said fuel prices would rise.',
			'2022-12'
		],
		[
			'en',
			'On Tuesday, Egyptian Finance Minister Mohamed Maait said fuel prices had risen in May.',
			'2023-07-04'
		]
	])('%s: «%s» was said on %s', (lang, text, day) => {
		const st = read(lang, text, '2023-07-06').statements[0];
		expect(st.saidAt?.edtf).toBe(day);
	});
});

describe('the holder of a body named in the lexicon', () => {
	// every «وزارت X» / «وزارة X» / "X ministry" of the roles data is held by «وزیر X» / «وزير X» /
	// "X minister": the name after it is the minister's, whatever the portfolio
	it.each([
		['fa', 'وزیر نفت ایران جواد اوجی گفت مذاکرات ادامه دارد.', 'جواد اوجی'],
		['fa', 'به گفته وزیر نفت ایران جواد اوجی، قیمت سوخت افزایش یافت.', 'جواد اوجی'],
		['fa', 'وزیر صحت عامه طالبان قلندر عباد گفت واکسین رسیده است.', 'قلندر عباد'],
		['fa', 'وزیر معارف طالبان حبیب الله آغا گفت مکاتب باز است.', 'حبیب الله آغا'],
		// the body itself speaks as itself
		['fa', 'وزارت نفت ایران اعلام کرد که صادرات افزایش یافت.', 'Iranian energy ministry']
	])('%s: «%s» is said by %s', (lang, text, speaker) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual([speaker]);
	});
	// «نفت» is oil in Persian, not the Arabic «نفت» (she denied)
	it('fa: oil is no denial', () => {
		const st = read('fa', 'جواد اوجی وزیر نفت ایران گفت قیمت سوخت افزایش یافت.').statements;
		expect(st.map((x) => [x.act, x.speaker])).toEqual([['claim', 'جواد اوجی']]);
	});
});

describe('a fronted adverbial before a Persian subject', () => {
	// «به دنبال …، X گفت»: the names in the adverbial before the comma are not the subject; without
	// such an opener the first name of the clause is
	it.each([
		[
			'به دنبال زخمی شدن پنج شهروند چینی در حمله بر هتل محل اقامت شهروندان این کشور در کابل، وزارت امور خارجه چین از شهروندانش خواسته است که افغانستان را ترک کنند.',
			['Chinese foreign ministry']
		],
		[
			'پس از دیدار با وزیر خارجه پاکستان در اسلام آباد، ذبیح الله مجاهد گفت که روابط خوب است.',
			['Zabihullah Mujahid']
		],
		['ذبیح الله مجاهد، سخنگوی طالبان، گفت که روابط خوب است.', ['Zabihullah Mujahid']]
	])('fa: «%s» is said by %j', (text, speakers) => {
		expect(read('fa', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe("a state's words told inside what its own body said", () => {
	// the ministry says the state welcomed: one statement, the ministry's; another side's speech told
	// inside it is that side's own statement
	it.each([
		[
			'ar',
			'وقال بيان لوزارة الخارجية الإماراتية إن الإمارات رحبت بالرئيس الأفغاني.',
			['Emirati foreign ministry']
		],
		[
			'en',
			'The Emirati foreign ministry said in a statement that the UAE welcomed the Afghan president.',
			['Emirati foreign ministry']
		],
		['ar', 'وقالت وزارة الخارجية الأمريكية إن إيران نفت تورطها في الهجوم.', ['US State Department', 'Iran']]
	])('%s: «%s» is said by %j', (lang, text, speakers) => {
		expect(read(lang, text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});

describe('an Arabic name of one word between a speech verb and «إن»', () => {
	// «وقال نتنياهو إن»: one word the lexicon does not know, right before «إن» / «أن», is the speaker;
	// a plural or a word with a pronoun glued on is not a name, and a known word keeps its meaning
	it.each([
		['وقال نتنياهو إن السفينة بريطانية.', ['نتنياهو']],
		['وأكد أردوغان أن الهجوم إرهابي.', ['أردوغان']],
		['وقال بعضهم إن السفينة بريطانية.', []],
		['وقال آخرون إن السفينة بريطانية.', []],
		['وقال حينها إن السفينة بريطانية.', []],
		['وقال أيضا إن السفينة بريطانية.', []],
		['وقال شهود إن السفينة بريطانية.', ['anonymous witnesses']]
	])('ar: «%s» is said by %j', (text, speakers) => {
		expect(read('ar', text).statements.map((x) => x.speaker)).toEqual(speakers);
	});
});
