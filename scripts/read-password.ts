/**
 * The password for a CLI command: RIR_PASSWORD when set (scripts, CI), otherwise asked twice on
 * the terminal without echo. A Dutch message when neither works or the two entries differ.
 */
export async function readPassword(env: Record<string, string | undefined> = process.env): Promise<{ ok: true; password: string } | { ok: false; message: string }> {
  const fromEnv = env.RIR_PASSWORD;
  if (fromEnv) return { ok: true, password: fromEnv };
  if (!process.stdin.isTTY) return { ok: false, message: 'Geen wachtwoord: zet RIR_PASSWORD of start het commando in een terminal.' };
  const first = await promptHidden('Wachtwoord: ');
  const second = await promptHidden('Nogmaals: ');
  if (first !== second) return { ok: false, message: 'De wachtwoorden zijn niet gelijk.' };
  return { ok: true, password: first };
}

// Keystrokes that arrived after the Enter of one prompt (pasted text) belong to the next one.
let pending = '';

/** Reads one line from the terminal in raw mode, echoing nothing; Ctrl-C aborts the process. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    let value = '';
    const finish = (rest: string) => {
      pending = rest;
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      const chars = [...chunk];
      for (let i = 0; i < chars.length; i++) {
        const char = chars[i]!;
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish(chars.slice(i + 1).join('').replace(/^\n/, ''));
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          finish('');
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
    if (pending) {
      const buffered = pending;
      pending = '';
      onData(buffered);
    }
    // Only wait for the terminal when the buffered keystrokes did not already finish the line.
    if (stdin.listeners('data').includes(onData)) stdin.resume();
  });
}
