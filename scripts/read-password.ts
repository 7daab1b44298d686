/**
 * The password for a CLI command: RIR_PASSWORD when set (scripts, CI), otherwise asked twice on
 * the terminal without echo. Null when neither is possible (no variable and no terminal).
 */
export async function readPassword(env: Record<string, string | undefined> = process.env): Promise<string | null> {
  const fromEnv = env.RIR_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return null;
  const first = await promptHidden('Wachtwoord: ');
  const second = await promptHidden('Nogmaals: ');
  if (first !== second) {
    console.error('De wachtwoorden zijn niet gelijk.');
    return null;
  }
  return first;
}

/** Reads one line from the terminal in raw mode, echoing nothing; Ctrl-C aborts the process. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          finish();
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
  });
}
