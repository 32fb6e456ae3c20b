/**
 * Speech cues, one per line:  form | act | role
 *
 * act: claim · report · denial · confirmation (a claim by an outlet or agency is read as a report).
 * role:
 *   verb    — a speech verb; the speaker is its subject (after it in Arabic VSO, before it in SVO/SOV);
 *             in Arabic its content must be introduced (إن، أن، بأن، :، «)
 *   verbo   — a speech verb whose content may be a direct object (نفت التقارير، وصف X بـ، كشف عن)
 *   object  — a verb that is a speech act only with a claim-like object ("رفض التقارير", not "رفض الكشف")
 *   source  — the speaker follows the cue ("بحسب ما قال X", "وفقا لـ X", "according to X")
 *   relay   — the subject relays someone else ("نقلت X عن Y", "به گزارش X", "به نقل از X")
 *   noun    — a nominal speech act ("تصريحات لمسؤول روسي", "ادعاءات حركة طالبان")
 * Arabic forms also match with a glued و/ف.
 */
export default `
# — Arabic claims
قال | claim | verb
قالت | claim | verb
يقول | claim | verb
تقول | claim | verb
يقولون | claim | verb
أكد | claim | verb
أكدت | claim | verb
يؤكد | claim | verb
تؤكد | claim | verb
يؤكدون | claim | verb
كشف | claim | verbo
كشفت | claim | verbo
زعم | claim | verb
زعمت | claim | verb
أضاف | claim | verb
أضافت | claim | verb
تابع | claim | verb
تابعت | claim | verb
أوضح | claim | verb
أوضحت | claim | verb
وصف | claim | verbo
وصفت | claim | verbo
أعلن | claim | verbo
أعلنت | claim | verbo
صرح | claim | verb
صرحت | claim | verb
أشار | claim | verb
أشارت | claim | verb
كتب | claim | verbo
كتبت | claim | verbo
اعتبر | claim | verb
اعتبرت | claim | verb
ذكر | report | verbo
ذكرت | report | verbo
أفاد | report | verb
أفادت | report | verb
أورد | report | verb
أوردت | report | verb
نقل | report | relay
نقلت | report | relay
نقل عن | report | relay
نقلا عن | report | relay
نقلاً عن | report | relay
بحسب ما قال | claim | source
بحسب ما ذكر | claim | source
بحسب قوله | claim | source
بحسب | claim | source
حسب | claim | source
وفقا ل | claim | source
وفقاً ل | claim | source
وفقا لـ | claim | source
وفقاً لـ | claim | source
وفق | claim | source
وفقا | claim | source
وفقاً | claim | source
تصريحات | claim | noun
تصريح | claim | noun
ادعاءات | claim | noun
# — Arabic denials
نفى | denial | verbo
نفت | denial | verbo
ينفي | denial | verbo
تنفي | denial | verbo
نفي | denial | noun
أنكر | denial | verbo
أنكرت | denial | verbo
كذب | denial | object
كذبت | denial | object
رفض | denial | object
رفضت | denial | object
# — Arabic confirmations
أكد صحة | confirmation | verb
أكدت صحة | confirmation | verb
أقر | confirmation | verb
أقرت | confirmation | verb
اعترف | confirmation | verb
اعترفت | confirmation | verb
# — Persian
گفت | claim | verb
گفتند | claim | verb
گفته | claim | verb
گفته‌اند | claim | verb
می‌گویند | claim | verb
میگویند | claim | verb
افزودند | claim | verb
نوشته است | report | verb
گفته است | claim | verb
می‌گوید | claim | verb
میگوید | claim | verb
اعلام کرد | claim | verb
اعلام کرده است | claim | verb
تاکید کرد | claim | verb
تأکید کرد | claim | verb
افزود | claim | verb
نوشت | report | verb
به گزارش | report | relay
به نقل از | report | relay
رد کرد | denial | verb
را رد کرد | denial | verb
را رد | denial | verb
تکذیب کرد | denial | verb
را تکذیب کرد | denial | verb
تایید کرد | confirmation | verb
تأیید کرد | confirmation | verb
# — English
said | claim | verb
says | claim | verb
told | claim | verb
stated | claim | verb
claimed | claim | verb
added | claim | verb
announced | claim | verb
described | claim | verb
insisted | claim | verb
stressed | claim | verb
noted | claim | verb
warned | claim | verb
wrote | report | verb
acknowledged | confirmation | verb
admitted | confirmation | verb
refuted | denial | verb
reported | report | verb
according to | claim | source
quoted | report | relay
denied | denial | verb
denies | denial | verb
rejected | denial | object
dismissed | denial | object
confirmed | confirmation | verb
`;
