// Minimal types for the `edtf` package, used only to cross-check our EDTF output.
declare module 'edtf' {
	interface EdtfValue {
		type: string;
		/** First millisecond covered (UTC). */
		min: number;
		/** Last millisecond covered (UTC). */
		max: number;
		toEDTF(): string;
	}
	export default function edtf(text: string): EdtfValue;
}
