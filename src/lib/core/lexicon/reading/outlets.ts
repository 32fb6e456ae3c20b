/**
 * How outlets and agencies are named when they are in no list (format: ../lines.ts).
 *
 *   outlethead KIND [WHAT]  a word before an outlet's name («صحيفة X», «وكالة X», «خبرگزاری X», "the X
 *                     newspaper"); KIND is outlet or agency; WHAT names an outlet told only by where it
 *                     is from («التلفزيون الإيراني»: an Iranian television; «صحيفة بريطانية»: a British
 *                     newspaper)
 *   outlettail KIND   a word that ends an outlet's name in English ("X News", "The X Times", "X TV")
 *   media             a word for the press in general: «وسائل إعلام», "media reports" (no speaker)
 *   medialink         after such a word, before the side the press serves ("media close to the PKK",
 *                     «وسائل إعلام مقربة من حزب الله», «رسانه‌های نزدیک به سپاه»)
 */
export default `
outlethead outlet newspaper: صحيفة | جريدة | روزنامه | نشریه | هفته‌نامه | newspaper | daily
outlethead outlet magazine: مجلة | مجله | magazine
outlethead outlet channel: قناة تلفزيونية | شبكة تلفزيونية | القناة التلفزيونية | قناة | شبكة | شبکه تلویزیونی | شبکه خبری | شبکه ماهواره‌ای | شبکه تلویزیونی خبری | شبکه | channel | broadcaster
outlethead outlet television: تلفزيون | التلفزيون | تلویزیون | تلویزیون دولتی | television | tv
outlethead outlet radio: إذاعة | راديو | رادیو | radio
outlethead outlet website: موقع | الموقع الإلكتروني | منصة | پایگاه خبری | پایگاه اطلاع‌رسانی | سایت | وبسایت | وب‌سایت | website | news site
outlethead outlet outlet: رسانه | outlet
outlethead agency: وكالة | وكالة أنباء | وكالة الأنباء | خبرگزاری | آژانس خبری | agency | news agency | wire service
outlettail outlet: news | times | post | journal | herald | tribune | telegraph | guardian | gazette | daily | tv | television | radio | network | press | online | today | observer | monitor | review | chronicle | independent | express | mirror | mail | report
outlettail agency: agency | news agency | press agency
media: وسائل إعلام | وسائل الإعلام | وسائل اعلام | الإعلام | الصحافة | مواقع التواصل | وسائل التواصل الاجتماعي | رسانه‌ها | رسانه ها | رسانه‌های | رسانه های | شبکه‌های اجتماعی | media | the press | social media | news reports | press reports | media reports
medialink: close to | linked to | affiliated with | aligned with | loyal to | run by | مقربة من | المقربة من | القريبة من | قريبة من | التابعة ل | التابعة لـ | تابعة ل | تابعة لـ | الموالية ل | موالية ل | نزدیک به | وابسته به | مرتبط با | مرتبط به | نزديک به
`;
