import type { TimelineItem, TimelineLink } from '../../../lib/core/timeline/item';
import type { TimeValue } from '../../../lib/core/time/time-value';

/**
 * Hand-made items shaped like the seed story (Russia/Pakistan intelligence to the Taliban against
 * ISIS, and the denials), used by the export dev page and tests when no extracted story is at hand.
 * Text is quoted from the seed articles; dates are illustrative fixtures, not extraction output.
 */
const day = (iso: string, text = '', calendar: TimeValue['calendar'] = 'gregorian'): TimeValue => ({
	earliest: iso,
	latest: iso,
	precision: 'day',
	calendar,
	edtf: iso,
	text
});

const base: Pick<TimelineItem, 'chain' | 'evidence' | 'status'> = { chain: [], evidence: [], status: null };

export const seedItems: TimelineItem[] = [
	{
		...base,
		id: 'e-putin-mansour',
		kind: 'event',
		label: 'بوتين التقى سرًا الملا أختر منصور',
		text: 'ردًا على تقرير يؤكد أن بوتين التقى سرًا الملا أختر منصور',
		when: {
			earliest: '2015-09-01',
			latest: '2015-09-30',
			precision: 'month',
			calendar: 'gregorian',
			edtf: '2015-09',
			text: 'سبتمبر'
		},
		status: 'denied',
		actors: ['Vladimir Putin', 'Akhtar Mansour'],
		outlets: ['Asharq Al-Awsat'],
		docs: ['001'],
		lang: 'ar',
		evidence: [{ doc: '001', start: 60, end: 112 }]
	},
	{
		...base,
		id: 'e-russia-intel',
		kind: 'event',
		label: 'Russia shares intelligence with the Taliban against ISIS',
		text: 'Russia and the Taliban exchange information about the Islamic State in Afghanistan.',
		when: {
			earliest: '2015-12-01',
			latest: '2015-12-31',
			precision: 'month',
			calendar: 'gregorian',
			edtf: '2015-12',
			text: 'December 2015',
			approximate: true
		},
		status: 'disputed',
		actors: ['Russia', 'Taliban'],
		outlets: ['CNN'],
		docs: ['002'],
		lang: 'en'
	},
	{
		...base,
		id: 's-zakharova',
		kind: 'claim',
		label: 'زاخارووا: منافع طالبان با ما همسو است',
		text: 'ماریا زاخارووا، سخنگوی وزارت خارجه روسیه گفت منافع طالبان در مبارزه با داعش با منافع روسیه همسو است.',
		when: day('2015-12-23', 'چهارشنبه'),
		status: 'disputed',
		actors: ['Maria Zakharova', 'Russia'],
		outlets: ['ISNA', 'CNN'],
		chain: ['ISNA', 'CNN', 'Maria Zakharova'],
		docs: ['002'],
		lang: 'fa'
	},
	{
		...base,
		id: 's-isna',
		kind: 'report',
		label: 'همکاری اطلاعاتی مسکو با طالبان علیه داعش',
		text: 'به گزارش ایسنا به نقل از شبکه تلویزیونی سی.ان.ان …',
		when: day('2015-12-26', '۰۵-۱۰-۱۳۹۴', 'persian'),
		status: 'disputed',
		actors: ['ISNA'],
		outlets: ['ISNA'],
		chain: ['ISNA', 'CNN'],
		docs: ['002'],
		lang: 'fa'
	},
	{
		...base,
		id: 's-taliban-denial',
		kind: 'denial',
		label: 'طالبان تنفي وجود أي تبادل معلومات مع موسكو',
		text: 'نفت حركة طالبان تقارير أفادت بأن ممثلين عنها التقوا مسؤولين من روسيا لبحث التهديد الذي يمثله تنظيم داعش.',
		when: day('2015-12-27', 'الأحد'),
		status: 'denied',
		actors: ['Taliban'],
		outlets: ['Asharq Al-Awsat'],
		docs: ['001'],
		lang: 'ar'
	},
	{
		...base,
		id: 's-sunday-times',
		kind: 'report',
		label: 'Sunday Times: Putin met Mansour',
		text: 'The Sunday Times reported that Putin met Mullah Akhtar Mansour in Tajikistan.',
		when: day('2015-12-20', 'this week'),
		status: 'denied',
		actors: ['The Sunday Times', 'Vladimir Putin'],
		outlets: ['The Sunday Times'],
		docs: ['001'],
		lang: 'en'
	},
	{
		...base,
		id: 'e-pakistan-intel',
		kind: 'event',
		label: 'باكستان تقدم دعمًا استخباراتيًا غير رسمي لطالبان',
		text: 'فإن باكستان تستخدم شبكة من القنوات غير الرسمية لتقديم الدعم الاستخباراتى والفنى لطالبان لمكافحة هذا التهديد',
		when: {
			earliest: '2015-11-01',
			latest: '2016-01-31',
			precision: 'season',
			calendar: 'gregorian',
			edtf: '2015-11/2016-01',
			text: '',
			uncertain: true
		},
		status: 'reported',
		actors: ['Pakistan', 'Taliban'],
		outlets: ['Washington Post', 'Youm7'],
		chain: ['Youm7', 'Washington Post'],
		docs: ['000'],
		lang: 'ar'
	},
	{
		...base,
		id: 's-wapo',
		kind: 'report',
		label: 'واشنطن بوست: باكستان تقدم دعم استخباراتى لطالبان',
		text: 'قالت صحيفة واشنطن بوست إنه فى الوقت الذى يكثف فيه تنظيم داعش هجماته فى أفغانستان …',
		when: day('2016-01-12'),
		status: 'reported',
		actors: ['Washington Post'],
		outlets: ['Youm7'],
		chain: ['Youm7', 'Washington Post'],
		docs: ['000'],
		lang: 'ar'
	},
	{
		...base,
		id: 's-pak-official',
		kind: 'denial',
		label: 'مسئول باكستانى: مناقشات غير رسمية وليست شراكة',
		text: 'ووصف مسئول باكستانى الاتصالات بين الجانبين بالمناقشات غير الرسمية وليس شراكة تبادل استخباراتى.',
		when: day('2016-01-12'),
		status: 'reported',
		actors: ['anonymous Pakistani official'],
		outlets: ['Youm7'],
		docs: ['000'],
		lang: 'ar'
	},
	{
		...base,
		id: 'd-004',
		kind: 'document',
		label: 'غزل متبادل بين طالبان والجولاني',
		text: 'غزل متبادل بين طالبان والجولاني زعيم فرع القاعدة في سوريا',
		when: day('2024-05-03', 'الجمعة ٠٣ / مايو / ٢٠٢٤'),
		actors: ['Taliban'],
		outlets: ['Unknown outlet'],
		docs: ['004'],
		lang: 'ar'
	},
	{
		...base,
		id: 's-undated',
		kind: 'claim',
		label: 'A claim with no date',
		text: 'Commas, "quotes", and a formula-looking =SUM(A1) survive the round trip.',
		when: null,
		actors: ['Taliban'],
		outlets: [],
		docs: ['003'],
		lang: 'en'
	}
];

export const seedLinks: TimelineLink[] = [
	{ type: 'denies', from: 's-taliban-denial', to: 'e-russia-intel' },
	{ type: 'denies', from: 's-taliban-denial', to: 'e-putin-mansour' },
	{ type: 'reports-on', from: 's-sunday-times', to: 'e-putin-mansour' },
	{ type: 'reports-on', from: 's-isna', to: 'e-russia-intel' },
	{ type: 'reports-on', from: 's-wapo', to: 'e-pakistan-intel' },
	{ type: 'denies', from: 's-pak-official', to: 'e-pakistan-intel' }
];

/** Source documents behind the fixture. */
export const seedSourceCount = 5;
