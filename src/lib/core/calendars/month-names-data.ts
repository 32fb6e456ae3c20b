/**
 * Month names as data, one name per line: `calendar locale style month name…` (the name is the rest
 * of the line and may contain spaces). `style` is `long` or `short`; a missing short name falls
 * back to the long one, and a missing locale variant (fa-AF) to its language (fa). Spellings follow
 * the forms the outlets we read print; the Gregorian Arabic forms are the Egyptian/Gulf ones.
 */
export default `
gregorian en long 1 January
gregorian en long 2 February
gregorian en long 3 March
gregorian en long 4 April
gregorian en long 5 May
gregorian en long 6 June
gregorian en long 7 July
gregorian en long 8 August
gregorian en long 9 September
gregorian en long 10 October
gregorian en long 11 November
gregorian en long 12 December
gregorian en short 1 Jan
gregorian en short 2 Feb
gregorian en short 3 Mar
gregorian en short 4 Apr
gregorian en short 5 May
gregorian en short 6 Jun
gregorian en short 7 Jul
gregorian en short 8 Aug
gregorian en short 9 Sep
gregorian en short 10 Oct
gregorian en short 11 Nov
gregorian en short 12 Dec
gregorian ar long 1 يناير
gregorian ar long 2 فبراير
gregorian ar long 3 مارس
gregorian ar long 4 أبريل
gregorian ar long 5 مايو
gregorian ar long 6 يونيو
gregorian ar long 7 يوليو
gregorian ar long 8 أغسطس
gregorian ar long 9 سبتمبر
gregorian ar long 10 أكتوبر
gregorian ar long 11 نوفمبر
gregorian ar long 12 ديسمبر
gregorian fa long 1 ژانویه
gregorian fa long 2 فوریه
gregorian fa long 3 مارس
gregorian fa long 4 آوریل
gregorian fa long 5 مه
gregorian fa long 6 ژوئن
gregorian fa long 7 ژوئیه
gregorian fa long 8 اوت
gregorian fa long 9 سپتامبر
gregorian fa long 10 اکتبر
gregorian fa long 11 نوامبر
gregorian fa long 12 دسامبر
persian en long 1 Farvardin
persian en long 2 Ordibehesht
persian en long 3 Khordad
persian en long 4 Tir
persian en long 5 Mordad
persian en long 6 Shahrivar
persian en long 7 Mehr
persian en long 8 Aban
persian en long 9 Azar
persian en long 10 Dey
persian en long 11 Bahman
persian en long 12 Esfand
persian ar long 1 فروردين
persian ar long 2 أرديبهشت
persian ar long 3 خرداد
persian ar long 4 تير
persian ar long 5 مرداد
persian ar long 6 شهريور
persian ar long 7 مهر
persian ar long 8 آبان
persian ar long 9 آذر
persian ar long 10 دي
persian ar long 11 بهمن
persian ar long 12 إسفند
persian fa long 1 فروردین
persian fa long 2 اردیبهشت
persian fa long 3 خرداد
persian fa long 4 تیر
persian fa long 5 مرداد
persian fa long 6 شهریور
persian fa long 7 مهر
persian fa long 8 آبان
persian fa long 9 آذر
persian fa long 10 دی
persian fa long 11 بهمن
persian fa long 12 اسفند
persian fa-AF long 1 حمل
persian fa-AF long 2 ثور
persian fa-AF long 3 جوزا
persian fa-AF long 4 سرطان
persian fa-AF long 5 اسد
persian fa-AF long 6 سنبله
persian fa-AF long 7 میزان
persian fa-AF long 8 عقرب
persian fa-AF long 9 قوس
persian fa-AF long 10 جدی
persian fa-AF long 11 دلو
persian fa-AF long 12 حوت
islamic-umalqura en long 1 Muharram
islamic-umalqura en long 2 Safar
islamic-umalqura en long 3 Rabiʻ al-Awwal
islamic-umalqura en long 4 Rabiʻ al-Thani
islamic-umalqura en long 5 Jumada al-Ula
islamic-umalqura en long 6 Jumada al-Akhirah
islamic-umalqura en long 7 Rajab
islamic-umalqura en long 8 Shaʻban
islamic-umalqura en long 9 Ramadan
islamic-umalqura en long 10 Shawwal
islamic-umalqura en long 11 Dhu al-Qaʻdah
islamic-umalqura en long 12 Dhu al-Hijjah
islamic-umalqura ar long 1 محرم
islamic-umalqura ar long 2 صفر
islamic-umalqura ar long 3 ربيع الأول
islamic-umalqura ar long 4 ربيع الآخر
islamic-umalqura ar long 5 جمادى الأولى
islamic-umalqura ar long 6 جمادى الآخرة
islamic-umalqura ar long 7 رجب
islamic-umalqura ar long 8 شعبان
islamic-umalqura ar long 9 رمضان
islamic-umalqura ar long 10 شوال
islamic-umalqura ar long 11 ذو القعدة
islamic-umalqura ar long 12 ذو الحجة
islamic-umalqura fa long 1 محرم
islamic-umalqura fa long 2 صفر
islamic-umalqura fa long 3 ربیع‌الاول
islamic-umalqura fa long 4 ربیع‌الثانی
islamic-umalqura fa long 5 جمادی‌الاول
islamic-umalqura fa long 6 جمادی‌الثانی
islamic-umalqura fa long 7 رجب
islamic-umalqura fa long 8 شعبان
islamic-umalqura fa long 9 رمضان
islamic-umalqura fa long 10 شوال
islamic-umalqura fa long 11 ذی‌القعده
islamic-umalqura fa long 12 ذی‌الحجه
`;
