/**
 * Lunar Hijri month names in the usual Arabic and Persian spellings, one month per line.
 * Spaces inside a name also match the glued form (ربیع‌الاول, ربيع الاول, ربيعالاول).
 */
export default `
1: محرم | محرم الحرام | المحرم | muharram
2: صفر* | صفر المظفر | safar*
3: ربيع الأول | ربيع الاول | ربيع أول | ربيع اول | ربیع‌الاول | ربیع الاول | ربيع الأنور | rabi al-awwal | rabi' al-awwal | rabi ul-awwal | rabi i | rabi al-awal | rabi-ul-awwal
4: ربيع الآخر | ربيع الثاني | ربيع ثاني | ربیع‌الثانی | ربیع الثانی | ربيع الاخر | ربیع‌الآخر | ربيع آخر | ربيع اخر | rabi al-thani | rabi' al-thani | rabi al-akhir | rabi ii
5: جمادى الأولى | جمادى الاولى | جمادى الأول | جمادي الاولي | جمادی‌الاول | جمادی الاول | جمادی‌الاولی | جمادى أولى | جمادى أول | جمادى اول | جمادي أول | jumada al-ula | jumada al-awwal | jumada i
6: جمادى الآخرة | جمادى الاخرة | جمادى الثانية | جمادى الآخر | جمادی‌الثانی | جمادی الثانی | جمادی‌الآخر | جمادی الاخری | جمادى ثانية | جمادى ثاني | جمادى آخر | جمادى اخر | جمادي آخر | jumada al-akhirah | jumada al-thani | jumada ii
7: رجب | رجب المرجب | rajab
8: شعبان | شعبان المعظم | sha'ban | shaban
9: رمضان* | رمضان المبارك | ماه رمضان | شهر رمضان | ماه مبارک رمضان | ramadan | ramazan
10: شوال | شوال المكرم | shawwal
11: ذو القعدة | ذي القعدة | ذو القعده | ذی‌القعده | ذی القعده | ذوالقعده | ذي القعده | ذیقعده | ذی‌قعده | ذی قعده | dhu al-qadah | dhu al-qa'dah | dhul qadah | dhu al-qidah | dhul-qadah | dhul-qa'dah | dhul-qidah | dhu'l-qa'dah
12: ذو الحجة | ذي الحجة | ذو الحجه | ذی‌الحجه | ذی الحجه | ذوالحجه | ذي الحجه | ذیحجه | ذی‌حجه | ذی حجه | dhu al-hijjah | dhul hijjah | dhu al-hijja | dhul-hijjah | dhul-hijja | dhu'l-hijjah
`;
