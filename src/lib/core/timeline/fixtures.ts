/**
 * A small story modelled on the five seed articles (Russia's and Pakistan's reported intelligence
 * sharing with the Taliban against ISIS, and the Taliban's denials), for the component test page,
 * unit tests and demos. Hand-written data, not read by the pipeline.
 */
import type { Story } from '../story/model';
import type { TimeValue } from '../time/time-value';

function day(iso: string, calendar: TimeValue['calendar'] = 'gregorian', text = ''): TimeValue {
	return { earliest: iso, latest: iso, precision: 'day', calendar, edtf: iso, text };
}
function range(
	a: string,
	b: string,
	precision: TimeValue['precision'],
	edtf: string,
	extra: Partial<TimeValue> = {}
): TimeValue {
	return { earliest: a, latest: b, precision, calendar: 'gregorian', edtf, text: '', ...extra };
}
function doc(
	id: string,
	lang: string,
	title: string,
	outlet: string | null,
	published: TimeValue | null
): Story['documents'][number] {
	return {
		id,
		path: `seeds/${id}.txt`,
		lang,
		title,
		outlet,
		url: null,
		published,
		publishedSource: published ? 'label' : null,
		text: title,
		bodyStart: 0,
		bodyEnd: title.length
	};
}

/** The fixture story: 5 documents (one undated), 3 events, 8 statements, their links. */
export const FIXTURE_STORY: Story = {
	documents: [
		doc(
			'd0',
			'ar',
			'واشنطن بوست: باكستان تقدم دعم استخباراتى غير رسمى لطالبان فى معركتها ضد داعش',
			'Youm7',
			day('2017-12-07')
		),
		doc(
			'd1',
			'ar',
			'طالبان تنفي وجود أي تبادل معلومات مع موسكو حول تنظيم داعش',
			'Asharq Al-Awsat',
			day('2015-12-27')
		),
		doc(
			'd2',
			'fa',
			'همکاری اطلاعاتی مسکو با طالبان علیه داعش',
			'ISNA',
			day('2015-12-26', 'persian', '۰۵-۱۰-۱۳۹۴')
		),
		doc('d3', 'ar', 'تقرير بلا تاريخ عن اتصالات طالبان', null, null),
		doc(
			'd4',
			'ar',
			'غزل متبادل بين طالبان والجولاني زعيم فرع القاعدة في سوريا',
			'Al-Marjie',
			day('2024-05-03')
		)
	],
	actors: [
		{
			id: 'Taliban',
			kind: 'organisation',
			names: { en: 'Taliban', ar: 'طالبان', fa: 'طالبان' },
			aliases: []
		},
		{ id: 'Russia', kind: 'state', names: { en: 'Russia', ar: 'روسيا', fa: 'روسیه' }, aliases: [] },
		{ id: 'Pakistan', kind: 'state', names: { en: 'Pakistan', ar: 'باكستان', fa: 'پاکستان' }, aliases: [] },
		{
			id: 'Maria Zakharova',
			kind: 'person',
			names: { en: 'Maria Zakharova', fa: 'ماریا زاخارووا' },
			aliases: [],
			parent: 'Russia'
		},
		{ id: 'ISNA', kind: 'outlet', names: { en: 'ISNA', fa: 'ایسنا' }, aliases: [] },
		{ id: 'CNN', kind: 'outlet', names: { en: 'CNN', fa: 'سی‌ان‌ان' }, aliases: [] },
		{ id: 'Sunday Times', kind: 'outlet', names: { en: 'Sunday Times' }, aliases: [] },
		{
			id: 'Washington Post',
			kind: 'outlet',
			names: { en: 'Washington Post', ar: 'واشنطن بوست' },
			aliases: []
		}
	],
	events: [
		{
			id: 'e1',
			participants: ['Russia', 'Taliban'],
			when: range('2015-12-01', '2015-12-31', 'month', '2015-12'),
			summary: 'Russia shares intelligence with the Taliban against ISIS',
			status: 'denied',
			evidence: [
				{ doc: 'd2', start: 0, end: 40 },
				{ doc: 'd1', start: 0, end: 40 }
			]
		},
		{
			id: 'e2',
			participants: ['Vladimir Putin', 'Akhtar Mansour'],
			when: range('2015-09-01', '2015-09-30', 'month', '2015-09~', { approximate: true }),
			summary: 'Putin meets Mullah Akhtar Mansour in Tajikistan',
			status: 'denied',
			evidence: [{ doc: 'd1', start: 40, end: 80 }]
		},
		{
			id: 'e3',
			participants: ['Pakistan', 'Taliban'],
			when: range('2017-01-01', '2017-12-31', 'year', '2017'),
			summary: 'Pakistan gives the Taliban informal intelligence support against ISIS',
			status: 'reported',
			evidence: [{ doc: 'd0', start: 0, end: 60 }]
		}
	],
	statements: [
		{
			id: 's1',
			act: 'claim',
			speaker: 'Maria Zakharova',
			saidAt: day('2015-12-23'),
			about: 'e1',
			chain: ['ISNA', 'CNN', 'Maria Zakharova'],
			evidence: [{ doc: 'd2', start: 100, end: 180 }],
			text: 'ماریا زاخارووا گفت منافع طالبان با منافع ما همسو است.'
		},
		{
			id: 's2',
			act: 'report',
			speaker: 'ISNA',
			saidAt: day('2015-12-26', 'persian'),
			about: 'e1',
			chain: ['ISNA', 'CNN'],
			evidence: [{ doc: 'd2', start: 0, end: 60 }],
			text: 'به گزارش ایسنا به نقل از سی.ان.ان، روسیه برای تبادل اطلاعات به طالبان رو آورده است.'
		},
		{
			id: 's3',
			act: 'denial',
			speaker: 'Taliban',
			saidAt: day('2015-12-27'),
			about: 'e1',
			chain: ['Asharq Al-Awsat'],
			evidence: [{ doc: 'd1', start: 200, end: 300 }],
			text: 'نفت حركة طالبان تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا.'
		},
		{
			id: 's4',
			act: 'denial',
			speaker: 'Taliban',
			saidAt: day('2015-12-27'),
			about: 'e2',
			chain: ['Asharq Al-Awsat'],
			evidence: [{ doc: 'd1', start: 300, end: 380 }],
			text: 'ونفت طالبان أن يكون بوتين قد التقى الملا أختر منصور.'
		},
		{
			id: 's5',
			act: 'report',
			speaker: 'Sunday Times',
			saidAt: range('2015-12-20', '2015-12-26', 'week', '2015-W51'),
			about: 'e2',
			chain: ['Asharq Al-Awsat', 'Sunday Times'],
			evidence: [{ doc: 'd1', start: 380, end: 460 }],
			text: 'The Sunday Times reported that Putin met Mansour at a military base in Tajikistan.'
		},
		{
			id: 's6',
			act: 'report',
			speaker: 'Washington Post',
			saidAt: day('2017-12-06'),
			about: 'e3',
			chain: ['Youm7', 'Washington Post'],
			evidence: [{ doc: 'd0', start: 60, end: 160 }],
			text: 'قالت صحيفة واشنطن بوست إن باكستان تقدم الدعم الاستخباراتى لطالبان.'
		},
		{
			id: 's7',
			act: 'claim',
			speaker: 'Taliban',
			saidAt: day('2017-12-06'),
			about: 'e3',
			chain: ['Youm7', 'Washington Post', 'Taliban'],
			evidence: [{ doc: 'd0', start: 160, end: 240 }],
			text: 'بحسب ما قال اثنان من قادة الجماعة الأفغانية.'
		},
		{
			id: 's8',
			act: 'claim',
			speaker: 'Taliban',
			saidAt: null,
			about: null,
			chain: ['Al-Marjie'],
			evidence: [{ doc: 'd4', start: 0, end: 80 }],
			text: 'بدأت الحسابات التابعة لطالبان تتداول الأخبار دعماً لهيئة تحرير الشام.'
		}
	],
	links: [
		{ type: 'denies', from: 's3', to: 's1' },
		{ type: 'same-as', from: 's6', to: 's7' }
	]
};
