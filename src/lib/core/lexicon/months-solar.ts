/**
 * Solar Hijri month names, one month per line: Iranian (فروردین…) and Afghan Dari zodiac (حمل…حوت).
 * `*` marks a spelling that is also an everyday word or name (مهر "Mehr News"/"kindness", تیر
 * "arrow", بهمن a given name, جدی "serious", میزان "level"…): a month only with a day, a year,
 * "ماه", a cue or a relative word. Forms glued to ماه (دی‌ماه, دیماه, تیرماه) are derived at load.
 */
export default `
1: فروردین | فروردين | حمل*
2: اردیبهشت | ارديبهشت | ثور*
3: خرداد | جوزا* | جوزاء*
4: تیر* | سرطان*
5: مرداد | امرداد | اسد*
6: شهریور | شهريور | سنبله*
7: مهر* | میزان*
8: آبان | عقرب*
9: آذر | قوس*
10: دی* | دي* | جدی* | جدي*
11: بهمن* | دلو*
12: اسفند | حوت*
`;
