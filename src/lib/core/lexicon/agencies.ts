/**
 * News agencies whose wire stories open with a numeric dateline "CITY - D - M (AGENCY) --", one
 * spelling per line (a `#` line is a comment): «الكويت - 26 - 12 (كونا) --» is 26 December of the
 * publication year. The day and month are read as a date only when one of these markers, in
 * parentheses, follows them at once; alone, "12 - 3" is a score or an article number.
 *
 * Only KUNA (Kuwait News Agency) is listed: its Arabic wire writes the day and month in figures this
 * way; its English wire ("KUWAIT, March 12 (KUNA) --") names the month, which is read already.
 * Other agencies are left out until a dateline of theirs in this form turns up to test against: the
 * Arab agencies' datelines we know of name the month in words (QNA «الدوحة في 12 مارس /قنا/»,
 * Petra «عمان 12 آذار (بترا)»), which the finder reads without help.
 */
export default `
# Kuwait News Agency, Arabic wire
كونا
# Kuwait News Agency, Latin spelling (an Arabic story quoting the English marker, or the English wire)
KUNA
`;
