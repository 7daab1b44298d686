import { parseArgs } from 'node:util';
import { openPreparedDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { countByKeyId, pseudonymKeyReport, removalVerdict, type KeyReportLine } from '../src/lib/intake/pseudonym-key-usage.ts';
import { pseudonymKeyring } from '../src/lib/secrets/pseudonym-keys.ts';
import { loadConfigOrExit, runMain } from './cli-support.ts';

const USAGE = `Gebruik:
  npm run pseudoniemen                      per pseudoniemsleutel: hoeveel sollicitaties hem dragen en of een oude waarde weg mag
  npm run pseudoniemen -- kan-weg <n|id>    mag waarde n van APP_SECRET_PREVIOUS (1 = de eerste) of sleutel <id> weg?
                                            exit-code 0 = ja, 1 = nee (nog nodig)
Een oude waarde van APP_SECRET mag pas uit APP_SECRET_PREVIOUS als geen sollicitatie meer een pseudoniem onder die
sleutel heeft: anders worden die sollicitanten bij de volgende import niet herkend (zie README, "De geheime sleutel
vervangen").`;

const STATE_TEXT: Record<KeyReportLine['state'], string> = {
  huidig: 'huidig (nieuwe pseudoniemen)',
  nodig: 'nog nodig — laten staan',
  'kan-weg': 'niet meer gebruikt — mag weg',
  ontbreekt: 'NIET INGESTELD — zet de oude waarde terug in APP_SECRET_PREVIOUS',
};

const number = (n: number) => n.toLocaleString('nl-NL');

/** One line per key: id, where it is configured, applications (real; demo apart), state and what to do. */
function keyLine(line: KeyReportLine): string {
  const demo = line.demo > 0 ? ` (+ ${number(line.demo)} voorbeeld)` : '';
  const where = line.organisations.length > 0 && line.state !== 'huidig' ? `; organisaties: ${line.organisations.join(', ')}; uiterlijk verwijderd na ${line.lastRetention}` : '';
  return `  ${line.keyId}  ${(line.key?.source ?? 'niet ingesteld').padEnd(22)}  ${number(line.real).padStart(9)} sollicitaties${demo}  ${STATE_TEXT[line.state]}${where}`;
}

runMain(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean' } } });
  const [command, argument] = positionals;
  if (values.help || (command !== undefined && command !== 'kan-weg') || (command === 'kan-weg' && !argument)) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const config = loadConfigOrExit();
  const ring = pseudonymKeyring(config);
  // Opening also labels applications stored before key versions with the key that made them.
  const database = await openPreparedDatabase(config);
  let lines: KeyReportLine[];
  try {
    lines = pseudonymKeyReport(ring, await countByKeyId(database.db));
  } finally {
    await database.close();
  }
  if (command === 'kan-weg') {
    const verdict = removalVerdict(config, lines, argument!);
    (verdict.ok ? console.log : console.error)(verdict.message);
    return verdict.ok ? 0 : 1;
  }
  console.log('Pseudoniemsleutels (voorbeeldgegevens houden een sleutel niet vast):');
  for (const line of lines) console.log(keyLine(line));
  const missing = lines.filter((l) => l.state === 'ontbreekt' && l.real > 0);
  if (missing.length > 0) {
    console.error('Imports van de genoemde organisaties worden geweigerd tot de oude waarde van APP_SECRET weer in APP_SECRET_PREVIOUS staat.');
    return 1;
  }
  return 0;
});
