/**
 * Site chrome cues, one per line:  kind | phrase
 *
 * list    — a "most read"-style heading: it and the short headline lines after it are chrome
 * tail    — everything after this line is chrome (share bars, newsletter boxes)
 * line    — a line that starts with this phrase is chrome (a subscription prompt, a page code)
 * credit  — a line ending with this (photo credit) is a caption
 */
export default `
list | الأكثر قراءة
list | الاكثر قراءة
list | الأكثر مشاهدة
list | الاكثر مشاهده
list | الأكثر مشاهده
list | الأكثر تعليقاً
list | الأكثر تعليقا
list | الأكثر تداولا
list | أخبار ذات صلة
list | اخبار مرتبط
list | پربازدیدترین
list | پربحث‌ترین
list | Most read
list | Most popular
list | Related
tail | ارسال به دوستان
tail | النشرة الإخبارية
tail | شارك هذا المقال
tail | Share this article
line | اقرأ أيضاً
line | اقرأ أيضا
line | إقرأ أيضاً
line | لمزيد من الأخبار
line | لمتابعة أخبار
line | إضغط هنا
line | اضغط هنا
line | اشترك في
line | تابعونا
line | بیشتر بخوانید
line | کد خبر
line | کد
line | به روز شده در
line | تاریخ انتشار
line | انتشار:
line | الوضع المظلم
line | Logo
line | TT
line | Advertisement
line | Sign up
line | Subscribe
credit | (إ.ب.أ)
credit | (أ.ف.ب)
credit | (رويترز)
credit | (أ.ب)
credit | (د.ب.أ)
credit | (فرانس برس)
credit | أرشيفية
credit | (Getty)
credit | (EPA)
credit | (AFP)
credit | (Reuters)
credit | (+عکس)
`;
