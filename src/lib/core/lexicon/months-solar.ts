/**
 * Solar Hijri month names, one month per line: Iranian (فروردین…) and Afghan Dari zodiac (حمل…حوت).
 * `*` marks a spelling that is also an everyday word or name (مهر "Mehr News"/"kindness", تیر
 * "arrow", بهمن a given name, جدی "serious", میزان "level"…): a month only with a day, a year,
 * "ماه", a cue or a relative word. Afghan text also writes برج ("sign") before
 * the zodiac month ("۱۵ برج سرطان ۱۴۰۰"), which makes it unambiguous. Forms glued to ماه (دی‌ماه, دیماه, تیرماه) are derived at load.
 */
export default `
1: فروردین | فروردين | حمل* | farvardin | برج حمل
2: اردیبهشت | ارديبهشت | ثور* | ordibehesht | برج ثور
3: خرداد | جوزا* | جوزاء* | khordad | برج جوزا
4: تیر* | سرطان* | tir* | برج سرطان
5: مرداد | امرداد | اسد* | mordad | amordad | برج اسد
6: شهریور | شهريور | سنبله* | سنبه* | shahrivar | برج سنبله
7: مهر* | میزان* | mehr* | برج میزان
8: آبان | عقرب* | aban | برج عقرب
9: آذر | قوس* | azar | برج قوس
10: دی* | دي* | جدی* | جدي* | dey* | برج جدی
11: بهمن* | دلو* | bahman* | برج دلو
12: اسفند | حوت* | esfand | برج حوت
`;
