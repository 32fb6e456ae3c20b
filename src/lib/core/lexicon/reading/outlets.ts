/**
 * How outlets and agencies are named when they are in no list (format: ../lines.ts).
 *
 *   outlethead KIND   a word before an outlet's name («صحيفة X», «وكالة X», «خبرگزاری X», "the X
 *                     newspaper"); KIND is outlet or agency
 *   outlettail KIND   a word that ends an outlet's name in English ("X News", "The X Times", "X TV")
 *   media             a word for the press in general: «وسائل إعلام», "media reports" (no speaker)
 */
export default `
outlethead outlet: قناة تلفزيونية | شبكة تلفزيونية | القناة التلفزيونية | صحيفة | جريدة | مجلة | قناة | شبكة | تلفزيون | التلفزيون | إذاعة | راديو | موقع | الموقع الإلكتروني | منصة
outlethead outlet: شبکه تلویزیونی | شبکه خبری | شبکه ماهواره‌ای | شبکه تلویزیونی خبری | تلویزیون دولتی | روزنامه | نشریه | هفته‌نامه | مجله | شبکه | تلویزیون | رادیو | پایگاه خبری | پایگاه اطلاع‌رسانی | سایت | وبسایت | وب‌سایت | رسانه
outlethead outlet: newspaper | daily | magazine | channel | broadcaster | television | tv | radio | website | news site | outlet
outlethead agency: وكالة | وكالة أنباء | وكالة الأنباء | خبرگزاری | آژانس خبری | agency | news agency | wire service
outlettail outlet: news | times | post | journal | herald | tribune | telegraph | guardian | gazette | daily | tv | television | radio | network | press | online | today | observer | monitor | review | chronicle | independent | express | mirror | mail | report
outlettail agency: agency | news agency | press agency
media: وسائل إعلام | وسائل الإعلام | وسائل اعلام | الإعلام | الصحافة | مواقع التواصل | وسائل التواصل الاجتماعي | رسانه‌ها | رسانه ها | رسانه‌های | رسانه های | شبکه‌های اجتماعی | media | the press | social media | news reports | press reports | media reports
`;
