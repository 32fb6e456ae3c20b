import { describeRows, type Row } from './rows';

/**
 * A day named by what it is, with a present copula («چهارشنبه عید قربان است», «الأحد هو المتمم لشهر
 * شعبان»), is the nearer of the last such day and the next (dates/tense.ts PRESENT, lexicon/tense.ts
 * `present`): Persian's «است» anywhere after it in its clause, unless it ends a perfect («گفته است»,
 * «کرده است»: a past word and «ه» before it); Arabic's «هو», «هي» only right after it. English "is" is
 * left as it was: "The forecast for Sunday is rain" looks forward, "because Sunday is a holiday" names
 * no particular Sunday.
 * Each row: [lang, ref, text, exactly the mentions found].
 */
const rows: Record<string, Row[]> = {
	'a day named by what it is: the nearer of the last and the next': [
		[
			'fa',
			'2023-06-25',
			'بنا بر این تقویم سه‌شنبه روز عرفه و چهارشنبه عید قربان است.',
			['سه‌شنبه=2023-06-27', 'چهارشنبه=2023-06-28']
		],
		[
			'fa',
			'2024-06-15',
			'طالبان تأکید کردند که روز دوشنبه در افغانستان عید قربان است',
			['روز دوشنبه=2024-06-17']
		],
		['fa', '2024-06-08', 'جشن در ۲۸ سرطان است', ['۲۸ سرطان=2024-07-18']],
		[
			'ar',
			'2019-05-02',
			'أعلن المرصد أن الأحد هو أول أيام رمضان',
			['الأحد=2019-05-05', 'أول أيام رمضان=2019-05-06']
		],
		[
			'ar',
			'2019-05-04',
			'وبالتالي فإن الأحد هو المتمم للشهر، ويوم الاثنين هو أول أيام الصيام.',
			['الأحد=2019-05-05', 'يوم الاثنين=2019-05-06']
		]
	],
	'look-alikes: the nearer one is the last, a perfect, a pronoun further on': [
		['fa', '2023-06-29', 'روز سه‌شنبه عید قربان است', ['روز سه‌شنبه=2023-06-27']],
		['fa', '2023-06-25', 'روز سه‌شنبه سفر کرده است', ['روز سه‌شنبه=2023-06-20']],
		['fa', '2024-06-08', 'هوا روز یکشنبه گرم بوده است', ['روز یکشنبه=2024-06-02']],
		['fa', '2023-06-25', 'سخنگو گفته است که روز سه‌شنبه حمله شد', ['روز سه‌شنبه=2023-06-20']],
		['ar', '2019-05-04', 'التقى الوزير يوم الاثنين نظيره وقال هو إن', ['يوم الاثنين=2019-04-29']],
		['ar', '2019-05-04', 'قالت وزارة الأوقاف إن يوم الخميس هي العطلة الرسمية', ['يوم الخميس=2019-05-02']],
		['en', '2025-07-14', 'The forecast for Sunday is rain.', ['Sunday=2025-07-20']],
		['en', '2021-06-01', 'The ceremony is on June 30.', ['June 30=2020-06-30']]
	]
};

describeRows('the twelfth round: a present copula', rows);
