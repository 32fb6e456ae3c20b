/**
 * Words and patterns for formatting dates, as data: one entry per line, `key locale text…` (the
 * text is the rest of the line). `{}` marks where the date goes; `{y}` a year; `{n}` a number.
 * A missing fa-AF entry falls back to fa.
 *
 * Era markers are printed for lunar Hijri dates by default (1437 alone reads as a Solar Hijri year
 * to an Iranian reader), and for the other calendars only on request.
 */
export default `
era.gregorian en CE
era.gregorian ar م
era.gregorian fa م.
era.persian en AP
era.persian ar هـ.ش
era.persian fa ه‍.ش
era.islamic-umalqura en AH
era.islamic-umalqura ar هـ
era.islamic-umalqura fa ه‍.ق
season.spring en Spring
season.summer en Summer
season.autumn en Autumn
season.winter en Winter
season.spring ar ربيع
season.summer ar صيف
season.autumn ar خريف
season.winter ar شتاء
season.spring fa بهار
season.summer fa تابستان
season.autumn fa پاییز
season.winter fa زمستان
part.early en early {}
part.mid en mid-{}
part.late en late {}
part.early ar أوائل {}
part.mid ar منتصف {}
part.late ar أواخر {}
part.early fa اوایل {}
part.mid fa اواسط {}
part.late fa اواخر {}
decade en {y}s
decade ar عقد {y}
decade fa دهه {y}
century en {n} century
century ar القرن {n}
century fa قرن {n}
approximate en c. {}
approximate ar حوالي {}
approximate fa حدود {}
uncertain en {}?
uncertain ar {}؟
uncertain fa {}؟
`;
