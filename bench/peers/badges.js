// badge-maker's rate on the badge specs ssla's benchmark writes (scripts/bench-badges.sh): one warm-up pass over
// every spec, then timed passes until at least 2 s; prints "badge-maker <badges> <seconds> <badges/s>".
'use strict';
const fs = require('fs');
const { makeBadge } = require('badge-maker');

const specs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const styles = { Flat: 'flat', FlatSquare: 'flat-square', ForTheBadge: 'for-the-badge' };
const badge = s => makeBadge({ label: s.label, message: s.message, color: s.messageColor, labelColor: s.labelColor, style: styles[s.style] });

let bytes = 0;
for (const s of specs) bytes += badge(s).length;
let count = 0;
const start = process.hrtime.bigint();
let seconds = 0;
while (seconds < 2) {
  for (const s of specs) bytes += badge(s).length;
  count += specs.length;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(`badge-maker ${count} ${seconds.toFixed(3)} ${Math.round(count / seconds)} (${bytes} chars)`);
