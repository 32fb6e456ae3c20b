/**
 * Events whose name stands for their date in this region's news, one line per name and spelling:
 * `VALUE CALENDAR | spelling | source`. VALUE is an ISO day (2001-09-11) or an ISO interval
 * interval (1948-01-01/1948-12-31); CALENDAR is the calendar the text counts in
 * (gregorian, persian, islamic-umalqura); the source says where the date was checked. A spelling
 * may end in `@ar`, `@fa` or `@en` to hold only in texts of that language ("9/11" in Arabic text is
 * 9 November).
 *
 * "هجمات 11 سبتمبر" is 2001-09-11, not the latest 11 September before the publication date. With a
 * year right after it the name is an ordinary date ("هجمات 11 سبتمبر 2001"; "أحداث 11 سبتمبر 2012"
 * is the Benghazi attack of 2012). Wars and other periods are left out: annotators read "جنگ
 * تحمیلی" or "the Six-Day War" as names of events, not as dates (tests/eval, x-fa-26, b-fa-63).
 */
export default `
2001-09-11 gregorian | 9/11@en | Wikipedia, "September 11 attacks"
2001-09-11 gregorian | 9-11@en | Wikipedia, "September 11 attacks"
2001-09-11 gregorian | September 11 attacks@en | Wikipedia, "September 11 attacks"
2001-09-11 gregorian | Sept. 11 attacks@en | Wikipedia, "September 11 attacks"
2001-09-11 gregorian | هجمات 11 سبتمبر | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | هجمات الحادي عشر من سبتمبر | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | أحداث 11 سبتمبر | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | أحداث الحادي عشر من سبتمبر | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | اعتداءات 11 سبتمبر | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | هجمات 11 أيلول | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | أحداث 11 أيلول | Wikipedia (ar), "هجمات 11 سبتمبر 2001"
2001-09-11 gregorian | حملات ۱۱ سپتامبر | Wikipedia (fa), "حملات ۱۱ سپتامبر"
2001-09-11 gregorian | حادثه ۱۱ سپتامبر | Wikipedia (fa), "حملات ۱۱ سپتامبر"
2001-09-11 gregorian | حوادث ۱۱ سپتامبر | Wikipedia (fa), "حملات ۱۱ سپتامبر"
2001-09-11 gregorian | حملات یازده سپتامبر | Wikipedia (fa), "حملات ۱۱ سپتامبر"
1979-02-11 persian | انقلاب ۵۷@fa | Wikipedia (fa), "انقلاب ۱۳۵۷ ایران" (22 Bahman 1357)
1979-02-11 persian | انقلاب سال ۵۷@fa | Wikipedia (fa), "انقلاب ۱۳۵۷ ایران" (22 Bahman 1357)
1979-02-11 persian | پیروزی انقلاب اسلامی@fa | Wikipedia (fa), "انقلاب ۱۳۵۷ ایران" (22 Bahman 1357)
1979-02-11 gregorian | الثورة الإسلامية الإيرانية@ar | Wikipedia (ar), "الثورة الإسلامية الإيرانية" (11 February 1979)
1948-01-01/1948-12-31 gregorian | النكبة@ar | Wikipedia (ar), "النكبة" (1948)
1948-01-01/1948-12-31 gregorian | the Nakba@en | Wikipedia, "Nakba" (1948)
1979-12-24 gregorian | the Soviet invasion of Afghanistan@en | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
1979-12-24 gregorian | الغزو السوفيتي لأفغانستان@ar | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
1979-12-24 gregorian | الغزو السوفياتي لأفغانستان@ar | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
1979-12-24 gregorian | الاجتياح السوفيتي لأفغانستان@ar | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
1979-12-24 persian | تجاوز شوروی به افغانستان@fa | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
1979-12-24 persian | حمله شوروی به افغانستان@fa | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
1979-12-24 persian | تهاجم شوروی به افغانستان@fa | Wikipedia, "Soviet–Afghan War" (invasion of 24 December 1979)
2011-01-25 gregorian | ثورة 25 يناير@ar | Wikipedia (ar), "ثورة 25 يناير"
2011-01-25 gregorian | the January 25 revolution@en | Wikipedia, "Egyptian revolution of 2011"
2013-06-30 gregorian | مظاهرات 30 يونيو@ar | Wikipedia (ar), "مظاهرات 30 يونيو 2013 في مصر"
2013-06-30 gregorian | ثورة 30 يونيو@ar | Wikipedia (ar), "مظاهرات 30 يونيو 2013 في مصر"
2011-02-17 gregorian | ثورة 17 فبراير@ar | Wikipedia (ar), "ثورة 17 فبراير"
2011-01-14 gregorian | ثورة 14 جانفي@ar | Wikipedia (ar), "الثورة التونسية" (14 January 2011)
1953-08-19 persian | کودتای ۲۸ مرداد@fa | Wikipedia (fa), "کودتای ۲۸ مرداد" (28 Mordad 1332)
1963-06-05 persian | قیام ۱۵ خرداد@fa | Wikipedia (fa), "قیام ۱۵ خرداد" (15 Khordad 1342)
`;
