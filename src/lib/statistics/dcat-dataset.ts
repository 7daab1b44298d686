import type { SnapshotInfo } from './employment-queries.ts';

/** The download paths of one frozen snapshot: its CSV and its CSVW metadata. */
export function snapshotDownloadPaths(snapshotId: number): { csv: string; metadata: string } {
  return { csv: `/cijfers/inventarisatie/snapshot-${snapshotId}.csv`, metadata: `/cijfers/inventarisatie/snapshot-${snapshotId}.csv-metadata.json` };
}

/**
 * A DCAT-AP-NL description (JSON-LD) of the inventory dataset: one distribution per published snapshot, each
 * a CSV with CSVW metadata. Demo snapshots are described as such and never as the dataset's real figures.
 */
export function inventoryDataset(baseUrl: string, snapshots: readonly SnapshotInfo[]) {
  const real = snapshots.filter((s) => !s.isDemo);
  const modified = [...snapshots].map((s) => s.gepubliceerdOp).sort().at(-1) ?? null;
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', vcard: 'http://www.w3.org/2006/vcard/ns#', xsd: 'http://www.w3.org/2001/XMLSchema#' },
    '@id': `${baseUrl}/cijfers/inventarisatie/dataset.jsonld`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${baseUrl}/cijfers/inventarisatie/dataset.jsonld`,
    'dct:title': { '@language': 'nl', '@value': 'Rijkswerkgelegenheid per organisatie, gemeente en sector (inventarisaties op 1 januari)' },
    'dct:description': { '@language': 'nl', '@value': 'Bevroren inventarisaties van de rijkswerkgelegenheid: fte per rijksorganisatie, gemeente en sector op 1 januari. Elke gepubliceerde versie is een eigen distributie die nooit verandert; correcties zijn nieuwe versies. Distributies met voorbeeldgegevens zijn als zodanig gemarkeerd en bevatten geen echte cijfers.' },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/NLD' },
    'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
    'dcat:keyword': ['rijkswerkgelegenheid', 'spreiding', 'regio', 'fte'],
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (via Rijk in de Regio)' },
    'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'Rijk in de Regio', 'vcard:hasURL': { '@id': `${baseUrl}/cijfers/methode` } },
    'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
    'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' },
    'dct:temporal': real.length ? { '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': real[0]!.peildatum, '@type': 'xsd:date' }, 'dcat:endDate': { '@value': real.at(-1)!.peildatum, '@type': 'xsd:date' } } : undefined,
    'dct:modified': modified ? { '@value': modified, '@type': 'xsd:dateTime' } : undefined,
    'dcat:landingPage': { '@id': `${baseUrl}/cijfers` },
    'dcat:distribution': snapshots.map((s) => {
      const paths = snapshotDownloadPaths(s.id);
      return {
        '@type': 'dcat:Distribution',
        'dct:title': { '@language': 'nl', '@value': `Inventarisatie 1 januari ${s.peildatum.slice(0, 4)}, versie ${s.versie} (snapshot ${s.id})${s.isDemo ? ' — voorbeeldgegevens, geen echte cijfers' : ''}` },
        'dcat:accessURL': { '@id': `${baseUrl}${paths.csv}` },
        'dcat:downloadURL': { '@id': `${baseUrl}${paths.csv}` },
        'dct:conformsTo': { '@id': `${baseUrl}${paths.metadata}` },
        'dcat:mediaType': { '@id': 'http://www.iana.org/assignments/media-types/text/csv' },
        'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
        'dct:issued': { '@value': s.gepubliceerdOp, '@type': 'xsd:dateTime' },
        'dct:license': { '@id': 'http://creativecommons.org/publicdomain/zero/1.0/deed.nl' },
      };
    }),
  };
}
