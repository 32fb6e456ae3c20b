import { describeRows, type Row } from './rows';

/**
 * With no reference day, each end of a range said as days and months with no year takes the year told
 * before it in its sentence (dates/find.ts `toldYear`, as a single day already did), the second end on
 * or after the first, across the year's turn («از ۲۴ اسفند تا ۵ فروردین», "from December 20 to January
 * 5"). English names an event by its year after its noun, as Arabic and Persian do («ميزانية 2016»,
 * «بودجه ۱۳۹۵»; words.ts `yearlead`): "Budget Session 2016", "Vision 2030". With a reference day, or
 * with no year told, the ends stay as they were; a count after the noun is no year.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'the ends of a range take the year told before them': [
		[
			'en',
			'',
			'The Budget Session 2016 was scheduled from February 23 to March 16, and from April 25 to May 13, 2016.',
			[
				'2016=2016-01-01/2016-12-31',
				'February 23=2016-02-23',
				'March 16=2016-03-16',
				'April 25=2016-04-25',
				'May 13, 2016=2016-05-13'
			]
		],
		[
			'en',
			'',
			'In 2016 the fair ran from December 20 to January 5.',
			['2016=2016-01-01/2016-12-31', 'December 20=2016-12-20', 'January 5=2017-01-05']
		],
		[
			'ar',
			'',
			'في عام 2016 عقدت الدورة من 23 فبراير إلى 16 مارس',
			['عام 2016=2016-01-01/2016-12-31', '23 فبراير=2016-02-23', '16 مارس=2016-03-16']
		],
		[
			'fa',
			'',
			'در سال ۱۳۹۵ نمایشگاه از ۲۴ اسفند تا ۵ فروردین برگزار شد',
			['سال ۱۳۹۵=2016-03-20/2017-03-20', '۲۴ اسفند=2017-03-14', '۵ فروردین=2017-03-25']
		],
		['en', '', 'the Vision 2030 plan', ['2030=2030-01-01/2030-12-31']]
	],
	'look-alikes: no year told, a count after the noun': [
		['en', '', 'The fair ran from December 20 to January 5.', ['December 20=null', 'January 5=null']],
		['ar', '', 'عقدت الدورة من 23 فبراير إلى 16 مارس', ['23 فبراير=null', '16 مارس=null']],
		['en', '', 'The session 2000 members attended was long.', []],
		['en', '', 'a budget 1500 dollars short', []]
	]
};

describeRows('a range with a year told before it', rows);
