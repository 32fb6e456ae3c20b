import { describeRows, type Row } from './rows';

/**
 * With no reference day, a day and month said without a year after a full date of another calendar
 * told in its sentence take the year that puts them nearest that date (dates/find.ts `toldYear`): the
 * same day restated («روز پنجشنبه 23 اردیبهشت 1400 به عنوان روز اول شوال المکرم», «الخميس 13 مايو
 * 2021، الموافق 1 شوال», "Thursday, May 13, 2021, the first day of Shawwal") or one close to it. Not
 * across a sentence's end, and not a day more than half a year away.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a day of another calendar told before it: its nearest year': [
		[
			'fa',
			'',
			'متن اطلاعیه در خصوص اعلام روز پنجشنبه 23 اردیبهشت 1400 به عنوان روز اول شوال المکرم',
			['روز پنجشنبه 23 اردیبهشت 1400=2021-05-13', 'روز اول شوال المکرم=2021-05-13']
		],
		[
			'ar',
			'',
			'الخميس 13 مايو 2021، الموافق 1 شوال',
			['الخميس 13 مايو 2021=2021-05-13', '1 شوال=2021-05-13']
		],
		[
			'en',
			'',
			'Thursday, May 13, 2021, the first day of Shawwal',
			['Thursday, May 13, 2021=2021-05-13', 'first day of Shawwal=2021-05-13']
		]
	],
	'look-alikes: another sentence': [
		['ar', '', 'وصل الوفد في 13 مايو 2021. ويعود في 1 شوال', ['13 مايو 2021=2021-05-13', '1 شوال=null']],
		['fa', '', 'در 23 اردیبهشت 1400 آمد. در اول شوال رفت', ['23 اردیبهشت 1400=2021-05-13', 'اول شوال=null']]
	]
};

describeRows('a day and month with no year after a date of another calendar', rows);
