/**
 * Fixed-date holidays, one holiday per line: `CALENDAR MONTH/DAY: spelling | spelling`, CALENDAR =
 * persian | islamic-umalqura | gregorian. A holiday names a day of its own calendar: with a year it
 * is that year's (a year of another calendar picks the one falling in it), without one the latest
 * on or before the reference, like a month without a year. Only holidays with one date everywhere
 * are listed (the Prophet's birthday differs between Sunni and Shia reckonings, so it is left out).
 */
export default `
persian 1/1: نوروز | عيد النوروز | عید نوروز | نوروز باستانی | nowruz | norouz | nowrouz | navruz
persian 9/30: شب یلدا | شب چله | ليلة يلدا | yalda night
islamic-umalqura 10/1: عيد الفطر | عيد الفطر المبارك | عید فطر | عید سعید فطر | عید فطر مبارک | eid al-fitr | eid ul-fitr | eid el-fitr
islamic-umalqura 12/10: عيد الأضحى | عيد الاضحى | عيد الأضحى المبارك | عید قربان | عید اضحی | عید سعید قربان | eid al-adha | eid ul-adha | eid el-adha
islamic-umalqura 1/10: عاشوراء | عاشورا | يوم عاشوراء | روز عاشورا | ashura | ashoura
gregorian 12/25: عيد الميلاد المجيد | christmas day | christmas
gregorian 12/24: christmas eve@en
gregorian 12/31: new year's eve@en | new years eve@en
gregorian 1/1: new year's day@en | new years day@en
gregorian 2/14: valentine's day@en
gregorian 10/31: halloween@en
`;
