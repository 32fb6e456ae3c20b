/**
 * Words around a page's dates, one meaning per line: `kind: spelling | spelling`.
 *   published   a label before the publication date
 *   updated     a label before an update date (never the publication date)
 *   chrome      site furniture next to a header clock (a date there is the day the page was saved)
 *   lead        a label that names the publication date only at the start of a line ("date 2023-04-11 …";
 *               anywhere else "date" is an everyday word)
 *   byline      a label after the date on a date line that names the source or the writer ("2021-11-14 00:00:00 -
 *               المصدر: العربية", "12 May 2024 | By Jane Doe"): the rest of the line is a name, not more text
 *   time        words of a time of day next to a header date ("الساعة ٨:٥٨ صباحاً", "6:12 AM GMT+4:30"):
 *               with the figures of the time they are left out when a line is checked to hold only dates
 *   today       a word for the day of writing at the start of a date mention: a full date told as today
 *               in the article («عصر اليوم الأحد 23 حزيران/ يونيو 2024», «امروز یکشنبه ۲۲ بهمن ۱۴۰۲», "today,
 *               Sunday, June 23, 2024") is the day it was written
 * Matching is on folded text (alef/yeh/kaf forms, diacritics), case-insensitive, as a substring of the line.
 */
export default `
published: تاریخ انتشار | تاريخ انتشار | انتشار: | منتشر شده | منتشرشده | زمان انتشار | تاریخ نشر | تاريخ النشر | نشر في | نشر بتاريخ | نشر يوم | تاريخ النشر: | نُشر في | نشرت في | published | publication date | posted on | posted: | date published | first published
updated: به روز شده | به‌روز شده | بروز شده | بروزرسانی | به روزرسانی | به‌روزرسانی | آخرین بروزرسانی | آخر تحديث | تم التحديث | محدث | تحديث: | آخر تعديل | updated | last updated | last modified | modified
lead: date | dated | date: | التاريخ | تاریخ
byline: المصدر: | المصدر : | مصدر الخبر: | الكاتب: | كتب: | بقلم: | منبع: | منبع : | نویسنده: | source: | by
time: الساعة | الساعه | ساعت | صباحا | صباحاً | مساء | مساءً | ظهرا | ظهراً | ص | م | بتوقيت | بتوقیت | به وقت | صبح | عصر | شب | ق.ظ | ب.ظ | am | pm | a.m | p.m | gmt | utc | est | edt | ist | gst | eat | cet | cest | bst | pst | et | at
chrome: خبر فوری | خبر تازه | لینکهای قابلیت دسترسی | لینک‌های قابلیت دسترسی | لینکهای قابل دسترسی | لینک‌های قابل دسترسی | logo | الوضع المظلم | الوضع الليلي | الوضع الداكن | dark mode | light mode | القائمة | القائمه | الرئيسية | بحث | تسجيل الدخول | اشترك | menu | search | sign in | log in | subscribe | home | حالت شب | جستجو | صفحه اصلی | ورود | عضویت | منو | أخبار عاجلة | breaking news | اليوم: | امروز: | today: | ℃ | °c | درجة الحرارة | دمای هوا | weather
today: اليوم | امروز | today
`;
