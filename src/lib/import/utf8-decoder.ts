import { ImportFileError } from './import-errors.ts';

const SAVE_AS_UTF8 = 'Sla het bestand in Excel op als "CSV UTF-8 (gescheiden door komma\'s)" of kies bij het exporteren de codering UTF-8, en probeer het opnieuw.';

/**
 * A streaming UTF-8 decoder that refuses anything else. A Windows-1252 / Latin-1 export decoded leniently turns
 * "é" and "è" both into U+FFFD, so "LAT-é" and "LAT-è" silently became the same applicant; now the file is
 * refused with the line of the first byte that is not UTF-8. Chunks may split a multi-byte character anywhere.
 */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** Line breaks (LF, or CR not followed by LF) in the text decoded so far, for the message. */
  private lines = 0;
  private lastWasCr = false;

  /** Decodes the next chunk; throws {@link ImportFileError} when it is not valid UTF-8. */
  decode(chunk: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw this.error(chunk);
    }
    this.count(text);
    return text;
  }

  /** Flushes the decoder at the end of the input (a character cut off at the end is an error too). */
  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw new ImportFileError(`Het bestand is niet in UTF-8 opgeslagen: het laatste teken is afgebroken. ${SAVE_AS_UTF8}`);
    }
  }

  private count(text: string): void {
    if (text.length === 0) return;
    if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      this.lastWasCr = false;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 && !this.lastWasCr) this.lines++;
      else if (c === 13) this.lines++;
      this.lastWasCr = c === 13;
    }
  }

  /** The error for a chunk that failed: finds the line of the first invalid byte by decoding leniently. */
  private error(chunk: Uint8Array): ImportFileError {
    const lenient = new TextDecoder('utf-8').decode(chunk);
    const bad = lenient.indexOf('\uFFFD');
    const before = bad === -1 ? lenient : lenient.slice(0, bad);
    const line = this.lines + 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
    return new ImportFileError(`Het bestand is niet in UTF-8 opgeslagen (regel ${line} bevat een teken in een andere codering, zoals é of è uit Windows of Latin-1). ${SAVE_AS_UTF8}`);
  }
}
