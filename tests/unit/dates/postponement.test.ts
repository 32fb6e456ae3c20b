import { describeRows, type Row } from './rows';

/**
 * The new date of a postponement ("adjourned the session to July 8", «تأجيل الجلسة إلى 12 مارس»,
 * «به ۲۵ حمل موکول شد»): a day or month without a year right after "to", «إلى», «لـ», «به», «تا» with a word
 * of postponing in its sentence is the nearer of the last such day and the next one, since the news
 * tells of a postponement made about the reference day (dates/tense.ts `shifted`, words.ts `shift`).
 * Each row: [lang, ref, text, exactly the mentions found, as "span=day" or "span=first/last"].
 */

const rows: Record<string, Row[]> = {
	'English: the new date after "to" or "until" is the nearer one': [
		['en', '2014-07-07', 'Iraqi parliament postpones key session to Aug. 12', ['Aug. 12=2014-08-12']],
		[
			'en',
			'2014-07-07',
			'The acting speaker had to adjourn the session to July 8 because of chaos.',
			['July 8=2014-07-08']
		],
		[
			'en',
			'2014-07-20',
			'The speaker adjourned the session to July 8 because of chaos.',
			['July 8=2014-07-08']
		]
	],
	'English look-alikes: the old date, and "to" with no postponement, look back': [
		['en', '2014-07-07', 'The session of Aug. 12 was postponed.', ['Aug. 12=2013-08-12']],
		['en', '2014-07-07', 'Prices rose from 10 to 12 on Aug. 12.', ['Aug. 12=2013-08-12']]
	],
	'Arabic: the new date after «إلى» is the nearer one': [
		['ar', '2024-03-05', 'قررت المحكمة تأجيل الجلسة إلى 12 مارس', ['12 مارس=2024-03-12']],
		['ar', '2024-03-05', 'وأجلت المحكمة القضية إلى 2 مارس', ['2 مارس=2024-03-02']],
		// «لـ» with its tatweel before figures, and «لجلسة» (to the session of), bring the new date too;
		// a headline's quotes are no words between the verb and its date
		[
			'ar',
			'2016-10-20',
			'تأجيل محاكمة «مرسى» و24 آخرين بـ«إهانة القضاء» لـ6 نوفمبر',
			['6 نوفمبر=2016-11-06']
		],
		['ar', '2016-10-20', 'أجلت المحكمة القضية لجلسة 6 نوفمبر', ['6 نوفمبر=2016-11-06']]
	],
	'Arabic look-alikes: no postponement, or the old date': [
		['ar', '2024-03-05', 'ووصل الوفد إلى بغداد في 12 مارس', ['12 مارس=2023-03-12']],
		// (three weeks ahead: within two, the old date is the one to come, find.ts `SOON_AFTER`)
		['ar', '2024-02-20', 'وتقرر تأجيل جلسة 12 مارس', ['12 مارس=2023-03-12']],
		['ar', '2016-10-20', 'قررت المحكمة حبسه لـ6 نوفمبر', ['6 نوفمبر=2015-11-06']]
	],
	'Persian: the new date after «به» or «تا» is the nearer one': [
		['fa', '2021-03-22', 'مراسم افتتاح به ۲۵ حمل موکول شد', ['۲۵ حمل=2021-04-14']],
		['fa', '2021-03-22', 'برگزاری انتخابات تا ۱۵ حمل به تعویق افتاد', ['۱۵ حمل=2021-04-04']]
	],
	'Persian look-alikes: the old date stays back': [
		['fa', '2021-03-22', 'جلسه ۲۰ حمل به تعویق افتاد', ['۲۰ حمل=2020-04-08']],
		['fa', '2021-03-22', 'هیئت به ۲۵ حمل رسید', ['۲۵ حمل=2020-04-13']]
	]
};

describeRows('The new date of a postponement is near the reference', rows);
