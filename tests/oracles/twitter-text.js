// The reference the bio counters are tested against: the official twitter-text npm package (pinned in the
// repository's package-lock.json), run by node from the repository's node_modules.
//
//   node tests/oracles/twitter-text.js info           -> {"version", "config", "tlds", "emojiPattern"}: twitter-text's
//                                                        config v3, its TLD list and its emoji parser's expression
//   node tests/oracles/twitter-text.js url-patterns   -> twitter-text's URL expressions, TLD lists left as {gtld}, {cctld}
//   node tests/oracles/twitter-text.js tweet < texts  -> per text {"weighted", "plain"}: parseTweet's weighted length
//   node tests/oracles/twitter-text.js bio < texts    -> per text {"weighted"}: the documented bio rule (below)
//
// texts is a JSON array of strings on stdin; the answer is a JSON array in the same order on stdout.
//
// The bio rule (docs/bios.md): URLs twitter-text links count 23 as in parseTweet; between them, anything shaped like
// a URL whose TLD is the shortest run of two or more letters or marks not followed by an ASCII letter or digit (a TLD
// added to the registry later, or a file name) counts the larger of 23 and its own weighted length. To compute that
// with twitter-text's own extractor, a second copy of it is loaded with its TLD patterns replaced; everything else
// (preceding characters, paths, IDNA, emoji, weights) stays twitter-text's.
'use strict';

const mode = process.argv[2];

if (mode === 'url-patterns') markTldPatterns();

const twitter = require('twitter-text');
const extractUrlsWithIndices = require('twitter-text/dist/extractUrlsWithIndices');
const extractUnknownTldUrls = mode === 'bio' ? loadWithAnyTld() : null;
const getCharacterWeight = require('twitter-text/dist/lib/getCharacterWeight');
const { parse: parseEmoji } = require('twemoji-parser');
const config = twitter.configs.version3;

// A fresh copy of the extractor whose TLD patterns accept any letters.
function loadWithAnyTld() {
  const dist = require('path').dirname(require.resolve('twitter-text/dist/extractUrlsWithIndices'));
  const saved = { ...require.cache };
  for (const key of Object.keys(require.cache)) if (key.startsWith(dist)) delete require.cache[key];
  replaceTldPatterns();
  const extractor = require('twitter-text/dist/extractUrlsWithIndices');
  for (const key of Object.keys(require.cache)) delete require.cache[key];
  Object.assign(require.cache, saved);
  return extractor;
}

function replaceTldPatterns() {
  const ranges = [];
  for (let cp = 0; cp <= 0xffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!/[\p{L}\p{M}]/u.test(String.fromCharCode(cp))) continue;
    if (ranges.length && ranges[ranges.length - 1][1] === cp - 1) ranges[ranges.length - 1][1] = cp;
    else ranges.push([cp, cp]);
  }
  const hex = cp => '\\u' + cp.toString(16).padStart(4, '0');
  const letters = '[' + ranges.map(([a, b]) => (a === b ? hex(a) : hex(a) + '-' + hex(b))).join('') + ']';
  const anyTld = new RegExp('(?:(?:' + letters + '{2,}?)(?=[^0-9a-zA-Z@+-]|$))');
  const never = /(?!)/;
  stub('validGTLD', anyTld);
  stub('validCCTLD', never);
}

function stub(file, value) {
  const path = require.resolve('twitter-text/dist/regexp/' + file);
  require.cache[path] = { id: path, filename: path, loaded: true, exports: value };
}

// The URL expressions with the TLD lists left as {gtld} and {cctld}, as src/SslaPublisher embeds them.
function markTldPatterns() {
  stub('validGTLD', /(?:(?:QQGTLDQQ)(?=[^0-9a-zA-Z@+-]|$))/);
  stub('validCCTLD', /(?:(?:QQCCTLDQQ)(?=[^0-9a-zA-Z@+-]|$))/);
}

function entitiesByStart(entities) {
  const map = new Map();
  for (const e of entities) map.set(e.indices[0], e);
  return map;
}

// parseTweet's loop, with the URL weight left to the caller.
function weigh(text, start, end, emoji) {
  let weight = 0;
  for (let i = start; i < end; i++) {
    const e = emoji.get(i);
    if (e && e.indices[1] <= end) {
      weight += config.defaultWeight;
      i += e.text.length - 1;
      continue;
    }
    const pair = i + 1 < end && /[\ud800-\udbff]/.test(text[i]) && /[\udc00-\udfff]/.test(text[i + 1]);
    weight += getCharacterWeight(text.substring(i, pair ? i + 2 : i + 1), config);
    if (pair) i++;
  }
  return weight;
}

function bioUrls(text) {
  const urls = [];
  let offset = 0;
  const candidates = (start, end) => {
    for (const c of extractUnknownTldUrls(text.substring(start, end))) {
      urls.push({ indices: [c.indices[0] + start, c.indices[1] + start], certain: false });
    }
  };
  for (const url of extractUrlsWithIndices(text)) {
    candidates(offset, url.indices[0]);
    urls.push({ indices: url.indices, certain: true });
    offset = url.indices[1];
  }
  candidates(offset, text.length);
  return urls;
}

function bioWeighted(text) {
  const normalized = text.normalize();
  const emoji = entitiesByStart(parseEmoji(normalized));
  const urlWeight = config.transformedURLLength * config.scale;
  let weight = 0;
  let offset = 0;
  for (const url of bioUrls(normalized)) {
    const [start, end] = url.indices;
    weight += weigh(normalized, offset, start, emoji);
    weight += url.certain ? urlWeight : Math.max(urlWeight, weigh(normalized, start, end, emoji));
    offset = end;
  }
  weight += weigh(normalized, offset, normalized.length, emoji);
  return Math.floor(weight / config.scale);
}

function readTexts() {
  return JSON.parse(require('fs').readFileSync(0, 'utf8'));
}

function answer(value) {
  process.stdout.write(JSON.stringify(value));
}

switch (mode) {
  case 'info': {
    const tlds = file => require('twitter-text/dist/regexp/' + file).source
      .replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=.*$/, '').split('|');
    answer({
      version: require('twitter-text/package.json').version,
      config,
      tlds: [...tlds('validGTLD'), ...tlds('validCCTLD')],
      emojiPattern: require('twemoji-parser/dist/lib/regex').default.source,
    });
    break;
  }
  case 'url-patterns': {
    const source = file => require('twitter-text/dist/regexp/' + file).source
      .replace(/QQGTLDQQ/g, '{gtld}').replace(/QQCCTLDQQ/g, '{cctld}');
    answer({
      extractUrl: source('extractUrl'),
      validAsciiDomain: source('validAsciiDomain'),
      validTcoUrl: source('validTcoUrl'),
      invalidUrlWithoutProtocolPrecedingChars: source('invalidUrlWithoutProtocolPrecedingChars'),
    });
    break;
  }
  case 'tweet':
    answer(readTexts().map(t => ({
      weighted: twitter.parseTweet(t, config).weightedLength,
      plain: [...t.normalize()].length,
    })));
    break;
  case 'bio':
    answer(readTexts().map(t => ({ weighted: bioWeighted(t) })));
    break;
  default:
    process.stderr.write('usage: twitter-text-oracle.js info|tweet|bio\n');
    process.exit(2);
}
