/**
 * Days that name a movement, a camp or an event in this region's politics, one line per spelling:
 * `VALUE CALENDAR | spelling | source`, as in named-dates.ts (VALUE the real day, CALENDAR the one
 * the text counts in; `@fa`/`@ar` limits a spelling to texts of that language).
 *
 * Said without a year such a day is read three ways, and only the words before it tell which:
 *   - after a noun of the people who follow a cause (`partisan` in words.ts: «اصلاح‌طلبان دوم خرداد»
 *     the reformists of the 2 Khordad movement, «أنصار 14 آذار») it names the camp, and is no date;
 *   - after a word for what happened that day (`dayevent` in words.ts: «حماسه دوم خرداد», «انتخابات
 *     دوم خرداد», «حادثه ۱۸ تیر») it names the event, and is its real day (a named date);
 *   - anywhere else it is an ordinary day of the year («روز دوم خرداد», «در ۱۸ تیر»), counted from the
 *     publication date, since these days come round every year.
 * Days kept every year as a day of their own (۲۲ بهمن, ۱۳ آبان) are left out: «راهپیمایی ۲۲ بهمن» is
 * this year's march, not the revolution's.
 */
export default `
1997-05-23 persian | دوم خرداد@fa | Wikipedia (fa), "جنبش اصلاحات": the presidential election of 2 Khordad 1376
1997-05-23 persian | ۲ خرداد@fa | Wikipedia (fa), "جنبش اصلاحات": the presidential election of 2 Khordad 1376
1999-07-09 persian | هجدهم تیر@fa | Wikipedia (fa), "حادثه کوی دانشگاه تهران" (18 Tir 1378)
1999-07-09 persian | هیجدهم تیر@fa | Wikipedia (fa), "حادثه کوی دانشگاه تهران" (18 Tir 1378)
1999-07-09 persian | ۱۸ تیر@fa | Wikipedia (fa), "حادثه کوی دانشگاه تهران" (18 Tir 1378)
2009-12-30 persian | نهم دی@fa | Wikipedia (fa), "راهپیمایی ۹ دی ۱۳۸۸" (9 Dey 1388)
2009-12-30 persian | ۹ دی@fa | Wikipedia (fa), "راهپیمایی ۹ دی ۱۳۸۸" (9 Dey 1388)
1981-06-28 persian | هفتم تیر@fa | Wikipedia (fa), "بمب‌گذاری دفتر حزب جمهوری اسلامی" (7 Tir 1360)
1981-06-28 persian | ۷ تیر@fa | Wikipedia (fa), "بمب‌گذاری دفتر حزب جمهوری اسلامی" (7 Tir 1360)
1978-09-08 persian | هفدهم شهریور@fa | Wikipedia (fa), "جمعه سیاه" (17 Shahrivar 1357)
1978-09-08 persian | ۱۷ شهریور@fa | Wikipedia (fa), "جمعه سیاه" (17 Shahrivar 1357)
1963-06-05 persian | پانزده خرداد@fa | Wikipedia (fa), "قیام ۱۵ خرداد" (15 Khordad 1342)
1963-06-05 persian | ۱۵ خرداد@fa | Wikipedia (fa), "قیام ۱۵ خرداد" (15 Khordad 1342)
1953-08-19 persian | ۲۸ مرداد@fa | Wikipedia (fa), "کودتای ۲۸ مرداد" (28 Mordad 1332)
2005-03-14 gregorian | 14 آذار@ar | Wikipedia (ar), "تحالف 14 آذار" (the rally of 14 March 2005)
2005-03-08 gregorian | 8 آذار@ar | Wikipedia (ar), "تحالف 8 آذار" (the rally of 8 March 2005)
2011-01-25 gregorian | 25 يناير@ar | Wikipedia (ar), "ثورة 25 يناير"
2013-06-30 gregorian | 30 يونيو@ar | Wikipedia (ar), "مظاهرات 30 يونيو 2013 في مصر"
2011-02-20 gregorian | 20 فبراير@ar | Wikipedia (ar), "حركة 20 فبراير" (Morocco, 20 February 2011)
2011-02-17 gregorian | 17 فبراير@ar | Wikipedia (ar), "ثورة 17 فبراير" (Libya)
`;
