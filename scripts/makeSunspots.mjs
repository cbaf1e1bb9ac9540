// node scripts/makeSunspots.mjs sunspots.csv out.ts — see makeSunspots.sh for where the CSV comes from.
import { readFileSync, writeFileSync } from 'node:fs';

const [csvPath, outPath] = process.argv.slice(2);
const rows = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
const years = rows.map(([year]) => year);
years.forEach((year, i) => {
  if (i > 0 && year !== years[i - 1] + 1) throw new Error(`Year ${year} does not follow ${years[i - 1]}`);
});
const values = rows.map(([, value]) => value);
if (values.some((value) => !Number.isFinite(value) || value < 0)) throw new Error('A sunspot number is not a non-negative number');
const lines = [];
for (let i = 0; i < values.length; i += 20) lines.push(`  ${values.slice(i, i + 20).join(', ')},`);
writeFileSync(
  outPath,
  `// Made by scripts/makeSunspots.sh from Debian's python3-statsmodels (statsmodels/datasets/sunspots).
// Yearly mean sunspot numbers ${years[0]}–${years.at(-1)}, National Geophysical Data Center (NOAA).
// statsmodels states: "This data is public domain." See SUNSPOTS-LICENSE.md beside this file.

export const SUNSPOTS_FIRST_YEAR = ${years[0]};

export const SUNSPOTS: readonly number[] = [
${lines.join('\n')}
];
`,
);
console.log(`${values.length} years written to ${outPath}`);
